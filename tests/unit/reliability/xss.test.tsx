/** @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}} */
// Script evaluation is on in this file so that a payload turned into markup would really run
// and trip the canary; the first test shows that it would.
import { Window } from 'happy-dom';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryCard } from '../../../components/glossary-card/GlossaryCard.tsx';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { validateStoredTerm } from '../../../components/options/glossary-model.ts';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import type { PopupApi } from '../../../components/popup/api.ts';
import { translatorFor } from '../../../components/shared/i18n.tsx';
import { termCardContent } from '../../../utils/glossary/card-content.ts';
import { applyHighlights, collectTermRanges } from '../../../utils/glossary/highlight.ts';
import {
  GLOSSARY_FORMAT,
  exportGlossaryCsv,
  exportGlossaryJson,
  parseGlossaryImport,
} from '../../../utils/glossary/io.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { formKey, validateTerm, type Term } from '../../../utils/glossary/schema.ts';
import type { PageReport } from '../../../utils/messaging/protocol.ts';
import { exportAll, parseImportAll } from '../../../utils/settings/backup.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { sitePatternForUrl, validateSitePattern } from '../../../utils/settings/site-rules.ts';
import { XSS_PAYLOADS, type XssPayload } from '../../fixtures/xss-payloads.ts';
import {
  button,
  byId,
  click,
  control,
  mount,
  pickFile,
  report,
  textOf,
  type,
} from '../components/helpers.tsx';
import { en, fakeOptionsApi } from '../components/options-fixtures.ts';
import {
  XssTally,
  canaryFired,
  handlerAttributes,
  installCanary,
  payloadElements,
  structureOf,
  unsafeLinks,
} from './xss-harness.ts';

const tally = new XssTally();
afterAll(() => {
  console.log(tally.summary('XSS (unit: glossary, card, imports, site rules, options, popup)'));
});

let cleanup: (() => void) | null = null;
beforeEach(() => installCanary());
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** Whether anything of a payload got through in `root`: markup, handlers, unsafe links, a canary. */
function breach(root: ParentNode): string[] {
  return [
    ...payloadElements(root).map((element) => `element ${element.localName}`),
    ...handlerAttributes(root).map((name) => `handler ${name}`),
    ...unsafeLinks(root).map((href) => `link ${href}`),
    ...(canaryFired() ? ['canary'] : []),
  ];
}

// ---------------------------------------------------------------- terms

type Path = readonly [string] | readonly [string, string | number];
/** Every text field of a term, including those that must reject any payload (id, category, asOf). */
const TERM_FIELDS: readonly Path[] = [
  ['id'],
  ['hans'],
  ['hant'],
  ['tw'],
  ['hk'],
  ['en'],
  ['aliases', 0],
  ['category'],
  ['definition', 'en'],
  ['definition', 'hans'],
  ['definition', 'hant'],
  ['note', 'en'],
  ['note', 'hans'],
  ['note', 'hant'],
  ['asOf'],
  ['link'],
];

const pathName = (path: Path) => path.join('.');

/** A term with every optional field filled, so that any field can carry a payload. */
function baseTerm(id: string): Record<string, unknown> {
  return {
    id,
    hans: '英伟达',
    hant: '英偉達',
    tw: '輝達',
    hk: '英偉達（香港）',
    en: 'NVIDIA',
    aliases: ['辉达公司'],
    category: 'company',
    definition: { en: 'A chip designer.', hans: '芯片设计公司。', hant: '晶片設計公司。' },
    note: { en: 'A note.', hans: '附注。', hant: '附註。' },
    asOf: '2025-06',
    link: 'https://www.nvidia.com/',
    caseSensitive: false,
    protect: false,
  };
}

function setPath(term: Record<string, unknown>, path: Path, value: string): void {
  if (path.length === 1) {
    term[path[0]] = value;
    return;
  }
  (term[path[0]] as Record<string | number, unknown>)[path[1]] = value;
}

function getPath(term: Record<string, unknown>, path: Path): unknown {
  if (path.length === 1) return term[path[0]];
  return (term[path[0]] as Record<string | number, unknown>)[path[1]];
}

/** The fields of a term that accept `text` (each tried on its own). */
function acceptingFields(text: string): Path[] {
  return TERM_FIELDS.filter((path) => {
    const term = baseTerm('probe');
    setPath(term, path, text);
    return validateTerm(term).ok;
  });
}

/**
 * A term carrying `text` in every field that accepts it, and its harmless twin with a plain text
 * (or a plain https link) in the same fields, so that equal fields stay equal in both.
 */
function hostileAndTwin(payload: XssPayload, id: string): { hostile: Term; twin: Term } {
  const hostile = baseTerm(id);
  const twin = baseTerm(id);
  for (const path of acceptingFields(payload.text)) {
    setPath(hostile, path, payload.text);
    setPath(twin, path, path[0] === 'link' ? 'https://example.com/safe' : '無害的文字');
  }
  const checked = validateTerm(hostile);
  if (!checked.ok) throw new Error(`${payload.id}: ${JSON.stringify(checked.errors)}`);
  return { hostile: hostile as unknown as Term, twin: twin as unknown as Term };
}

const HOSTILE = XSS_PAYLOADS.map((payload, index) => ({
  payload,
  ...hostileAndTwin(payload, `hostile-${index}`),
}));

describe('the harness notices a payload that became markup', () => {
  it('catches a script that ran and elements parsed from a payload', () => {
    const scratch = document.createElement('div');
    document.body.append(scratch);
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    scratch.append(script);
    expect(canaryFired()).toBe(true);
    installCanary();
    const button = document.createElement('button');
    button.setAttribute('onclick', 'alert(1)');
    scratch.append(button);
    button.click();
    expect(canaryFired()).toBe(true);
    // Parsed as markup (in a window of its own, without scripts), most payloads would bring
    // something these checks see.
    const parser = new new Window().DOMParser();
    const parsed = XSS_PAYLOADS.filter((payload) => {
      const doc = parser.parseFromString(
        `<!doctype html><body>${payload.text}</body>`,
        'text/html',
      );
      const body = doc.body as unknown as HTMLElement;
      return payloadElements(body).length + handlerAttributes(body).length > 0;
    });
    expect(parsed.length).toBeGreaterThanOrEqual(20);
    scratch.remove();
    installCanary();
  });
});

describe('glossary entries', () => {
  it.each(XSS_PAYLOADS)('validateTerm rejects $id or keeps it as the very same text', (payload) => {
    let executed = false;
    for (const path of TERM_FIELDS) {
      for (const base of [baseTerm('user-term'), structuredClone(BUILT_IN_TERMS[0]!)]) {
        const term = structuredClone(base) as unknown as Record<string, unknown>;
        if (path[0] === 'note' || path[0] === 'aliases') {
          term[path[0]] ??= path[0] === 'note' ? { en: 'n', hans: 'n', hant: 'n' } : ['别名'];
        }
        setPath(term, path, payload.text);
        const result = validateTerm(term);
        if (!result.ok) continue;
        const kept = getPath(result.term as unknown as Record<string, unknown>, path);
        expect(kept, pathName(path)).toBe(payload.text);
        // Identifiers, categories and dates never take free text.
        expect(['id', 'category', 'asOf']).not.toContain(path[0]);
        if (path[0] === 'link') {
          expect(payload.text.startsWith('https://'), 'only https links').toBe(true);
          if (!payload.text.startsWith('https://')) executed = true;
        }
      }
    }
    tally.record('validateTerm', executed);
  });

  it('shows hostile built-in and user terms in the options list as text only', async () => {
    const builtIn = HOSTILE.map(({ hostile }) => hostile);
    const user = HOSTILE.map(({ hostile }) => ({ ...hostile, id: `user-${hostile.id}` }));
    const builtInTwins = HOSTILE.map(({ twin }) => twin);
    const userTwins = HOSTILE.map(({ twin }) => ({ ...twin, id: `user-${twin.id}` }));

    async function render(terms: { builtIn: Term[]; user: Term[] }) {
      const { api } = fakeOptionsApi({ glossary: { revision: 1, terms: terms.user } });
      api.builtInTerms.mockImplementation(async () => terms.builtIn);
      // The platform reads stored terms through validateStoredTerm: they arrive as stored.
      for (const term of terms.user) expect(validateStoredTerm(term).ok).toBe(true);
      const mounted = await mount(<OptionsApp api={api} />);
      return mounted;
    }

    const twinPage = await render({ builtIn: builtInTwins, user: userTwins });
    const expected = structureOf(twinPage.container);
    twinPage.unmount();

    const page = await render({ builtIn, user });
    cleanup = page.unmount;
    const found = breach(page.container);
    expect(found).toEqual([]);
    expect(structureOf(page.container)).toEqual(expected);
    const shown = page.container.textContent ?? '';
    for (const { payload, hostile } of HOSTILE) {
      const executed = found.length > 0;
      if (hostile.hans === payload.text) expect(shown).toContain(payload.text);
      tally.record('options glossary list', executed);
    }
  });

  it('keeps hostile text as field values when a user term is edited', async () => {
    const user = HOSTILE.map(({ hostile }) => hostile);
    const { api } = fakeOptionsApi({ glossary: { revision: 1, terms: user } });
    const page = await mount(<OptionsApp api={api} />);
    cleanup = page.unmount;
    for (const { payload, hostile } of HOSTILE) {
      const row = [...page.container.querySelectorAll('.terms > li')].find(
        (li) => li.querySelector('.term-id')?.textContent === hostile.id,
      );
      expect(row, hostile.id).toBeTruthy();
      await click(button(row!, en('action_edit')));
      const form = page.container.querySelector('form');
      expect(form).not.toBeNull();
      const hans = control<HTMLInputElement>(page.container, en('glossary_field_hans'));
      expect(hans.value).toBe(hostile.hans);
      const found = breach(page.container);
      expect(found, payload.id).toEqual([]);
      tally.record('term form', found.length > 0);
      await click(button(page.container, en('action_cancel')));
    }
  });

  it('marks glossary terms next to hostile page text, and hostile terms themselves, with term spans only', () => {
    // happy-dom keeps ranges only in the test window's own document.
    const main = document.createElement('main');
    document.body.append(main);
    for (const { payload } of HOSTILE) {
      const p = document.createElement('p');
      p.append(`英伟达的CUDA，${payload.text}，H200芯片`);
      main.append(p);
    }
    const before = new XMLSerializer().serializeToString(main);
    const userTerms = HOSTILE.filter(({ payload, hostile }) => hostile.hans === payload.text).map(
      ({ hostile }) => hostile,
    );
    const matcher = compileMatcher([...userTerms, ...BUILT_IN_TERMS]);
    const ranges = collectTermRanges({ root: main, matcher });
    const handle = applyHighlights({ ranges, highlightRegistry: null });
    expect(handle.mode).toBe('spans');
    const added = [...main.querySelectorAll('*')].filter((element) => element.localName !== 'p');
    expect(added.length).toBeGreaterThan(0);
    for (const element of added) {
      expect(element.localName).toBe('span');
      expect(element.getAttribute('data-jianfan-ui')).toBe('term');
    }
    expect(breach(main)).toEqual([]);
    // The hostile terms are found as text in the page, which still reads the same.
    const found = new Set(handle.ranges.map((range) => range.text));
    expect(found).toContain('CUDA');
    expect(found).toContain('H200');
    for (const term of userTerms) expect(found).toContain(term.hans);
    handle.clear();
    expect(new XMLSerializer().serializeToString(main)).toBe(before);
    main.remove();
    for (const _ of HOSTILE) tally.record('page text highlights', false);
  });
});

describe('the glossary card', () => {
  it.each(['en', 'zh_CN', 'zh_TW'] as const)(
    'shows hostile built-in-shaped and user terms as text (%s)',
    async (locale) => {
      for (const { payload, hostile, twin } of HOSTILE) {
        for (const userTerm of [false, true]) {
          const render = async (term: Term) => {
            const content = termCardContent({
              term,
              pageText: term.hans,
              form: term.hans,
              locale,
              userTerm,
            });
            return mount(
              <GlossaryCard
                id="jianfan-glossary-card"
                content={content}
                t={translatorFor(locale)}
                uiLang="en"
                theme="light"
                box={{ left: 10, top: 10, maxHeight: null }}
                safeWidth={800}
              />,
            );
          };
          const plain = await render(twin);
          const expected = structureOf(plain.container);
          plain.unmount();
          const card = await render(hostile);
          const found = breach(card.container);
          expect(found, payload.id).toEqual([]);
          expect(structureOf(card.container), payload.id).toEqual(expected);
          for (const link of card.container.querySelectorAll('a')) {
            expect(link.getAttribute('href')!.startsWith('https://')).toBe(true);
          }
          tally.record('glossary card', found.length > 0);
          card.unmount();
        }
      }
    },
  );
});

// ---------------------------------------------------------------- imports

function glossaryFile(terms: readonly unknown[]): string {
  return JSON.stringify({ format: GLOSSARY_FORMAT, version: 1, terms });
}

describe('imported glossary files', () => {
  it.each(HOSTILE)('parseGlossaryImport keeps $payload.id as text or refuses it', ({ hostile }) => {
    for (const text of [
      glossaryFile([hostile]),
      exportGlossaryJson([hostile]),
      exportGlossaryCsv([hostile]),
      exportGlossaryCsv([hostile], { bom: false }),
    ]) {
      const result = parseGlossaryImport(text);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        continue;
      }
      expect(result.adds).toHaveLength(1);
      const term = result.adds[0]!;
      // Import trims surrounding whitespace; nothing else changes.
      const trimmed = JSON.parse(JSON.stringify(hostile), (_key, value: unknown) =>
        typeof value === 'string' ? value.trim() : value,
      ) as Term;
      expect(term).toEqual(trimmed);
    }
    tally.record('parseGlossaryImport', false);
  });

  it.each(XSS_PAYLOADS)('refuses $id where the format wants an id, category or date', (payload) => {
    for (const field of ['id', 'category', 'asOf'] as const) {
      const term = baseTerm('some-term');
      term[field] = payload.text;
      const result = parseGlossaryImport(glossaryFile([term]));
      expect(result.ok, field).toBe(false);
    }
    // A CSV cell with the payload in the id column, in quotes.
    const header = 'id,hans,hant,category,definition_en,definition_hans,definition_hant';
    const cell = `"${payload.text.replace(/"/g, '""')}"`;
    const csv = `${header}\r\n${cell},英伟达,英偉達,company,A chip designer.,芯片设计公司。,晶片設計公司。\r\n`;
    expect(parseGlossaryImport(csv).ok).toBe(false);
    tally.record('import ids and categories', false);
  });

  it('lists the errors of a hostile file as text on the options page, and stores nothing', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await mount(<OptionsApp api={api} />);
    cleanup = page.unmount;
    const input = byId<HTMLInputElement>(page.container, 'glossary-import');
    for (const payload of XSS_PAYLOADS) {
      // The category echoes back in the error message.
      const term = { ...baseTerm('hostile-file'), category: payload.text };
      await pickFile(input, `${payload.id}.json`, glossaryFile([term]));
      const errors = byId(page.container, 'glossary-import-errors');
      expect(textOf(errors).length).toBeGreaterThan(0);
      const found = breach(page.container);
      expect(found, payload.id).toEqual([]);
      tally.record('options import errors', found.length > 0);
    }
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(store.glossary.revision).toBe(3);
  });

  it('imports hostile terms through the options page and stores their text exactly', async () => {
    const { api, store } = fakeOptionsApi({ glossary: { revision: 1, terms: [] } });
    const page = await mount(<OptionsApp api={api} />);
    cleanup = page.unmount;
    const terms = HOSTILE.map(({ hostile }) => hostile).filter(
      // One file: leave out terms whose forms repeat another's (an import refuses those; a
      // no-break space or a tab counts as a space there, as in matching).
      (term, index, all) =>
        all.findIndex((other) => formKey(other.hans, true) === formKey(term.hans, true)) === index,
    );
    const file = exportGlossaryJson(terms);
    const expected = (parseGlossaryImport(file) as { ok: true; adds: Term[] }).adds;
    expect(expected.length).toBeGreaterThan(10);
    await pickFile(byId<HTMLInputElement>(page.container, 'glossary-import'), 'terms.json', file);
    expect(breach(page.container)).toEqual([]);
    await click(button(page.container, en('action_apply')));
    expect(store.glossary.terms).toEqual(expected);
    const found = breach(page.container);
    expect(found).toEqual([]);
    for (const _ of terms) tally.record('options import preview', found.length > 0);
  });

  it.each(XSS_PAYLOADS)(
    'parseImportAll refuses $id in settings, or keeps it as text in terms',
    (payload) => {
      const { hostile } = HOSTILE.find((entry) => entry.payload === payload)!;
      const hostileSettings = {
        ...defaultSettings(),
        siteRules: [{ pattern: payload.text, mode: 'always' }],
        disabledBuiltInTerms: [payload.text],
      } as unknown as Settings;
      const refused = parseImportAll(
        exportAll({ settings: hostileSettings, userGlossary: { revision: 1, terms: [] } }),
        { validateTerm: validateStoredTerm },
      );
      expect(refused.ok).toBe(false);

      const accepted = parseImportAll(
        exportAll({ settings: defaultSettings(), userGlossary: { revision: 1, terms: [hostile] } }),
        { validateTerm: validateStoredTerm },
      );
      expect(accepted.ok).toBe(true);
      if (accepted.ok) expect(accepted.apply.userGlossary.terms).toEqual([hostile]);
      tally.record('parseImportAll', false);
    },
  );

  it('shows the errors of a hostile backup as text and changes nothing', async () => {
    const { api, store } = fakeOptionsApi();
    const before = structuredClone(store);
    const page = await mount(<OptionsApp api={api} />);
    cleanup = page.unmount;
    const input = byId<HTMLInputElement>(page.container, 'backup-import');
    for (const payload of XSS_PAYLOADS) {
      const backup = exportAll({
        settings: {
          ...defaultSettings(),
          siteRules: [{ pattern: payload.text, mode: 'never' }],
        },
        userGlossary: {
          revision: 1,
          terms: [{ ...baseTerm('bad-term'), category: payload.text }],
        },
      });
      await pickFile(input, `${payload.id}.json`, backup);
      expect(textOf(byId(page.container, 'backup-import-errors')).length).toBeGreaterThan(0);
      const found = breach(page.container);
      expect(found, payload.id).toEqual([]);
      tally.record('options backup errors', found.length > 0);
    }
    expect(api.applyImport).not.toHaveBeenCalled();
    expect(store).toEqual(before);
  });
});

// ---------------------------------------------------------------- site rules

describe('site-rule patterns', () => {
  it.each(XSS_PAYLOADS)('validateSitePattern rejects $id', (payload) => {
    const result = validateSitePattern(payload.text);
    expect(result.ok).toBe(false);
    tally.record('validateSitePattern', result.ok);
  });

  it('shows a refused pattern’s reason as text, and saves nothing', async () => {
    const { api } = fakeOptionsApi();
    const page = await mount(<OptionsApp api={api} />);
    cleanup = page.unmount;
    for (const payload of XSS_PAYLOADS) {
      await type(control(page.container, en('site_rule_pattern')), payload.text);
      await click(button(page.container, en('site_rule_add')));
      expect(page.container.querySelector('.field-error')).not.toBeNull();
      const found = breach(page.container);
      expect(found, payload.id).toEqual([]);
      tally.record('options site-rule input', found.length > 0);
    }
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('renders stored patterns it would refuse as text', async () => {
    async function render(patterns: string[]) {
      const { api } = fakeOptionsApi({
        settings: {
          ...defaultSettings(),
          siteRules: patterns.map((pattern) => ({ pattern, mode: 'always' as const })),
        },
      });
      return mount(<OptionsApp api={api} />);
    }
    const twin = await render(XSS_PAYLOADS.map((_, index) => `site${index}.example`));
    const expected = structureOf(twin.container);
    twin.unmount();
    const page = await render(XSS_PAYLOADS.map((payload) => payload.text));
    cleanup = page.unmount;
    const found = breach(page.container);
    expect(found).toEqual([]);
    expect(structureOf(page.container)).toEqual(expected);
    for (const payload of XSS_PAYLOADS) {
      expect(page.container.textContent).toContain(payload.text);
      tally.record('options stored site rules', found.length > 0);
    }
  });
});

// ---------------------------------------------------------------- popup

function popupApi(current: PageReport): PopupApi {
  return {
    tabId: async () => 7,
    status: async () => current,
    apply: async () => current,
    watchReports: () => () => {},
    loadSettings: async () => defaultSettings(),
    watchSettings: () => () => {},
    changeSettings: async (patch) => ({ ...defaultSettings(), ...patch }),
    convertText: async ({ text }) => text,
    repairText: async (text) => ({ text, annotationsRemoved: 0, runsRepaired: 0, spansLost: 0 }),
    copyText: async () => {},
    openOptions: async () => {},
    browserLanguage: 'en-US',
  };
}

function hostileReport(value: string, where: 'title' | 'netease'): PageReport {
  return report({
    url: where === 'title' ? 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html' : value,
    title: where === 'title' ? value : '标题',
    hasChinese: true,
    script: { verdict: 'simplified', confidence: 0.9 },
    netease: {
      kind: 'netease',
      title: where === 'netease' ? value : null,
      signals: [
        { id: where === 'netease' ? value : 'unknown-signal', strength: 0.5, detail: value },
      ],
    },
    conversion: {
      active: true,
      target: 'tw',
      nodesConverted: 1,
      charactersChanged: 1,
      progress: 1,
    },
  });
}

describe('page data in the popup', () => {
  it.each(XSS_PAYLOADS)(
    'shows $id from the page title, NetEase title and signals as text',
    async (payload) => {
      for (const where of ['title', 'netease'] as const) {
        // A payload that is also a web address gets the site-rule control; so does its twin.
        const harmless =
          where === 'netease' && sitePatternForUrl(payload.text) !== null
            ? 'https://example.com/safe'
            : '無害的標題';
        const twin = await mount(<PopupApp api={popupApi(hostileReport(harmless, where))} />);
        const expected = structureOf(twin.container);
        twin.unmount();
        const page = await mount(<PopupApp api={popupApi(hostileReport(payload.text, where))} />);
        cleanup = page.unmount;
        const found = breach(page.container);
        expect(found, where).toEqual([]);
        expect(structureOf(page.container), where).toEqual(expected);
        const shown = page.container.querySelector('.page-title')?.textContent ?? '';
        if (payload.text.trim() !== '') expect(shown).toContain(payload.text.trim());
        tally.record(`popup ${where}`, found.length > 0);
        page.unmount();
        cleanup = null;
      }
    },
  );
});
