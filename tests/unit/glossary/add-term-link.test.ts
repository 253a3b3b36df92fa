import { describe, expect, it } from 'vitest';
import {
  addTermHash,
  cleanSelection,
  hashWithoutTermText,
  termTextFromHash,
} from '../../../utils/glossary/add-term-link.ts';
import { TERM_LIMITS } from '../../../utils/glossary/schema.ts';

describe('the add-term link', () => {
  it('carries a selection to the options page and back', () => {
    for (const text of ['昇腾', 'H200', 'A & B = C?', '#glossary?add=x', '100% 𠮷野家']) {
      const hash = addTermHash(text);
      expect(hash.startsWith('#glossary?')).toBe(true);
      expect(termTextFromHash(hash)).toBe(text);
    }
  });

  it('makes a selection one line without surrounding space, as long as a form may be', () => {
    expect(cleanSelection('  英伟达\n  H200\t ')).toBe('英伟达 H200');
    const long = '𠮷'.repeat(TERM_LIMITS.formMaxLength + 10);
    expect(Array.from(cleanSelection(long))).toHaveLength(TERM_LIMITS.formMaxLength);
  });

  it('ignores other fragments and empty text', () => {
    expect(termTextFromHash('')).toBeNull();
    expect(termTextFromHash('#glossary')).toBeNull();
    expect(termTextFromHash('#sites?add=x')).toBeNull();
    expect(termTextFromHash('#glossary?add=%20%20')).toBeNull();
    expect(termTextFromHash('#glossary?other=x')).toBeNull();
  });

  it('is forgotten once taken: the fragment then leads to the glossary, without the text', () => {
    const hash = hashWithoutTermText(addTermHash('NVIDIA'));
    expect(hash).toBe('#glossary');
    expect(termTextFromHash(hash)).toBeNull();
    expect(hashWithoutTermText('#sites')).toBe('#sites');
    expect(hashWithoutTermText('')).toBe('');
  });
});
