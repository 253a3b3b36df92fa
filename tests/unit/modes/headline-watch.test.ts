import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForHeadline } from '../../../utils/modes/headline-watch.ts';
import { documentWithBody } from '../convert/helpers.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the watcher's MutationObserver report what was just done. */
const records = () => Promise.resolve();

describe('watchForHeadline', () => {
  it('looks once per burst of changes, and reports only a headline it does not know', async () => {
    vi.useFakeTimers();
    const doc = documentWithBody(
      '<h1 class="post_title"></h1><div class="post_body"><p>正文</p></div>',
    );
    const known: Element[] = [];
    const found: Element[] = [];
    const findHeadline = vi.fn(() => {
      const headline = doc.querySelector('h1.post_title');
      return headline?.textContent ? headline : null;
    });
    const stop = watchForHeadline({
      document: doc,
      findHeadline,
      isKnown: (headline) => known.includes(headline),
      onHeadline: (headline) => found.push(headline),
      checkMs: 250,
    });
    // A ticker adding a hundred nodes: one look, after the wait.
    for (let k = 0; k < 100; k++) doc.body.append(doc.createElement('span'));
    await records();
    expect(findHeadline).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(findHeadline).toHaveBeenCalledTimes(1);
    expect(found).toEqual([]);
    // The headline's text comes in: reported.
    const headline = doc.querySelector('h1')!;
    headline.textContent = '昇腾';
    await records();
    vi.advanceTimersByTime(250);
    expect(found).toEqual([headline]);
    // Known from then on (the search watches it): not reported again.
    known.push(headline);
    doc.body.append(doc.createElement('span'));
    await records();
    vi.advanceTimersByTime(250);
    expect(found).toEqual([headline]);
    // Attribute changes are not looked at.
    headline.setAttribute('class', 'post_title big');
    await records();
    vi.advanceTimersByTime(250);
    expect(findHeadline).toHaveBeenCalledTimes(3);
    // A headline whose text node a framework fills in place (blank, then its title) is seen.
    const late = doc.createElement('h1');
    late.className = 'post_title';
    late.append(doc.createTextNode(''));
    headline.replaceWith(late);
    await records();
    vi.advanceTimersByTime(250);
    expect(found).toEqual([headline]);
    (late.firstChild as Text).data = '海光';
    await records();
    vi.advanceTimersByTime(250);
    expect(found).toEqual([headline, late]);
    // Nothing after the watch stops.
    const calls = findHeadline.mock.calls.length;
    doc.body.append(doc.createElement('span'));
    await records();
    stop();
    vi.advanceTimersByTime(1_000);
    expect(findHeadline).toHaveBeenCalledTimes(calls);
  });
});
