import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstDuplicateKey,
  firstJsonErrorOffset,
  lineAndColumn,
} from '../../../utils/glossary/json-error.ts';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('firstJsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2.5e-3, true, false, null, "x\\"\\u00e9"], "b": {}}', null],
    ['  [ ]  ', null],
    ['[1,]', 2],
    ['{"a": 1,\n}', 7],
    ['{"a": 1 "b": 2}', 8],
    ["{'a': 1}", 1],
    ['[1, // two\n2]', 4],
    ['{"a": 01}', 7],
    ['{"a": "line\nbreak"}', 11],
    ['{"a": "\\x"}', 8],
    ['[1, 2', 5],
    ['{"a": 1} x', 9],
    ['', 0],
    ['[1}', 2],
  ])('%j: %s', (text, offset) => {
    expect(firstJsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on whether a text is JSON, valid or broken by one edit', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 2, '\t'),
        fc.nat(),
        fc.constantFrom(',', ']', '}', '"', "'", ':', '/', 'x', '0', ' ', '\n', '-', '\\'),
        fc.boolean(),
        (value, indent, at, inserted, remove) => {
          const text = JSON.stringify(value, null, indent);
          expect(firstJsonErrorOffset(text)).toBeNull();
          const place = at % (text.length + 1);
          const edited = remove
            ? text.slice(0, place) + text.slice(place + 1)
            : text.slice(0, place) + inserted + text.slice(place);
          expect(firstJsonErrorOffset(edited) === null).toBe(parses(edited));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('scans a file nested 100,000 deep without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(firstJsonErrorOffset(deep)).toBeNull();
    expect(firstJsonErrorOffset(deep.slice(0, -1))).toBe(deep.length - 1);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\r\nbc', 4, { line: 2, column: 2 }],
    ['a\rb\rc', 4, { line: 3, column: 1 }],
    // A character outside the BMP (two UTF-16 code units) is one column, as editors count it.
    ['𠀋x', 2, { line: 1, column: 2 }],
    ['ab', 2, { line: 1, column: 3 }],
  ])('%j at %i', (text, offset, place) => {
    expect(lineAndColumn(text, offset)).toEqual(place);
  });
});

describe('firstDuplicateKey', () => {
  it('names the first key an object holds twice, at its second place', () => {
    const text = '{"format": "x", "terms": [1],\n "terms": [2]}';
    expect(firstDuplicateKey(text)).toEqual({ key: 'terms', offset: text.lastIndexOf('"terms"') });
    // Inside a nested object of an array, and written with an escape.
    const nested = '{"terms": [{"id": "a"}, {"id": "b", "\\u0069d": "c"}]}';
    expect(firstDuplicateKey(nested)?.key).toBe('id');
  });

  it('finds none where each object names a key once, whatever the others do', () => {
    expect(firstDuplicateKey('{"terms": [{"id": "a"}, {"id": "b"}], "id": 1}')).toBeNull();
    expect(firstDuplicateKey('[{"a": 1}, {"a": 2}, ["a", "a"]]')).toBeNull();
    expect(firstDuplicateKey('{"a": {"a": {"a": 1}}}')).toBeNull();
    expect(firstDuplicateKey('"a"')).toBeNull();
  });

  it('leaves the offset of the first syntax error as it was', () => {
    expect(firstJsonErrorOffset('{"a": 1, "a": 2}')).toBeNull();
    expect(firstJsonErrorOffset('{"a": 1,}')).toBe(7);
  });
});
