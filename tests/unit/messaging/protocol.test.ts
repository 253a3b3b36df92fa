import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings/schema.ts';
import { MAX_IMPORT_TERMS } from '../../../utils/glossary/io.ts';
import type { KitName } from '../../../utils/platform/kits.ts';
import {
  BACKGROUND_MESSAGE_TYPES,
  KIT_REQUESTS,
  type KitRequest,
  MESSAGE_CHECKS,
  PAGE_MESSAGE_TYPES,
  TAB_MESSAGE_TYPES,
  TEST_ONLY_MESSAGE_TYPES,
  checkResponse,
  emptyPageReport,
  parseMessage,
  type MessageType,
  type PageReport,
  type PayloadOf,
  type ResponseOf,
} from '../../../utils/messaging/protocol.ts';

const REPORT: PageReport = {
  url: 'https://www.163.com/dy/article/ABCDEFGH05ABCDEF.html',
  title: 'HBM 短缺',
  script: { verdict: 'simplified', confidence: 0.97 },
  hasChinese: true,
  netease: {
    kind: 'netease',
    signals: [{ id: 'canonical-163', strength: 0.9, detail: 'https://www.163.com/dy/article/…' }],
    title: 'HBM 短缺',
  },
  conversion: {
    active: true,
    target: 'tw',
    nodesConverted: 120,
    charactersChanged: 3456,
    progress: 1,
    contestedNodes: 0,
    alreadyIn: null,
    reason: 'netease',
  },
  repair: { annotationsRemoved: 0, runsRepaired: 0, spansLost: 0 },
  glossary: { termsFound: 4 },
  readingMode: 'converted',
};

const VALID: { [K in MessageType]: PayloadOf<K>[] } = {
  'page/report': [
    { report: REPORT },
    { frameId: 3, report: emptyPageReport({ url: 'about:blank', title: '' }) },
  ],
  'kit/load': [{ kit: 'reader' }, { kit: 'dict-cn2t' }],
  'config/get': [{ url: 'https://example.com/' }],
  'glossary/snapshot': [{ knownRevision: 0 }, { knownRevision: 12 }],
  'tab/status': [{ tabId: 7 }],
  'tab/report-changed': [{ tabId: 7, report: REPORT }],
  'tab/get-report': [{}],
  'tab/apply': [
    {},
    { enabled: false },
    { target: 'hk', readingMode: 'parallel', repairMirrors: true },
  ],
  'tab/command': [{ command: 'toggle-conversion' }, { command: 'peek-focused' }],
  'frames/follow': [{ choices: {} }, { choices: { enabled: false, target: 'tw' } }],
  'tab/follow': [{ choices: { readingMode: 'parallel', glossaryEnabled: false } }],
  'tab/convert-and-copy': [{ text: '簡繁', target: 'cn' }],
  'tab/release': [{}],
  'test/open-extension-page': [{ page: 'popup' }, { page: 'options', query: '?tab=glossary' }],
  'test/release-tabs': [{}],
  'test/menu-click': [
    { menu: 'convert-cn', selection: '簡繁' },
    { menu: 'site-never', selection: '' },
  ],
};

const { url: _url, ...reportWithoutUrl } = REPORT;
const INVALID: { [K in MessageType]: unknown[] } = {
  'page/report': [
    {},
    { report: { ...REPORT, url: 42 } },
    { report: { ...REPORT, script: { verdict: 'klingon', confidence: 0.5 } } },
    { report: { ...REPORT, script: { verdict: 'simplified', confidence: 1.5 } } },
    { report: { ...REPORT, conversion: { ...REPORT.conversion, nodesConverted: -1 } } },
    { report: { ...REPORT, conversion: { ...REPORT.conversion, charactersChanged: 2.5 } } },
    { report: { ...REPORT, conversion: { ...REPORT.conversion, progress: Number.NaN } } },
    { report: { ...REPORT, conversion: { ...REPORT.conversion, reason: 'because' } } },
    { report: { ...REPORT, netease: { ...REPORT.netease, kind: 'sina' } } },
    { report: { ...REPORT, readingMode: 'sideways' } },
    { report: { ...REPORT, extra: true } },
    { frameId: -1, report: REPORT },
    { report: reportWithoutUrl },
  ],
  'kit/load': [{ kit: 'dictionary' }, { kit: 'reader', frameId: 1 }, {}],
  'config/get': [{}, { url: null }, { url: 'x'.repeat(70_000) }],
  'glossary/snapshot': [{}, { knownRevision: -1 }, { knownRevision: '3' }],
  'tab/status': [{ tabId: 'seven' }, { tabId: 1.5 }, {}],
  'tab/report-changed': [{ report: REPORT }, { tabId: 7 }, { tabId: -1, report: REPORT }],
  'tab/get-report': [{ anything: 1 }, null, []],
  'tab/apply': [{ enabled: 'yes' }, { target: 'auto' }, { readingMode: 'none' }, { zoom: 2 }],
  'tab/command': [{}, { command: 'format-c' }],
  'frames/follow': [{}, { choices: { enabled: 'yes' } }, { choices: {}, tabId: 3 }],
  'tab/follow': [{ choices: null }, { choices: { zoom: 2 } }],
  'tab/convert-and-copy': [{}, { text: ['a'], target: 'cn' }, { text: '簡繁', target: 'zh' }],
  'tab/release': [{ now: true }, null],
  'test/open-extension-page': [{ page: 'background' }, { page: 'popup', query: 3 }, {}],
  'test/release-tabs': [{ tabId: 3 }, 'all'],
  'test/menu-click': [
    { menu: 'format-c', selection: '' },
    { menu: 'convert-cn' },
    { menu: 'convert-cn', selection: 'x'.repeat(100_001) },
  ],
};

const TYPES = Object.keys(MESSAGE_CHECKS) as MessageType[];

describe('the message protocol', () => {
  it('has valid and invalid examples for every message type', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
    expect(Object.keys(INVALID).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) expect(INVALID[type].length).toBeGreaterThanOrEqual(2);
  });

  it("routes every message to the background, to a tab or to the extension's pages", () => {
    const routed: string[] = [
      ...BACKGROUND_MESSAGE_TYPES,
      ...TAB_MESSAGE_TYPES,
      ...PAGE_MESSAGE_TYPES,
    ];
    expect(routed.sort()).toEqual([...TYPES].sort());
    expect(new Set(routed).size).toBe(routed.length);
  });

  it('names the same kits as the kit registry', () => {
    const kits: KitName[] = [...KIT_REQUESTS];
    const requests: KitRequest[] = [
      'reader',
      'dict-t2cn',
      'dict-cn2t',
      'repair',
      'glossary',
    ] satisfies KitName[];
    expect([...kits].sort()).toEqual([...requests].sort());
  });

  it('marks the test-only messages as such', () => {
    expect(TEST_ONLY_MESSAGE_TYPES).toEqual([
      'test/open-extension-page',
      'test/release-tabs',
      'test/menu-click',
    ]);
  });

  for (const type of TYPES) {
    it(`accepts valid ${type} messages`, () => {
      for (const payload of VALID[type]) {
        const parsed = parseMessage({ type, payload });
        expect(parsed).toEqual({ ok: true, message: { type, payload } });
      }
    });

    it(`refuses invalid ${type} messages with a reason naming the message`, () => {
      for (const payload of INVALID[type]) {
        const parsed = parseMessage({ type, payload });
        expect(parsed.ok, JSON.stringify(payload).slice(0, 200)).toBe(false);
        if (!parsed.ok) expect(parsed.reason.startsWith(`${type}: payload`)).toBe(true);
      }
    });
  }

  it.each([
    [null, 'object'],
    ['page/report', 'object'],
    [[], 'object'],
    [{}, 'unknown message type'],
    [{ type: 'page/delete' }, 'unknown message type "page/delete"'],
    [{ type: 'toString', payload: {} }, 'unknown message type'],
    [{ type: '__proto__', payload: {} }, 'unknown message type'],
    [{ type: 'tab/get-report', payload: {}, sneaky: 1 }, 'unexpected field "sneaky"'],
    [{ type: 'tab/get-report' }, 'expected an object'],
  ])('refuses %j: %s', (raw, reason) => {
    const parsed = parseMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('refuses an object with a foreign prototype', () => {
    class Sneaky {
      type = 'tab/get-report';
      payload = {};
    }
    expect(parseMessage(new Sneaky()).ok).toBe(false);
  });
});

describe('a report of a page with very long strings', () => {
  it('is cut to the protocol limits, so the tab stays reachable', () => {
    const report = emptyPageReport({
      url: `https://example.com/?q=${'x'.repeat(100_000)}`,
      title: '標題'.repeat(20_000),
    });
    expect(parseMessage({ type: 'page/report', payload: { report } }).ok).toBe(true);
    expect(checkResponse('tab/get-report', report).ok).toBe(true);
  });
});

describe('responses', () => {
  const VALID_RESPONSES: { [K in MessageType]: ResponseOf<K>[] } = {
    'page/report': [undefined],
    'kit/load': [{ ok: true }, { ok: false, error: 'frame gone' }],
    'config/get': [
      { settings: defaultSettings(), glossary: { revision: 2 } },
      { settings: defaultSettings(), glossary: { revision: 2 }, tabChoices: { enabled: false } },
    ],
    'glossary/snapshot': [{ unchanged: true }, { revision: 3, terms: [{ a: 1 }] }],
    'tab/status': [{ report: null }, { report: REPORT }],
    'tab/report-changed': [undefined],
    'tab/get-report': [REPORT],
    'tab/apply': [REPORT],
    'tab/command': [undefined],
    'frames/follow': [undefined],
    'tab/follow': [undefined],
    'tab/convert-and-copy': [{ copied: true, text: '简繁' }],
    'tab/release': [undefined],
    'test/open-extension-page': [{ tabId: 12 }],
    'test/release-tabs': [undefined],
    'test/menu-click': [undefined],
  };

  for (const type of TYPES) {
    it(`accepts valid ${type} responses`, () => {
      for (const value of VALID_RESPONSES[type]) expect(checkResponse(type, value).ok).toBe(true);
    });
  }

  it('carries a glossary as large as an import may make it', () => {
    const terms = Array.from({ length: MAX_IMPORT_TERMS }, () => ({}));
    expect(checkResponse('glossary/snapshot', { revision: 1, terms }).ok).toBe(true);
  });

  it.each<[MessageType, unknown]>([
    // Settings are checked for shape and version here; their fields by the reader kit, which
    // parses them (the content script that receives them does not carry the parser).
    ['config/get', { settings: 'defaults', glossary: { revision: 1 } }],
    ['config/get', { settings: { ...defaultSettings(), version: 1 }, glossary: { revision: 1 } }],
    [
      'config/get',
      { settings: defaultSettings(), glossary: { revision: 1 }, tabChoices: { target: 'auto' } },
    ],
    ['glossary/snapshot', { unchanged: false }],
    ['glossary/snapshot', { revision: 1 }],
    ['tab/status', {}],
    ['tab/command', { done: true }],
    ['tab/convert-and-copy', { copied: true, text: null }],
    ['tab/release', { released: true }],
  ])('refuses an invalid %s response %j', (type, value) => {
    expect(checkResponse(type, value).ok).toBe(false);
  });
});
