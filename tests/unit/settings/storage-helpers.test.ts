import { describe, expect, it } from 'vitest';
import {
  emptyGlossary,
  glossarySnapshot,
  nextGlossary,
  parseStoredGlossary,
  type ValidateTerm,
} from '../../../utils/settings/glossary-store.ts';
import { decideSettingsNotice, problemsFingerprint } from '../../../utils/settings/notice.ts';
import {
  LOCAL_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  checkLocalQuota,
  checkSyncQuota,
  storedItemBytes,
} from '../../../utils/settings/quota.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';

const validateTerm: ValidateTerm = (raw) =>
  typeof raw === 'string' && raw !== ''
    ? { ok: true, key: raw, term: raw.trim() }
    : { ok: false, error: 'bad term' };

describe('quota', () => {
  it('counts the key and the JSON value in UTF-8 bytes', () => {
    // "k" + "\"简\"": 1 + 1 + 3 + 1 bytes.
    expect(storedItemBytes('k', '简')).toBe(6);
    expect(storedItemBytes('settings', { a: 1 })).toBe('settings'.length + '{"a":1}'.length);
  });

  it('refuses settings above the sync item limit with a clear error', () => {
    const settings = {
      ...defaultSettings(),
      disabledBuiltInTerms: Array.from({ length: 400 }, (_, i) => `term-${i}-${'x'.repeat(20)}`),
    };
    const check = checkSyncQuota(settings);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.limit).toBe(SYNC_QUOTA_BYTES_PER_ITEM);
      expect(check.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
      expect(check.error).toMatch(/8\.0 KB/);
    }
  });

  it('accepts a value of exactly the limit and refuses one byte more', () => {
    const key = 'settings';
    const filler = (n: number) => 'x'.repeat(n - key.length - 2);
    expect(checkSyncQuota(filler(SYNC_QUOTA_BYTES_PER_ITEM)).ok).toBe(true);
    expect(checkSyncQuota(filler(SYNC_QUOTA_BYTES_PER_ITEM + 1)).ok).toBe(false);
  });

  it('checks the local quota unless storage is unlimited', () => {
    const big = 'x'.repeat(LOCAL_QUOTA_BYTES);
    expect(checkLocalQuota(big, { key: 'userGlossary' }).ok).toBe(false);
    expect(checkLocalQuota(big, { key: 'userGlossary', unlimited: true }).ok).toBe(true);
    expect(
      checkLocalQuota('small', { key: 'userGlossary', otherBytes: LOCAL_QUOTA_BYTES }).ok,
    ).toBe(false);
  });
});

describe('stored glossary container', () => {
  it('reads nothing as an empty glossary', () => {
    expect(parseStoredGlossary(undefined)).toEqual({ glossary: emptyGlossary(), problems: [] });
  });

  it.each([[null], [3], ['x'], [[]], [true]])('reads junk %j as empty and reports it', (raw) => {
    const parsed = parseStoredGlossary(raw);
    expect(parsed.glossary).toEqual(emptyGlossary());
    expect(parsed.problems).toHaveLength(1);
  });

  it('keeps the terms when only the revision is damaged', () => {
    const parsed = parseStoredGlossary({ revision: 'x', terms: ['a'] });
    expect(parsed.glossary).toEqual({ revision: 0, terms: ['a'] });
    expect(parsed.problems.map((p) => p.field)).toEqual(['userGlossary.revision']);
  });

  it('drops invalid terms one by one and stores the validator’s normal form', () => {
    const parsed = parseStoredGlossary(
      { revision: 2, terms: [' a ', 5, '', 'b'], extra: 1 },
      { validateTerm },
    );
    expect(parsed.glossary).toEqual({ revision: 2, terms: ['a', 'b'] });
    expect(parsed.problems.map((p) => p.field)).toEqual([
      'userGlossary.terms[1]',
      'userGlossary.terms[2]',
    ]);
  });

  it('bumps the revision on every save', () => {
    expect(nextGlossary({ revision: 4, terms: ['a'] }, ['a', 'b'])).toEqual({
      revision: 5,
      terms: ['a', 'b'],
    });
  });

  it('answers "unchanged" only for the very revision the content script holds', () => {
    const glossary = { revision: 5, terms: ['a'] };
    expect(glossarySnapshot(glossary, 5)).toEqual({ unchanged: true });
    expect(glossarySnapshot(glossary, 4)).toEqual({ revision: 5, terms: ['a'] });
    expect(glossarySnapshot(glossary, 6)).toEqual({ revision: 5, terms: ['a'] });
  });
});

describe('settings notice', () => {
  const problems = [{ field: 'target', reason: 'expected …' }];

  it('shows once per set of problems', () => {
    const first = decideSettingsNotice(problems, undefined);
    expect(first.show).toBe(true);
    expect(first.marker).not.toBeNull();
    const second = decideSettingsNotice(problems, first.marker);
    expect(second).toEqual({ show: false, marker: first.marker });
  });

  it('shows again for different problems', () => {
    const first = decideSettingsNotice(problems, undefined);
    const other = decideSettingsNotice([{ field: 'readingMode', reason: 'x' }], first.marker);
    expect(other.show).toBe(true);
  });

  it('clears the marker when the settings are clean', () => {
    expect(decideSettingsNotice([], 'old')).toEqual({ show: false, marker: null });
  });

  it('does not depend on the order of the problems', () => {
    const a = { field: 'a', reason: 'x' };
    const b = { field: 'b', reason: 'y' };
    expect(problemsFingerprint([a, b])).toBe(problemsFingerprint([b, a]));
    expect(problemsFingerprint([a])).not.toBe(problemsFingerprint([b]));
  });
});
