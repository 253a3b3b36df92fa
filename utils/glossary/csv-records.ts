/**
 * Reads CSV text into records (RFC 4180), each with the line it starts on, and names what breaks
 * the format with the line to fix: the glossary's CSV import (io.ts) reads its rows from these.
 */
import { shownText } from '../i18n/problem.ts';
import { fileProblem, type ImportProblem } from './import-problems.ts';

export interface CsvRecord {
  fields: string[];
  line: number;
  /** The last quoted field that ran past its line (see `RunOnQuote`). */
  runOn?: RunOnQuote;
}

/** A quoted field that ran past its line: where it opened, the line it closed on, its index. */
export interface RunOnQuote {
  line: number;
  end: number;
  field: number;
}

/**
 * Splits CSV text into records (RFC 4180), each with the line it starts on.
 *
 * A quote that breaks the format within one line (`12" wafer`, `"CUDA"x`) spoils its record
 * alone: it is named in `spoiled`, and the record is read on to its end (a quoted field with a
 * line break further along included, as a spreadsheet writes one) and dropped, so that one
 * import names every such row. A quote that runs past the end of its line cannot be told from a
 * field with a line break until later, and nothing after it can be trusted: there reading stops
 * (`broken`), with the records read before. So does a spoiled header.
 */
export function readCsvRecords(
  text: string,
  /** The line of Excel's `sep=,`, which is no record: the header comes after it. */
  separatorLine: number | undefined,
): {
  records: CsvRecord[];
  spoiled: ImportProblem[];
  broken?: ImportProblem;
} {
  const records: CsvRecord[] = [];
  const spoiled: ImportProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const n = text.length;
  /** The first quote that spoiled the record being read: the record is dropped at its end. */
  let spoiledBy: ImportProblem | null = null;
  /** The last quoted field of the record being read that ran past its line, and its end. */
  let runOn: RunOnQuote | undefined;
  const endRecord = () => {
    fields.push(field);
    if (spoiledBy !== null) {
      spoiled.push(spoiledBy);
    } else if (!fields.every((cell) => cell.trim() === '')) {
      // A blank line is not a record, nor a row of empty cells (a spreadsheet writes one for a
      // blank row that still has formatting).
      records.push({ fields, line: recordLine, ...(runOn ? { runOn } : {}) });
    }
    fields = [];
    field = '';
    atFieldStart = true;
    spoiledBy = null;
    runOn = undefined;
  };
  /** Stops the reading at a quote nothing after can be trusted, naming the record's spoiler. */
  const stop = (broken: ImportProblem) => {
    if (spoiledBy !== null) spoiled.push(spoiledBy);
    return { records, spoiled, broken };
  };
  /**
   * Names a quote that spoils its record, which is then read on and dropped at its end; in the
   * header it stops the reading. Returns whether reading stops.
   */
  const spoil = (problem: ImportProblem): boolean => {
    if (records.every((record) => record.line === separatorLine)) return true;
    spoiledBy ??= problem;
    return false;
  };
  while (i < n) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= n) {
          return stop(
            fileProblem(
              'csv-unclosed-quote',
              'A quoted field is never closed: the file is truncated or a quote is missing.',
              { line: quoteLine },
            ),
          );
        }
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\r' || c === '\n') {
          if (c === '\r' && text[i + 1] === '\n') i++;
          line++;
          field += '\n';
          i++;
          continue;
        }
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        // A quote left open swallows the lines after it, up to the next quote in the file,
        // where the reader first sees something wrong. The line to fix is where it opened.
        if (quoteLine < line) {
          return stop(
            fileProblem(
              'csv-quote-runs-on',
              `A quote opened on this line runs on to line ${line}, where a quote is followed by text. Close the quote on this line; or, if the field should hold line breaks, double any quote inside it ("") and move any text between its closing quote and the next comma on line ${line} inside the quotes.`,
              { line: quoteLine, params: { end: line } },
            ),
          );
        }
        const problem = fileProblem(
          'csv-text-after-quote',
          `Unexpected ${JSON.stringify(next)} after a closing quote; a field is either fully quoted or not quoted.`,
          { line, params: { character: shownText(next) } },
        );
        if (spoil(problem)) return stop(problem);
        // The text after the quote is read as unquoted, to the field's end.
      }
      // The last: a quote left open takes in the rest of its row, so it is the row's last
      // quoted field to close (a cell with a line break before it is the file's own).
      if (quoteLine < line) runOn = { line: quoteLine, end: line, field: fields.length };
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') {
      const problem = fileProblem(
        'csv-stray-quote',
        'A quote inside an unquoted field: put the whole field in quotes and double the quote ("").',
        { line },
      );
      if (spoil(problem)) return stop(problem);
      // Read as a character of the field, to the record's end.
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (spoiledBy !== null || field !== '' || fields.length > 0) endRecord();
  return { records, spoiled };
}

/** The line Excel may write before the header to name the delimiter (`sep=,`): no record. */
const EXCEL_SEPARATOR_LINE = /^sep=(.)$/i;

/**
 * The line the header is on and its text: the first line with something in it (blank lines,
 * and rows of empty cells, may come first), after Excel's `sep=` line if there is one, whose
 * line is given too. Errors about the header name this line, not line 1.
 */
export function findCsvHeaderLine(text: string): {
  header: { line: number; text: string } | null;
  separator: { line: number; delimiter: string } | null;
} {
  const lines = text.split(/\r\n|\r|\n/);
  let separator: { line: number; delimiter: string } | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!/[^,\s]/.test(line)) continue;
    const declared: RegExpExecArray | null =
      separator === null ? EXCEL_SEPARATOR_LINE.exec(line.trim()) : null;
    if (declared) {
      separator = { line: index + 1, delimiter: declared[1]! };
      continue;
    }
    return { header: { line: index + 1, text: line }, separator };
  }
  return { header: null, separator };
}
