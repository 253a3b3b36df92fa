import type { TabApplyPayload, TabCommand } from '../../../utils/messaging/protocol.ts';
import type { TestPage } from './browsers.ts';
import { postToExtension } from './relay.ts';

/**
 * Asks the extension in this tab for a tab-level change, exactly as the popup
 * would (test builds relay it from the page; see entrypoints/content/loader.ts).
 */
export async function applyInTab(page: TestPage, apply: TabApplyPayload): Promise<void> {
  await postToExtension(page, { action: 'apply', apply });
}

/**
 * Sends this tab a command, as a keyboard shortcut would through the
 * background (test builds relay it from the page; see entrypoints/content/loader.ts).
 */
export async function commandInTab(page: TestPage, command: TabCommand): Promise<void> {
  await postToExtension(page, { action: 'command', command });
}

/** The whole document as markup, for byte-for-byte comparisons. */
export function serializeDocument(page: TestPage): Promise<string> {
  return page.evaluate(() => new XMLSerializer().serializeToString(document));
}

/** Text of the first element matching `selector`. */
export function textOf(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/**
 * Waits until the extension's term highlight (`CSS.highlights`, `jianfan-term`) marks every text
 * of `expected`, and returns the text under each of its ranges.
 */
export function waitForMarkedTerms(
  page: TestPage,
  expected: readonly string[],
  timeoutMs = 10_000,
): Promise<string[]> {
  return page.waitFor(
    (wanted) => {
      const highlight = CSS.highlights.get('jianfan-term') as Iterable<AbstractRange> | undefined;
      if (!highlight) return null;
      // The marks are StaticRanges: read their text through a live range over the same points.
      const texts = [...highlight].map((marked) => {
        const range = document.createRange();
        try {
          range.setStart(marked.startContainer, marked.startOffset);
          range.setEnd(marked.endContainer, marked.endOffset);
          return range.toString();
        } catch {
          return '';
        }
      });
      return wanted.every((text) => texts.includes(text)) ? texts : null;
    },
    expected,
    timeoutMs,
  );
}
