import { afterEach, describe, expect, it } from 'vitest';
import { createPeekCardHost, PEEK_HOST_TAG } from '../../../components/peek-card/card-host.tsx';
import {
  PeekController,
  type PeekCard,
  type PeekCardContent,
  type PeekSettings,
} from '../../../utils/modes/peek.ts';
import { documentWithBody } from '../convert/helpers.ts';

/** A card that records what it is asked to show; `scrollable` says whether it scrolls. */
function recordingCard(): PeekCard & {
  shown: PeekCardContent | null;
  shows: number;
  repositions: number;
  scrollable: boolean;
  scrolls: [string, number][];
} {
  return {
    shown: null,
    shows: 0,
    repositions: 0,
    scrollable: false,
    scrolls: [],
    show(content) {
      this.shown = content;
      this.shows += 1;
    },
    reposition() {
      this.repositions += 1;
    },
    scroll(by, direction) {
      if (!this.scrollable) return false;
      this.scrolls.push([by, direction]);
      return true;
    },
    hide() {
      this.shown = null;
    },
    dispose() {
      this.shown = null;
    },
  };
}

const BODY = `
  <main>
    <p id="first">这个国家的<b id="bold">经济</b>发展值得关注。</p>
    <p id="second">另一段<a id="link" href="#x">关于</a>经济的讨论。</p>
    <div contenteditable="true"><p id="editor">编辑器里的文字</p></div>
  </main>
  <div id="outside">outside</div>`;

/** The converter's originals: the page was Traditional before it was converted. */
const ORIGINALS = new Map([
  ['这个国家的', '這個國家的'],
  ['经济', '經濟'],
  ['发展值得关注。', '發展值得關注。'],
  ['另一段', '另一段'],
  ['关于', '關於'],
  ['经济的讨论。', '經濟的討論。'],
]);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Peek at Traditional text while Alt is held, the page's own text as it is. */
const PEEK_WITH_ALT: Parameters<PeekController['start']>[0] = {
  modifier: 'Alt',
  onModifier: true,
  originalTextOf: (node) => node.data,
  sourceLang: 'zh-Hant',
  label: 'Original',
};

/** The pointer moves over `node` with the Alt key held. */
function pointerWithAltOver(node: Node): void {
  const view = node.ownerDocument!.defaultView!;
  node.dispatchEvent(
    new view.PointerEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5, altKey: true }),
  );
}

function setup(overrides: Partial<PeekSettings> = {}) {
  const doc = documentWithBody(BODY, 'zh-Hans');
  const card = recordingCard();
  const controller = new PeekController({ document: doc, card, frame: (callback) => callback() });
  controller.start({
    modifier: 'Alt',
    onModifier: true,
    originalTextOf: (node) => ORIGINALS.get(node.data) ?? node.data,
    sourceLang: 'zh-Hant',
    label: 'Original',
    ...overrides,
  });
  cleanups.push(() => controller.stop());
  const view = doc.defaultView!;
  const move = (id: string, init: MouseEventInit = {}) =>
    doc
      .getElementById(id)!
      .dispatchEvent(
        new view.PointerEvent('pointermove', { bubbles: true, clientX: 10, clientY: 20, ...init }),
      );
  const key = (
    type: 'keydown' | 'keyup',
    keyName: string,
    init: KeyboardEventInit = {},
    on: Element = doc.body,
  ) => {
    const event = new view.KeyboardEvent(type, {
      key: keyName,
      bubbles: true,
      cancelable: true,
      composed: true,
      ...init,
    });
    on.dispatchEvent(event);
    return event;
  };
  return { doc, card, controller, move, key };
}

/** Puts `element`'s box at these viewport coordinates (happy-dom has no layout). */
function placeBox(element: Element, top: number, height: number, left = 0, width = 600): void {
  element.getBoundingClientRect = () =>
    ({
      top,
      bottom: top + height,
      left,
      right: left + width,
      width,
      height,
      x: left,
      y: top,
      toJSON: () => ({}),
    }) as DOMRect;
}

describe('PeekController', () => {
  it('holding the modifier over a paragraph shows its original', () => {
    const { card, move } = setup();
    move('bold', { altKey: true });
    expect(card.shown?.text).toBe('這個國家的經濟發展值得關注。');
    expect(card.shown?.lang).toBe('zh-Hant');
    expect(card.shown?.label).toBe('Original');
    expect(card.shown?.block.id).toBe('first');
    expect(card.shown?.pointer).toEqual({ x: 10, y: 20 });
  });

  it('moving without the modifier shows nothing; pressing it over a paragraph does', () => {
    const { card, move, key } = setup();
    move('link');
    expect(card.shown).toBeNull();
    key('keydown', 'Alt');
    expect(card.shown?.text).toBe('另一段關於經濟的討論。');
    key('keyup', 'Alt');
    expect(card.shown).toBeNull();
  });

  it('follows the pointer to another paragraph while the modifier is held', () => {
    const { card, move } = setup();
    move('first', { altKey: true });
    move('bold', { altKey: true });
    expect(card.shows).toBe(1);
    move('second', { altKey: true });
    expect(card.shown?.block.id).toBe('second');
    move('outside', { altKey: true });
    expect(card.shown).toBeNull();
  });

  it('moving onto one of our cards keeps the card (no flicker)', () => {
    const { doc, card, move } = setup();
    move('first', { altKey: true });
    const host = doc.createElement('jianfan-peek');
    host.setAttribute('data-jianfan-ui', 'peek');
    host.id = 'card-host';
    doc.documentElement.append(host);
    move('card-host', { altKey: true });
    expect(card.shown?.block.id).toBe('first');
    // Inside the card's shadow root, the event path starts at the card's own elements.
    const inner = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.dispatchEvent(
      new doc.defaultView!.PointerEvent('pointermove', {
        bubbles: true,
        composed: true,
        altKey: true,
      }),
    );
    expect(card.shown?.block.id).toBe('first');
    expect(card.shows).toBe(1);
  });

  it('a release missed while another window had focus hides the card at the next move', () => {
    const { card, move } = setup();
    move('first', { altKey: true });
    move('first');
    expect(card.shown).toBeNull();
  });

  it('uses the modifier from the settings', () => {
    const { card, move, key } = setup({ modifier: 'Shift' });
    move('first', { altKey: true });
    expect(card.shown).toBeNull();
    key('keydown', 'Alt');
    expect(card.shown).toBeNull();
    move('first', { shiftKey: true });
    expect(card.shown?.block.id).toBe('first');
  });

  it('Escape hides the card', () => {
    const { card, move, key } = setup();
    move('first', { altKey: true });
    key('keydown', 'Escape');
    expect(card.shown).toBeNull();
  });

  it('takes a modifier press that peeked, so Alt alone does not open the menu bar', () => {
    const { move, key } = setup();
    move('first');
    expect(key('keydown', 'Alt').defaultPrevented).toBe(false);
    expect(key('keyup', 'Alt').defaultPrevented).toBe(true);
    move('outside');
    key('keydown', 'Alt');
    expect(key('keyup', 'Alt').defaultPrevented).toBe(false);
  });

  it('never peeks into an editor', () => {
    const { card, move } = setup();
    move('editor', { altKey: true });
    expect(card.shown).toBeNull();
  });

  it('peek-focused shows the focused paragraph, else the hovered one, and toggles', () => {
    const { doc, card, controller, move } = setup();
    move('first');
    controller.peekFocused();
    expect(card.shown?.block.id).toBe('first');
    // A card the command opened stays while the pointer moves on.
    move('second');
    expect(card.shown?.block.id).toBe('first');
    (doc.getElementById('link') as HTMLElement).focus();
    controller.peekFocused();
    expect(card.shown?.block.id).toBe('second');
    controller.peekFocused();
    expect(card.shown).toBeNull();
  });

  it('a click elsewhere closes a card the command opened', () => {
    const { doc, card, controller, move } = setup();
    move('first');
    controller.peekFocused();
    doc
      .getElementById('outside')!
      .dispatchEvent(new doc.defaultView!.PointerEvent('pointerdown', { bubbles: true }));
    expect(card.shown).toBeNull();
  });

  it('a press inside the card keeps it open (to select the original, say)', () => {
    const { doc, card, controller, move } = setup();
    move('first');
    controller.peekFocused();
    const host = doc.createElement('jianfan-peek');
    host.setAttribute('data-jianfan-ui', 'peek');
    doc.documentElement.append(host);
    const inner = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.dispatchEvent(
      new doc.defaultView!.PointerEvent('pointerdown', { bubbles: true, composed: true }),
    );
    expect(card.shown?.block.id).toBe('first');
  });

  it('without onModifier (the converted mode) only the command peeks', () => {
    const { card, controller, move, key } = setup({ onModifier: false });
    move('first', { altKey: true });
    key('keydown', 'Alt');
    expect(card.shown).toBeNull();
    controller.peekFocused();
    expect(card.shown?.block.id).toBe('first');
  });

  it('stop() removes the listeners and hides the card', () => {
    const { card, controller, move } = setup();
    move('first', { altKey: true });
    controller.stop();
    expect(card.shown).toBeNull();
    move('second', { altKey: true });
    expect(card.shown).toBeNull();
  });
});

describe('PeekController: the card goes with its paragraph and the focus', () => {
  it('closes once its paragraph has left the viewport, and follows it until then', () => {
    const { doc, card, controller, move } = setup();
    const first = doc.getElementById('first')!;
    placeBox(first, 100, 40);
    move('first');
    controller.peekFocused();
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(card.repositions).toBe(1);
    expect(card.shown?.block.id).toBe('first');
    // Scrolled to the end: the paragraph is far above the viewport.
    placeBox(first, -1_200, 40);
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(card.shown).toBeNull();
    expect(card.repositions).toBe(1);
    // The command again opens it: it was closed, not toggled.
    placeBox(first, 100, 40);
    controller.peekFocused();
    expect(card.shown?.block.id).toBe('first');
    // A resize (a zoom) that leaves it out of view closes it too.
    placeBox(first, 900, 40);
    doc.defaultView!.dispatchEvent(new doc.defaultView!.Event('resize'));
    expect(card.shown).toBeNull();
  });

  it('closes a card held open by the modifier too, and one whose paragraph left the page', () => {
    const { doc, card, move } = setup();
    const first = doc.getElementById('first')!;
    move('first', { altKey: true });
    expect(card.shown?.block.id).toBe('first');
    first.remove();
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(card.shown).toBeNull();
  });

  it('a card opened on the focus closes when the focus leaves its paragraph, and follows it inside', () => {
    const { doc, card, controller } = setup();
    const second = doc.getElementById('second')!;
    const other = doc.createElement('a');
    other.href = '#y';
    other.textContent = '讨论';
    second.append(other);
    const link = doc.getElementById('link') as HTMLElement;
    link.focus();
    controller.peekFocused();
    expect(card.shown?.block).toBe(second);
    expect(card.shown?.focus).toBe(link);
    // For the focus, not where the pointer rests.
    expect(card.shown?.pointer).toBeNull();
    // Tab to the next link of the same paragraph: the card stays, next to it.
    other.focus();
    expect(card.shown?.block).toBe(second);
    expect(card.shown?.focus).toBe(other);
    // Tab on, out of the paragraph.
    const away = doc.createElement('button');
    doc.getElementById('outside')!.append(away);
    away.focus();
    expect(card.shown).toBeNull();
  });

  it('any other card closes when the focus goes to another paragraph, not into ours', () => {
    const { doc, card, controller, move } = setup();
    move('second');
    controller.peekFocused();
    expect(card.shown?.focus).toBeUndefined();
    // The focus into the card's own UI (a card of ours) changes nothing.
    const host = doc.createElement('jianfan-peek');
    host.setAttribute('data-jianfan-ui', 'peek');
    host.tabIndex = -1;
    doc.documentElement.append(host);
    host.focus();
    expect(card.shown?.block.id).toBe('second');
    // Into the paragraph: it stays.
    (doc.getElementById('link') as HTMLElement).focus();
    expect(card.shown?.block.id).toBe('second');
    const away = doc.createElement('button');
    doc.getElementById('outside')!.append(away);
    away.focus();
    expect(card.shown).toBeNull();
    // Held open by the modifier, the same.
    move('first', { altKey: true });
    expect(card.shown?.block.id).toBe('first');
    (doc.getElementById('link') as HTMLElement).focus();
    expect(card.shown).toBeNull();
  });

  it('the command passes over a focused paragraph scrolled out of view, for the hovered one', () => {
    const { doc, card, controller, move } = setup();
    placeBox(doc.getElementById('second')!, -2_000, 40);
    (doc.getElementById('link') as HTMLElement).focus();
    move('first');
    controller.peekFocused();
    expect(card.shown?.block.id).toBe('first');
    expect(card.shown?.focus).toBeUndefined();
  });
});

describe('PeekController: the keys that scroll a card cut to the viewport', () => {
  it('arrow keys and PageUp/PageDown scroll a card that has more to show, and the page does not get them', () => {
    const { card, controller, move, key } = setup();
    move('first');
    controller.peekFocused();
    card.scrollable = true;
    const down = key('keydown', 'ArrowDown');
    expect(down.defaultPrevented).toBe(true);
    expect(key('keydown', 'PageDown').defaultPrevented).toBe(true);
    expect(key('keydown', 'PageUp').defaultPrevented).toBe(true);
    expect(key('keydown', 'ArrowUp').defaultPrevented).toBe(true);
    expect(card.scrolls).toEqual([
      ['line', 1],
      ['page', 1],
      ['page', -1],
      ['line', -1],
    ]);
    // Other keys are the page's.
    expect(key('keydown', 'ArrowRight').defaultPrevented).toBe(false);
    expect(key('keydown', ' ').defaultPrevented).toBe(false);
  });

  it('leaves the keys to the page when the card fits or has nothing more that way', () => {
    const { card, controller, move, key } = setup();
    expect(key('keydown', 'ArrowDown').defaultPrevented).toBe(false);
    move('first');
    controller.peekFocused();
    card.scrollable = false;
    expect(key('keydown', 'ArrowDown').defaultPrevented).toBe(false);
    expect(key('keydown', 'PageDown').defaultPrevented).toBe(false);
  });

  it('never takes them from an editor, a form field or a widget, nor with another key held', () => {
    const { doc, card, controller, move, key } = setup();
    move('first');
    controller.peekFocused();
    card.scrollable = true;
    const input = doc.createElement('input');
    const listbox = doc.createElement('div');
    listbox.setAttribute('role', 'listbox');
    const option = doc.createElement('div');
    option.setAttribute('role', 'option');
    listbox.append(option);
    doc.getElementById('outside')!.append(input, listbox);
    expect(key('keydown', 'ArrowDown', {}, input).defaultPrevented).toBe(false);
    expect(key('keydown', 'ArrowDown', {}, option).defaultPrevented).toBe(false);
    expect(key('keydown', 'ArrowDown', {}, doc.getElementById('editor')!).defaultPrevented).toBe(
      false,
    );
    // Inside a shadow tree too: the event path names the field.
    const shadowHost = doc.createElement('div');
    doc.getElementById('outside')!.append(shadowHost);
    const inner = doc.createElement('textarea');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(key('keydown', 'PageDown', {}, inner).defaultPrevented).toBe(false);
    // Shift+ArrowDown selects, Ctrl/Alt with an arrow are the browser's or the page's.
    expect(key('keydown', 'ArrowDown', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(key('keydown', 'ArrowDown', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(key('keydown', 'ArrowDown', { altKey: true }).defaultPrevented).toBe(false);
    expect(key('keydown', 'ArrowDown', { metaKey: true }).defaultPrevented).toBe(false);
    expect(card.scrolls).toEqual([]);
    // A key the page took first stays the page's.
    const taken = new doc.defaultView!.KeyboardEvent('keydown', {
      key: 'ArrowDown',
      bubbles: true,
      cancelable: true,
    });
    taken.preventDefault();
    doc.body.dispatchEvent(taken);
    expect(card.scrolls).toEqual([]);
  });

  it('takes them only with focus on the page, not in a pane of its own', () => {
    const { doc, card, controller, move, key } = setup();
    // Focus in a pane of the page's own (comments that scroll, a feed): the keys are its.
    const pane = doc.createElement('div');
    pane.tabIndex = 0;
    const inPane = doc.createElement('a');
    inPane.href = '#c';
    pane.append(inPane);
    doc.getElementById('outside')!.append(pane);
    inPane.focus();
    move('second');
    controller.peekFocused();
    card.scrollable = true;
    expect(card.shown?.block.id).toBe('second');
    expect(key('keydown', 'ArrowDown', {}, inPane).defaultPrevented).toBe(false);
    expect(key('keydown', 'PageDown', {}, inPane).defaultPrevented).toBe(false);
    expect(card.scrolls).toEqual([]);
    // Focus back on the page itself: they scroll the card.
    inPane.blur();
    expect(card.shown?.block.id).toBe('second');
    expect(key('keydown', 'ArrowDown').defaultPrevented).toBe(true);
    expect(card.scrolls).toEqual([['line', 1]]);
  });

  it('never takes Control with PageUp/PageDown, which change the browser’s tab', () => {
    const { card, move, key } = setup({ modifier: 'Control' });
    move('first', { ctrlKey: true });
    card.scrollable = true;
    expect(key('keydown', 'PageDown', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(key('keydown', 'PageUp', { ctrlKey: true }).defaultPrevented).toBe(false);
    // The arrows, with the peek key held, still scroll the card.
    expect(key('keydown', 'ArrowDown', { ctrlKey: true }).defaultPrevented).toBe(true);
    expect(card.scrolls).toEqual([['line', 1]]);
  });

  it('looks at the viewport once a frame, however many scroll events come', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const card = recordingCard();
    const frames: (() => void)[] = [];
    const controller = new PeekController({
      document: doc,
      card,
      frame: (callback) => frames.push(callback),
    });
    controller.start({
      modifier: 'Alt',
      onModifier: true,
      originalTextOf: (node) => node.data,
      sourceLang: 'zh-Hant',
      label: 'Original',
    });
    cleanups.push(() => controller.stop());
    doc
      .getElementById('first')!
      .dispatchEvent(new doc.defaultView!.PointerEvent('pointermove', { bubbles: true }));
    controller.peekFocused();
    expect(card.shown).not.toBeNull();
    for (let i = 0; i < 20; i++) doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(card.repositions).toBe(1);
  });

  it('with the modifier held for a card it opened, the arrows still scroll it', () => {
    const { card, move, key } = setup();
    move('first', { altKey: true });
    card.scrollable = true;
    expect(key('keydown', 'ArrowDown', { altKey: true }).defaultPrevented).toBe(true);
    expect(card.scrolls).toEqual([['line', 1]]);
    // The press peeked and the arrow was another key: the release is not taken.
    expect(key('keyup', 'Alt').defaultPrevented).toBe(false);
    expect(card.shown).toBeNull();
  });
});

describe('PeekController on lines of a container (an article split by <br>)', () => {
  it('shows the original of the line under the pointer, next to that line', () => {
    const doc = documentWithBody(
      '<div id="story">第一段的内容。<br><br>第二段<b id="b2">经济</b>的内容。<br>第三段。</div>' +
        '<div id="single">只有一段的内容。</div>',
      'zh-Hans',
    );
    const card = recordingCard();
    const controller = new PeekController({ document: doc, card, frame: (callback) => callback() });
    const originals = new Map([
      ['第二段', '第二段'],
      ['经济', '經濟'],
      ['的内容。', '的內容。'],
    ]);
    controller.start({
      modifier: 'Alt',
      onModifier: true,
      originalTextOf: (node) => originals.get(node.data) ?? node.data,
      sourceLang: 'zh-Hant',
      label: 'Original',
    });
    cleanups.push(() => controller.stop());
    const story = doc.getElementById('story')!;
    // The event names the container; the caret under the pointer names the text node.
    let caretNode: Node = story.childNodes[3]!;
    (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: caretNode,
      offset: 1,
    });
    const moveOver = pointerWithAltOver;
    moveOver(story);
    expect(card.shown?.text).toBe('第二段經濟的內容。');
    expect(card.shown?.block).toBe(story);
    // The card goes next to the line (a range over it; happy-dom does not keep its offsets).
    expect(card.shown?.line).toBeDefined();
    // Over the line's bold word: the same line, not shown again.
    const shows = card.shows;
    moveOver(doc.getElementById('b2')!);
    expect(card.shows).toBe(shows);
    // To the third line.
    caretNode = story.lastChild!;
    moveOver(story);
    expect(card.shown?.text).toBe('第三段。');
    // The page rewrites the container under an open card; the next render restarts peek.
    caretNode = story.childNodes[3]!;
    moveOver(story);
    expect(card.shown?.text).toBe('第二段經濟的內容。');
    story.replaceChildren('新的第一段。', doc.createElement('br'), '新的第二段。');
    expect(() => controller.start(PEEK_WITH_ALT)).not.toThrow();
    expect(card.shown).toBeNull();
    // A paragraph written as a <div>: a block of its own, its box the card's anchor.
    moveOver(doc.getElementById('single')!);
    expect(card.shown?.block.id).toBe('single');
    expect(card.shown?.line).toBeUndefined();
  });
});

describe('PeekController: the text of the card', () => {
  it('keeps the lines a <br> makes, and leaves ruby annotations out', () => {
    const doc = documentWithBody(
      '<p id="poem">床前明月光，<br>疑是地上霜。</p>' +
        '<p id="ruby">這是<ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp>字<rt>zì</rt></ruby>的拼音。</p>' +
        '<div id="story">第一段的內容，<ruby>國<rt>guó</rt></ruby>家。<br>第二段。</div>',
      'zh-Hant',
    );
    const card = recordingCard();
    const controller = new PeekController({ document: doc, card, frame: (callback) => callback() });
    controller.start(PEEK_WITH_ALT);
    cleanups.push(() => controller.stop());
    const peekAt = pointerWithAltOver;
    peekAt(doc.getElementById('poem')!);
    expect(card.shown?.text).toBe('床前明月光，\n疑是地上霜。');
    peekAt(doc.querySelector('#ruby rt')!);
    expect(card.shown?.text).toBe('這是漢字的拼音。');
    // A line of a container: its ruby is read as the base text too.
    const story = doc.getElementById('story')!;
    (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: story.firstChild,
      offset: 1,
    });
    peekAt(story);
    expect(card.shown?.text).toBe('第一段的內容，國家。');
  });
});

describe('the peek card host', () => {
  it('shows the original in a role=tooltip card in an open shadow root marked as ours', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const host = createPeekCardHost({ document: doc, uiLang: () => 'en' });
    cleanups.push(() => host.dispose());
    const block = doc.getElementById('first')!;
    host.show({
      text: '這個國家的經濟發展值得關注。',
      lang: 'zh-Hant',
      label: 'Original',
      block,
      pointer: null,
    });
    const element = doc.querySelector(`${PEEK_HOST_TAG}[data-jianfan-ui="peek"]`);
    expect(element).toBe(host.element);
    expect(element?.parentNode).toBe(doc.documentElement);
    const card = host.shadowRoot.querySelector('[role="tooltip"]')!;
    expect(card.querySelector('.label')?.textContent).toBe('Original');
    const text = card.querySelector('.text')!;
    expect(text.textContent).toBe('這個國家的經濟發展值得關注。');
    expect(text.getAttribute('lang')).toBe('zh-Hant');
    expect(host.shadowRoot.textContent).toContain('Original: 這個國家的經濟發展值得關注。');
  });

  it('goes inside a modal dialog for a paragraph in one, where it can be seen and heard', () => {
    const doc = documentWithBody(
      `${BODY}<dialog id="dialog" open><p id="inside">對話框裡的段落</p></dialog>`,
      'zh-Hans',
    );
    const dialog = doc.getElementById('dialog')!;
    // happy-dom knows no :modal; a browser matches it on a dialog opened with showModal().
    const matches = dialog.matches.bind(dialog);
    dialog.matches = (selector: string) => selector === ':modal' || matches(selector);
    const host = createPeekCardHost({ document: doc, uiLang: () => 'en' });
    cleanups.push(() => host.dispose());
    const show = (block: Element) =>
      host.show({ text: '原文', lang: 'zh-Hant', label: 'Original', block, pointer: null });
    show(doc.getElementById('inside')!);
    expect(host.element.parentNode).toBe(dialog);
    // Back on the page itself.
    show(doc.getElementById('first')!);
    expect(host.element.parentNode).toBe(doc.documentElement);
  });

  it('leaves the page when hidden, so nothing of it stays between peeks', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const before = new XMLSerializer().serializeToString(doc);
    const host = createPeekCardHost({ document: doc, uiLang: () => 'en' });
    host.show({
      text: '原文',
      lang: 'zh-Hant',
      label: 'Original',
      block: doc.getElementById('first')!,
      pointer: null,
    });
    expect(host.visible).toBe(true);
    host.hide();
    expect(host.visible).toBe(false);
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
    host.dispose();
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
  });
});

describe('the peek card host: placement and scrolling', () => {
  /** A host showing `text` for `block`, and its card element. */
  function showOn(block: Element, extra: Partial<PeekCardContent> = {}) {
    const doc = block.ownerDocument;
    const host = createPeekCardHost({ document: doc, uiLang: () => 'en' });
    cleanups.push(() => host.dispose());
    host.show({ text: '原文', lang: 'zh-Hant', label: 'Original', block, pointer: null, ...extra });
    const card = () => host.shadowRoot.querySelector<HTMLElement>('[role="tooltip"]')!;
    return { host, card };
  }

  /** Gives the card a size: `content` pixels of text in a box `box` pixels high. */
  function sizeCard(card: HTMLElement, content: number, box: number): void {
    Object.defineProperty(card, 'scrollHeight', { configurable: true, get: () => content });
    Object.defineProperty(card, 'clientHeight', { configurable: true, get: () => box });
  }

  /** Gives every card drawn in `doc` this size (happy-dom lays nothing out). */
  function cardSize(doc: Document, width: number, height: number): void {
    const proto = doc.defaultView!.HTMLElement.prototype;
    const measure = Object.getOwnPropertyDescriptor(proto, 'getBoundingClientRect');
    const original = proto.getBoundingClientRect;
    proto.getBoundingClientRect = function (this: HTMLElement) {
      if (!this.classList.contains('card')) return original.call(this);
      return { top: 0, left: 0, bottom: height, right: width, width, height } as DOMRect;
    };
    cleanups.push(() => {
      if (measure !== undefined) Object.defineProperty(proto, 'getBoundingClientRect', measure);
      else delete (proto as { getBoundingClientRect?: unknown }).getBoundingClientRect;
    });
  }

  it('goes below its paragraph when it fits there, not over the lines after the pointer', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('first')!;
    // A paragraph over a third of the 768-pixel viewport, the pointer on its second line: the
    // card used to open under that line, over the rest of the paragraph.
    placeBox(block, 100, 300, 20, 600);
    cardSize(doc, 600, 200);
    const { card } = showOn(block, { pointer: { x: 60, y: 150 } });
    const top = parseFloat(card().style.top);
    expect(top).toBe(406);
    expect(top + 200).toBeLessThanOrEqual(768 - 8);
  });

  it('flips above its paragraph when below has no room, still clear of it', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('first')!;
    placeBox(block, 400, 300, 20, 600);
    cardSize(doc, 600, 200);
    const { card } = showOn(block, { pointer: { x: 60, y: 650 } });
    expect(parseFloat(card().style.top) + 200).toBeLessThanOrEqual(400 - 6);
  });

  it('keeps its side as the page scrolls while it fits there; another original starts afresh', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('first')!;
    placeBox(block, 400, 300, 20, 600);
    cardSize(doc, 600, 200);
    const { host, card } = showOn(block, { pointer: { x: 60, y: 650 } });
    const above = () => parseFloat(card().style.top) + 200 <= block.getBoundingClientRect().top;
    expect(above()).toBe(true);
    // Scrolled up by 150 pixels: below has room for it now (204 pixels), above still (236).
    placeBox(block, 250, 300, 20, 600);
    host.reposition();
    expect(above()).toBe(true);
    // Opened there, it goes below, where a card first goes.
    host.show({ text: '另一段', lang: 'zh-Hant', label: 'Original', block, pointer: null });
    expect(parseFloat(card().style.top)).toBe(550 + 6);
  });

  it('over a paragraph taller than the viewport, goes beside the pointer’s lines', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('first')!;
    placeBox(block, -300, 1600, 20, 600);
    block.style.lineHeight = '30px';
    cardSize(doc, 600, 200);
    const { card } = showOn(block, { pointer: { x: 60, y: 400 } });
    // The pointer's line, wherever on it the pointer rests, is within 30 pixels of it.
    expect(parseFloat(card().style.top)).toBe(400 + 30 + 6);
  });

  it('in a tall paragraph, goes beside the focused element a command opened it for', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('second')!;
    // Taller than the 768-pixel viewport (no room above or below it), its link in sight.
    placeBox(block, -100, 2000);
    const link = doc.getElementById('link')!;
    placeBox(link, 300, 20, 40, 60);
    const { card } = showOn(block, { focus: link });
    // Below the link (6 pixels apart), not below the paragraph nor over the link.
    expect(card().style.top).toBe('326px');
    expect(card().style.left).toBe('8px');
  });

  it('in a tall paragraph scrolled past the pointer, keeps to the paragraph’s nearest line', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const block = doc.getElementById('first')!;
    placeBox(block, 0, 600);
    // The pointer is below the paragraph's end now: the anchor is its last line.
    const { card } = showOn(block, { pointer: { x: 10, y: 700 } });
    expect(card().style.top).toBe('606px');
  });

  it('scrolls by a line or a page while there is more to show, and says when there is not', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const { host, card } = showOn(doc.getElementById('first')!);
    // Fits (happy-dom lays nothing out: no overflow).
    expect(host.scroll('line', 1)).toBe(false);
    sizeCard(card(), 300, 100);
    expect(host.scroll('line', -1)).toBe(false);
    expect(host.scroll('line', 1)).toBe(true);
    const line = card().scrollTop;
    expect(line).toBeGreaterThan(0);
    expect(host.scroll('page', 1)).toBe(true);
    // A page is the card's height less the line kept in sight.
    expect(card().scrollTop - line).toBe(100 - line);
    card().scrollTop = 200;
    expect(host.scroll('page', 1)).toBe(false);
    expect(host.scroll('page', -1)).toBe(true);
    host.hide();
    expect(host.scroll('line', 1)).toBe(false);
  });

  it('keeps how far the card was scrolled when it is placed again, not for another original', () => {
    const doc = documentWithBody(BODY, 'zh-Hans');
    const first = doc.getElementById('first')!;
    const { host, card } = showOn(first);
    sizeCard(card(), 300, 100);
    card().scrollTop = 80;
    host.reposition();
    expect(card().scrollTop).toBe(80);
    // The same original again (the focus moved inside its paragraph).
    host.show({ text: '原文', lang: 'zh-Hant', label: 'Original', block: first, pointer: null });
    expect(card().scrollTop).toBe(80);
    host.show({
      text: '另一段',
      lang: 'zh-Hant',
      label: 'Original',
      block: doc.getElementById('second')!,
      pointer: null,
    });
    expect(card().scrollTop).toBe(0);
  });
});
