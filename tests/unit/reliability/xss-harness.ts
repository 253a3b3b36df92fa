import { PAYLOAD_ELEMENTS_SELECTOR } from '../../fixtures/xss-payloads.ts';

/**
 * What the XSS tests look for after putting a payload somewhere a view shows it. Script
 * evaluation is on in these test files (see their environment options), so a payload that became
 * markup would also run: `alert`, `confirm` and `prompt` record a canary, and `window.__pwned`
 * would be set.
 */

type CanaryWindow = Window & { __pwned?: unknown; __canary?: string[] };

export function installCanary(): void {
  const win = window as CanaryWindow;
  win.__canary = [];
  delete win.__pwned;
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: () => {
        win.__canary?.push(name);
        return null;
      },
    });
  }
}

/** Calls of alert/confirm/prompt and `window.__pwned` since `installCanary`. */
export function canaryFired(): boolean {
  const win = window as CanaryWindow;
  return (win.__canary?.length ?? 0) > 0 || win.__pwned !== undefined;
}

/** Elements and attributes that only a payload parsed as markup would bring. */
export function payloadElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(PAYLOAD_ELEMENTS_SELECTOR)];
}

/** Links that go anywhere but an https:// address. */
export function unsafeLinks(root: ParentNode): string[] {
  return [...root.querySelectorAll('a[href], area[href]')]
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => !href.startsWith('https://'));
}

/**
 * The shape of a rendered view: every element's name and attribute names, in document order.
 * A payload shown as text leaves it exactly as a harmless text of the same role does.
 */
export function structureOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].map(
    (element) =>
      `${element.localName}[${[...element.attributes]
        .map((attribute) => attribute.name)
        .sort()
        .join(',')}]`,
  );
}

/** Every inline event handler attribute under `root` (`on…`). */
export function handlerAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
    }
  }
  return found;
}

/** Counts tries and executions for the summary line a test file prints at the end. */
export class XssTally {
  private readonly places = new Map<string, { tried: number; executed: number }>();

  /** Records one payload in one place; `executed` when anything at all got through. */
  record(place: string, executed: boolean): void {
    const entry = this.places.get(place) ?? { tried: 0, executed: 0 };
    entry.tried += 1;
    if (executed) entry.executed += 1;
    this.places.set(place, entry);
  }

  get tried(): number {
    return [...this.places.values()].reduce((sum, entry) => sum + entry.tried, 0);
  }

  get executed(): number {
    return [...this.places.values()].reduce((sum, entry) => sum + entry.executed, 0);
  }

  summary(label: string): string {
    const detail = [...this.places]
      .map(([place, entry]) => `${place} ${entry.tried}/${entry.executed}`)
      .join(', ');
    return `${label}: ${this.tried} payloads tried, ${this.executed} executed (${detail})`;
  }
}
