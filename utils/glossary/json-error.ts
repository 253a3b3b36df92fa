/**
 * Where a JSON text stops being JSON. `JSON.parse` says where only in some of its messages:
 * Chrome's V8 gives no position for a comma before `]` or `}`, a comment or a single-quoted
 * string ("Unexpected token ']', ..."b": 1, ]" is not valid JSON"), which are the slips of a
 * file edited by hand. The import then named the last line of the file. This scan follows the
 * JSON grammar (RFC 8259) and returns the offset of the first code unit that breaks it (for a
 * comma before a closing bracket, the comma), the end of the text when it ends too early, or
 * null when it finds the text valid.
 */
export function firstJsonErrorOffset(text: string): number | null {
  return scanJson(text, false).errorOffset;
}

/**
 * The first name that an object of a valid JSON text holds twice, with the offset of its second
 * key, or null. `JSON.parse` keeps the last value and says nothing: a glossary file merged by
 * hand from two (`"terms": […], "terms": […]`) lost the first list without a word.
 */
export function firstDuplicateKey(text: string): { key: string; offset: number } | null {
  return scanJson(text, true).duplicate;
}

function scanJson(
  text: string,
  findDuplicates: boolean,
): { errorOffset: number | null; duplicate: { key: string; offset: number } | null } {
  let duplicate: { key: string; offset: number } | null = null;
  /** Per open container, the names its object has had (null for an array or when not looking). */
  const names: (Set<string> | null)[] = [];
  let i = 0;
  const length = text.length;

  const skipSpace = () => {
    while (i < length) {
      const c = text.charCodeAt(i);
      // Space, tab, line feed, carriage return: the only white space JSON knows.
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i += 1;
    }
  };

  const string = (): boolean => {
    i += 1; // the opening quote
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          i += 2;
        } else {
          i += 1;
          return false;
        }
        continue;
      }
      i += 1;
    }
    return false;
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = (): boolean => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null || match[0] === '-') return false;
    i += match[0].length;
    return true;
  };

  const literal = (word: string): boolean => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };

  /** One value; containers kept on a stack, not in recursion, for deeply nested files. */
  const value = (): boolean => {
    const open: ('{' | '[')[] = [];
    let expectValue = true;
    /** Closes the innermost container; true when that was the outermost. */
    const close = (): boolean => {
      i += 1;
      open.pop();
      names.pop();
      expectValue = false;
      return open.length === 0;
    };
    for (;;) {
      skipSpace();
      const c = text[i];
      if (expectValue) {
        if (c === '{' || c === '[') {
          i += 1;
          open.push(c);
          names.push(findDuplicates && c === '{' ? new Set() : null);
          skipSpace();
          if (text[i] === (c === '{' ? '}' : ']')) {
            if (close()) return true;
          } else if (c === '{' && !key()) return false;
          continue;
        }
        let scalar: boolean;
        if (c === '"') scalar = string();
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) scalar = number();
        else scalar = literal('true') || literal('false') || literal('null');
        if (!scalar) return false;
        if (open.length === 0) return true;
        expectValue = false;
        continue;
      }
      // After a value inside a container: a comma, or the container's end.
      const top = open[open.length - 1];
      if (c === ',') {
        i += 1;
        if (top === '{' && !key()) return false;
        expectValue = true;
        continue;
      }
      if (c !== (top === '{' ? '}' : ']')) return false;
      if (close()) return true;
    }
  };

  /** A key and its colon, inside an object; false too at the first name said twice, if looked for. */
  const key = (): boolean => {
    skipSpace();
    const start = i;
    if (text[i] !== '"' || !string()) return false;
    const seen = names[names.length - 1];
    if (seen) {
      // Read as JSON only when written with an escape ("\u0069d" is "id").
      const raw = text.slice(start + 1, i - 1);
      const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      if (seen.has(name)) {
        duplicate = { key: name, offset: start };
        return false;
      }
      seen.add(name);
    }
    skipSpace();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };

  if (!value()) {
    if (duplicate !== null) return { errorOffset: null, duplicate };
    // A comma before a closing bracket is the slip, not the bracket: point at the comma.
    if (text[i] === ']' || text[i] === '}') {
      let before = i - 1;
      while (before >= 0 && /[ \t\n\r]/.test(text[before]!)) before -= 1;
      if (text[before] === ',') return { errorOffset: before, duplicate: null };
    }
    return { errorOffset: Math.min(i, length), duplicate: null };
  }
  skipSpace();
  return { errorOffset: i < length ? i : null, duplicate: null };
}

/**
 * Where `offset` is in `text`, as an editor shows it: the line (a line ends at LF, CRLF or a lone
 * CR) and the column, counted in characters (a character outside the BMP counts once), both
 * from 1. Import errors name the place with it in the UI language, rather than quoting the
 * browser's English description of the syntax error.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 };
}
