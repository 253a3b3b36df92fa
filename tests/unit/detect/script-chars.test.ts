import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import {
  OUTPUT,
  generateScriptCharsModule,
  scriptCharClasses,
} from '../../../scripts/gen-script-chars.mjs';

describe('generated script character classes', () => {
  it('the committed module is what the generator produces now', async () => {
    const generated = await generateScriptCharsModule();
    expect(generated === readFileSync(OUTPUT, 'utf8')).toBe(true);
  });

  it('stays small enough for the content script (well under 15 KB)', () => {
    expect(statSync(OUTPUT).size).toBeLessThan(12_000);
  });

  it('Simplified-only characters all change when converted to Traditional, and vice versa', () => {
    const { simplifiedOnly, traditionalOnly } = scriptCharClasses();
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect([...simplifiedOnly].filter((char) => toTraditional(char) === char)).toEqual([]);
    expect([...traditionalOnly].filter((char) => toSimplified(char) === char)).toEqual([]);
    // Common characters of both kinds are present.
    for (const char of '发头这们说国') expect(simplifiedOnly).toContain(char);
    for (const char of '發頭這們說國') expect(traditionalOnly).toContain(char);
    // OpenCC's own Traditional forms, which Taiwan writes otherwise and Big5 lacks.
    for (const char of '裏啓麪爲衆') expect(traditionalOnly).toContain(char);
  });

  it('the classes are disjoint, and shared characters are in none', () => {
    const classes = scriptCharClasses();
    const simplified = new Set(classes.simplifiedOnly);
    const traditional = new Set(classes.traditionalOnly);
    expect([...traditional].filter((char) => simplified.has(char))).toEqual([]);
    // 中, 的 are common to both scripts; 乾 and 著 are written in both.
    for (const char of '中的乾著台') {
      expect(simplified.has(char) || traditional.has(char)).toBe(false);
    }
    // Hong Kong forms are never counted as Simplified evidence (户 温 are both).
    for (const char of classes.hongKongForms) expect(simplified.has(char)).toBe(false);
    expect(classes.hongKongForms).toContain('衞');
    expect(classes.taiwanForms).toContain('衛');
  });
});
