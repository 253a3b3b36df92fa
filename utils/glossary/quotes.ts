/**
 * Quotation marks as each script's readers write them. Character conversion keeps the marks, so a
 * Traditional text converted from Simplified kept the mainland's “…”, while Taiwan and Hong Kong
 * write 「…」, and 『…』 within; and the other way round.
 */

/**
 * A text's quotation marks as Taiwan and Hong Kong write them: “…” → 「…」, ‘…’ → 『…』. A ’
 * between Latin letters (Moore’s, it’s), or one that closes no ‘ (the users’ data, ’90s, rock
 * ’n’ roll), is an apostrophe, and stays.
 */
const LATIN_LETTER = /^\p{Script=Latin}$/u;

export function traditionalQuotes(text: string): string {
  let open = 0;
  let out = '';
  let previous = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const apostrophe =
      char === '’' && LATIN_LETTER.test(previous) && LATIN_LETTER.test(chars[i + 1] ?? '');
    previous = char;
    if (apostrophe) {
      out += char;
      continue;
    }
    if (char === '“') out += '「';
    else if (char === '”') out += '」';
    else if (char === '‘') {
      open += 1;
      out += '『';
    } else if (char === '’' && open > 0) {
      open -= 1;
      out += '』';
    } else out += char;
  }
  return out;
}

/** A text's quotation marks as the mainland writes them: 「…」 → “…”, 『…』 → ‘…’. */
export function simplifiedQuotes(text: string): string {
  return text.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’');
}
