import * as OpenCC from 'opencc-js';
import { afterAll, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers.ts';
import { applyInTab } from './harness/page-tools.ts';
import { installPageWatch, readPageWatch } from './harness/page-watch.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// Typing while the page converts: a long article is being converted (each step below starts a
// new conversion of the whole page) while the reader types into an input, a textarea, a
// contenteditable, a rich editor with inline spans and a text box a page script keeps
// (`role="textbox"`, its text written by the script). What was typed arrives exactly, the caret
// stays where typing left it, and the extension never rewrites what is in an editor.

const PARAGRAPHS = 6000;
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const tally = { editors: 0, overlapped: 0, failures: 0 };
afterAll(() => {
  console.log(
    `Editors (${currentBrowserName()}): ${tally.editors} editors typed into, ${tally.overlapped} while converting, ${tally.failures} failures`,
  );
});

/** The last paragraph's text as the page wrote it, and as it reads now. */
function lastParagraph(page: TestPage): Promise<string> {
  return page.evaluate(
    (id) => document.getElementById(id)?.textContent ?? '',
    `p${PARAGRAPHS - 1}`,
  );
}

/** Brings the page back to the original (conversion off), all of it. */
async function restorePage(page: TestPage, original: string): Promise<void> {
  await applyInTab(page, { enabled: false });
  await page.waitFor(
    ({ id, original }) => document.getElementById(id)?.textContent === original,
    { id: `p${PARAGRAPHS - 1}`, original },
    30_000,
  );
}

type TypingWindow = Window & {
  __typing?: { inputs: number[]; started: number; finished: number };
};

/**
 * Records, in the page, when each typed character arrived, when the conversion first wrote text
 * and when it reached the last paragraph. Typing overlaps the conversion when a character
 * arrived in between: conversion runs in slices that yield to input, so typed characters arrive
 * between slices while page scripts (and test probes) wait for the end.
 */
function recordTyping(page: TestPage): Promise<void> {
  return page.evaluate(
    (id) => {
      const w = window as TypingWindow;
      const record = { inputs: [] as number[], started: 0, finished: 0 };
      w.__typing = record;
      const last = document.getElementById(id)!;
      const form = document.getElementById('form')!;
      const editors = [...document.querySelectorAll('[contenteditable], [role="textbox"]')];
      const typedInto = (node: Node) =>
        form.contains(node) || editors.some((editor) => editor.contains(node));
      document.addEventListener('input', () => record.inputs.push(performance.now()), true);
      new MutationObserver((records) => {
        const now = performance.now();
        for (const change of records) {
          if (typedInto(change.target)) continue;
          record.started ||= now;
          if (change.target.parentNode === last) record.finished = now;
        }
      }).observe(document.body, { subtree: true, characterData: true });
    },
    `p${PARAGRAPHS - 1}`,
  );
}

/** Waits for the conversion to reach the last paragraph; tells whether typing overlapped it. */
async function typedDuringConversion(page: TestPage, original: string): Promise<boolean> {
  await page.waitFor(
    ({ id, converted }) => document.getElementById(id)?.textContent === converted,
    { id: `p${PARAGRAPHS - 1}`, converted: twToCn(original) },
    30_000,
  );
  return page.evaluate(() => {
    const record = (window as TypingWindow).__typing!;
    return record.inputs.some((at) => at > record.started && at < record.finished);
  });
}

/** Starts converting the page to Simplified and types `text` as soon as it writes, while it runs. */
async function typeWhileConverting(page: TestPage, text: string, original: string) {
  await recordTyping(page);
  await applyInTab(page, { enabled: true, target: 'cn' });
  // Not before the first write: the first time, the dictionary is loaded first, and a machine
  // quick to type could be done before the conversion starts.
  await page.waitFor(
    () => ((window as TypingWindow).__typing?.started ?? 0) > 0,
    undefined,
    30_000,
  );
  await typeSlowly(page, text);
  if (await typedDuringConversion(page, original)) tally.overlapped += 1;
}

/** Types `text` one key at a time, as a reader does. */
async function typeSlowly(page: TestPage, text: string): Promise<void> {
  for (const character of text) await page.type(character);
}

interface Caret {
  text: string;
  /** For form fields: selectionStart/End; for editors: the text before the caret. */
  start: number;
  end: number;
  before: string;
}

function readField(page: TestPage, selector: string): Promise<Caret> {
  return page.evaluate((selector) => {
    const field = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    return {
      text: field.value,
      start: field.selectionStart ?? -1,
      end: field.selectionEnd ?? -1,
      before: field.value.slice(0, field.selectionStart ?? 0),
    };
  }, selector);
}

function readEditor(page: TestPage, selector: string): Promise<Caret> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector)!;
    const selection = getSelection()!;
    const range = selection.getRangeAt(0);
    const before = document.createRange();
    before.selectNodeContents(editor);
    before.setEnd(range.startContainer, range.startOffset);
    return {
      text: editor.textContent ?? '',
      start: before.toString().length,
      end: before.toString().length + range.toString().length,
      before: before.toString(),
    };
  }, selector);
}

describeInBrowser('reliability: typing while the page converts', { locale: 'en-US' }, (ctx) => {
  it('keeps what is typed, and the caret, in every kind of editor', async () => {
    const page = await ctx.browser.newPage(
      ctx.server.fixture(`pages/hostile/editors-large.html?n=${PARAGRAPHS}`),
    );
    await installPageWatch(page);
    const original = await lastParagraph(page);
    const editorsBefore = await page.evaluate(() => ({
      plain: document.getElementById('plain-editor')!.textContent ?? '',
      rich: new XMLSerializer().serializeToString(document.getElementById('rich-editor')!),
    }));
    // Traditional text and Latin letters: converted, the Chinese would read differently.
    const typed = '測試輸入與記憶體abc';
    expect(twToCn(typed)).not.toBe(typed);

    const steps: { name: string; check: () => Promise<void> }[] = [
      {
        name: 'input',
        check: async () => {
          await restorePage(page, original);
          await page.click('#name');
          await page.press('End');
          await typeWhileConverting(page, typed, original);
          const field = await readField(page, '#name');
          expect(field.text).toBe(`陳小華${typed}`);
          expect([field.start, field.end]).toEqual([field.text.length, field.text.length]);
        },
      },
      {
        name: 'textarea, caret in the middle',
        check: async () => {
          await restorePage(page, original);
          await page.click('#comment');
          await page.evaluate(() => {
            const area = document.getElementById('comment') as HTMLTextAreaElement;
            area.focus();
            area.setSelectionRange(5, 5);
          });
          await typeWhileConverting(page, typed, original);
          const field = await readField(page, '#comment');
          expect(field.text).toBe(`這裡的說明${typed}不夠清楚，希望能補充細節。`);
          expect([field.start, field.end]).toEqual([5 + typed.length, 5 + typed.length]);
        },
      },
      {
        name: 'contenteditable',
        check: async () => {
          await restorePage(page, original);
          await page.click('#plain-editor');
          await page.evaluate(() => {
            const editor = document.getElementById('plain-editor')!;
            editor.focus();
            getSelection()!.collapse(editor.firstChild!, 4);
          });
          await typeWhileConverting(page, typed, original);
          const editor = await readEditor(page, '#plain-editor');
          const plain = editorsBefore.plain;
          expect(editor.text).toBe(`${plain.slice(0, 4)}${typed}${plain.slice(4)}`);
          expect(editor.before).toBe(`${plain.slice(0, 4)}${typed}`);
          expect(editor.end).toBe(editor.start);
        },
      },
      {
        name: 'rich editor, caret inside a span',
        check: async () => {
          await restorePage(page, original);
          await page.click('#rich-editor .tag');
          await page.evaluate(() => {
            const tag = document.querySelector('#rich-editor .tag')!;
            (document.getElementById('rich-editor') as HTMLElement).focus();
            getSelection()!.collapse(tag.firstChild!, 2);
          });
          await typeWhileConverting(page, typed, original);
          const span = await page.evaluate(
            () => document.querySelector('#rich-editor .tag')?.textContent ?? null,
          );
          expect(span).toBe(`#記${typed}憶體`);
          const editor = await readEditor(page, '#rich-editor .tag');
          expect(editor.before).toBe(`#記${typed}`);
          expect(editor.end).toBe(editor.start);
        },
      },
      {
        name: 'text box a page script keeps (role="textbox", not editable)',
        check: async () => {
          await restorePage(page, original);
          await page.click('#script-box');
          await page.evaluate(() => document.getElementById('script-box-keys')!.focus());
          await typeWhileConverting(page, typed, original);
          const box = await page.evaluate(
            () => document.getElementById('script-box-text')?.textContent ?? null,
          );
          expect(box).toBe(`這裡留言：${typed}`);
        },
      },
    ];

    for (const step of steps) {
      tally.editors += 1;
      try {
        await step.check();
      } catch (error) {
        tally.failures += 1;
        throw new Error(`${step.name}: ${String(error)}`, { cause: error });
      }
    }

    // The last conversion has finished: the editors still hold exactly what was typed.
    const after = await page.evaluate(() => ({
      input: (document.getElementById('name') as HTMLInputElement).value,
      area: (document.getElementById('comment') as HTMLTextAreaElement).value,
      plain: document.getElementById('plain-editor')!.textContent,
      tag: document.querySelector('#rich-editor .tag')!.textContent,
      second: document.querySelector('#rich-editor p:nth-child(2)')!.textContent,
      box: document.getElementById('script-box-text')!.textContent,
    }));
    expect(after).toEqual({
      input: `陳小華${typed}`,
      area: `這裡的說明${typed}不夠清楚，希望能補充細節。`,
      plain: `${editorsBefore.plain.slice(0, 4)}${typed}${editorsBefore.plain.slice(4)}`,
      tag: `#記${typed}憶體`,
      second: '第二段：請勿轉換使用者輸入的內容。',
      box: `這裡留言：${typed}`,
    });
    const watch = await readPageWatch(page);
    expect(watch.errors).toEqual([]);
    // The typing really overlapped conversions (else this test would prove nothing).
    expect(tally.overlapped).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
