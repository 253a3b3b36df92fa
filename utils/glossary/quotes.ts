/**
 * Quotation marks as each script's readers write them. Character conversion keeps the marks, so a
 * Traditional text converted from Simplified kept the mainland's “…”, while Taiwan and Hong Kong
 * write 「…」, and 『…』 within; and the other way round.
 */

/**
 * A text's quotation marks as Taiwan and Hong Kong write them: “…” → 「…」, ‘…’ → 『…』. A ’ that
 * closes no ‘ is an apostrophe (Moore’s, the users’ data, ’90s, rock ’n’ roll), and stays.
 */
export function traditionalQuotes(text: string): string {
  let open = 0;
  let out = '';
  for (const char of text) {
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
