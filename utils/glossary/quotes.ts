/**
 * Quotation marks as each script's readers write them. Character conversion keeps the marks, so a
 * Traditional text converted from Simplified kept the mainland's “…”, while Taiwan and Hong Kong
 * write 「…」, and 『…』 within; and the other way round.
 */

/** A text's quotation marks as Taiwan and Hong Kong write them: “…” → 「…」, ‘…’ → 『…』. */
export function traditionalQuotes(text: string): string {
  return (
    text
      .replace(/“/g, '「')
      .replace(/”/g, '」')
      .replace(/‘/g, '『')
      // A ’ between Latin letters is an apostrophe (Moore’s), and stays.
      .replace(/(?<![A-Za-z])’|’(?![A-Za-z])/g, '』')
  );
}

/** A text's quotation marks as the mainland writes them: 「…」 → “…”, 『…』 → ‘…’. */
export function simplifiedQuotes(text: string): string {
  return text.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’');
}
