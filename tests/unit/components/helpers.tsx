import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { expect } from 'vitest';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';

/** Renders into a fresh container in the document; `unmount` cleans up. */
export async function mount(node: ComponentChild): Promise<{
  container: HTMLElement;
  unmount: () => void;
}> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  await settle();
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Lets pending promises and the renders they cause run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Waits until `check` stops throwing (real timers), then returns its value. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

export function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`#${CSS.escape(id)}`);
  if (!element) throw new Error(`no element #${id}`);
  return element;
}

/** The button whose visible text or accessible label is `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (candidate) =>
      candidate.getAttribute('aria-label') === name || candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button named ${JSON.stringify(name)}`);
  return found;
}

/** The form control labelled `label` (by `<label for>`). */
export function control<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  label: string,
): T {
  const labels = [...root.querySelectorAll('label')].filter(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (labels.length !== 1) {
    throw new Error(`${labels.length} labels read ${JSON.stringify(label)}`);
  }
  return byId<T>(root, labels[0]!.htmlFor);
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
  await settle();
}

/**
 * Opens an inline question (`ConfirmRow`) with the button `ask` finds, and answers it with
 * Escape, then with the button named `cancel`: each time that button has the focus while the
 * question is open, and the focus is back on the asking button after.
 */
export async function askAndKeep(
  page: HTMLElement,
  ask: () => HTMLButtonElement,
  cancel: string,
): Promise<void> {
  for (const answer of ['Escape', 'Cancel'] as const) {
    await click(ask());
    const row = page.querySelector('.confirm-row') as HTMLElement;
    expect(document.activeElement).toBe(button(row, cancel));
    if (answer === 'Escape') {
      await act(() => {
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
        );
      });
      await settle();
    } else {
      await click(button(row, cancel));
    }
    expect(page.querySelector('.confirm-row')).toBeNull();
    expect(document.activeElement).toBe(ask());
  }
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  if (![...select.options].some((option) => option.value === value)) {
    throw new Error(`no option ${value} in #${select.id}`);
  }
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** Picks a file in an `<input type=file>` the way a reader would. */
/** Picks a file with this content: text (written as UTF-8), or bytes as they are. */
export async function pickFile(
  input: HTMLInputElement,
  name: string,
  text: string | Uint8Array<ArrayBuffer>,
) {
  const file = new File([text], name, {
    type: name.endsWith('.csv') ? 'text/csv' : 'application/json',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(10);
}

export async function submit(form: HTMLFormElement) {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A page report with the given parts changed. */
export function report(parts: DeepPartial<PageReport> = {}): PageReport {
  const base = emptyPageReport({
    url: 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html',
    title: 'A page',
  });
  return {
    ...base,
    ...(parts as Partial<PageReport>),
    script: { ...base.script, ...parts.script },
    netease: { ...base.netease, ...(parts.netease as Partial<PageReport['netease']>) },
    conversion: { ...base.conversion, ...parts.conversion },
    repair: { ...base.repair, ...parts.repair },
    glossary: { ...base.glossary, ...parts.glossary },
  };
}

/** The visible text of an element, with runs of whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The error the storage layer gives for settings over the sync item quota (9.1 KB of 8 KB). */
export function syncQuotaError(): Error {
  return Object.assign(new Error('The settings take 9.1 KB'), {
    name: 'StorageQuotaError',
    check: { ok: false, bytes: 9320, limit: 8192, error: 'The settings take 9.1 KB' },
  });
}
