/**
 * Glossary import and export, as JSON and CSV.
 *
 * JSON: `{ "format": "jianfan-glossary", "version": 1, "terms": [Term, …] }`
 * (schema in `term.schema.ts`).
 *
 * CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled; UTF-8 with or without BOM; CRLF or LF). The
 * header names the columns, in any order:
 *
 *   id,hans,hant,tw,hk,en,aliases,category,definition_en,definition_hans,
 *   definition_hant,as_of,link,note_en,note_hans,note_hant,case_sensitive,protect
 *
 * The header needs a written-form column (`hans` or `hant`), `category` and a definition column
 * (one of `definition_en`, `definition_hans`, `definition_hant`); the other columns may be left
 * out or empty. A header without one is refused with a message naming the columns that would do
 * (`csv-missing-form-column`, `csv-missing-definition-column`); a row without any definition is
 * named at the file's first definition column. Of the three definition cells a term needs one;
 * an empty one is a language the term has no definition in (left out of the term, and exported
 * empty again). The three note cells likewise: empty, they are no note; one filled is a note in
 * that language. `aliases` are separated by `|`; `case_sensitive` and `protect` are `true`,
 * `false` or empty. A `category` is its key (`company`) or its label in any UI language (`公司`,
 * `機構`, `Company`), in JSON too; it is stored, and exported, as the key.
 * A column the header leaves out says nothing of its field: a term the file updates (by its id)
 * keeps what it has there; a column that is there with an empty cell clears the field.
 *
 * Filled in, in JSON and CSV alike, as the options page's term form fills them (complete.ts):
 * - an `id` left out or empty is made from the English name, or else from the Chinese form,
 *   clear of the reader's ids, the built-in terms' and the file's other ones (`name-2`…): such
 *   a term is always a new one, never an update;
 * - a `hant` left out or empty is the `hans` converted from Simplified (characters, Taiwan
 *   standard, no regional vocabulary), and a `hans` the `hant` converted from Taiwan
 *   Traditional; a term needs one of the two. A term whose id is one of the reader's (an
 *   update) keeps the reader's form instead when its other form is that term's as it was:
 *   only a changed name is converted. Definitions and notes are not filled in: there an empty
 *   language is one the term has no text in.
 * What was filled in for the terms added or updated is listed with the result (`filled`), for
 * the preview to show.
 *
 * Spreadsheet formulas: a cell that starts with `=`, `+`, `-` or `@` would run
 * as a formula when the file is opened in a spreadsheet. Export therefore
 * always prefixes such a cell with `'`; import removes that one `'` again and
 * rejects any other cell starting with one of these characters, asking for
 * the `'`. So an exported file imports back exactly.
 *
 * Import is pure: it reports what would be added or updated and applies
 * nothing. Any error rejects the whole file. Surrounding whitespace of every
 * value is trimmed. Converting needs the converter, which loads its dictionaries
 * asynchronously: `readGlossaryImport` asks it, then checks the file as
 * `parseGlossaryImport` does.
 */
import { LOCAL_QUOTA_BYTES, MAX_GLOSSARY_TERMS } from '../settings/quota.ts';
import {
  convertToFill,
  madeTermId,
  scriptToFill,
  type ConvertScript,
  type Script,
} from './complete.ts';
import { categoryFromName } from './category-names.ts';
import { findCsvHeaderLine, readCsvRecords, type RunOnQuote } from './csv-records.ts';
import { fileProblem, type ImportProblem } from './import-problems.ts';
import { firstDuplicateKey, firstJsonErrorOffset, lineAndColumn } from './json-error.ts';
import { describedValue, filePlace, shownText } from '../i18n/problem.ts';
import {
  type Term,
  type ValidationError,
  TERM_KEYS,
  TEXT_LANGUAGES,
  findFormClashes,
  formKey,
  termForms,
  validateTerm,
} from './schema.ts';

export const GLOSSARY_FORMAT = 'jianfan-glossary';
export const GLOSSARY_VERSION = 1;

export const CSV_COLUMNS = [
  'id',
  'hans',
  'hant',
  'tw',
  'hk',
  'en',
  'aliases',
  'category',
  'definition_en',
  'definition_hans',
  'definition_hant',
  'as_of',
  'link',
  'note_en',
  'note_hans',
  'note_hant',
  'case_sensitive',
  'protect',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The definition columns, in the order of the documented header. */
const DEFINITION_COLUMNS = ['definition_en', 'definition_hans', 'definition_hant'] as const;

/**
 * The columns a CSV file needs, each group by one of its columns at least, and the problem
 * naming a group the header lacks: a written form, the category, and a definition. The id and
 * the other written form are filled in when left out (see complete.ts); the other columns are
 * optional.
 */
const REQUIRED_CSV_COLUMNS: readonly {
  columns: readonly CsvColumn[];
  missing: (line: number) => ImportProblem;
}[] = [
  {
    columns: ['hans', 'hant'],
    missing: (line) =>
      fileProblem('csv-missing-form-column', 'The header needs a "hans" or a "hant" column.', {
        line,
      }),
  },
  {
    columns: ['category'],
    missing: (line) =>
      fileProblem('csv-missing-column', 'The header has no "category" column.', {
        line,
        field: 'category',
        params: { column: 'category' },
      }),
  },
  {
    columns: DEFINITION_COLUMNS,
    missing: (line) =>
      fileProblem(
        'csv-missing-definition-column',
        `The header needs a definition column, one of ${DEFINITION_COLUMNS.join(', ')}.`,
        { line },
      ),
  },
];

/** A field import filled in because the file left it empty (see complete.ts). */
export type FilledField = 'id' | Script;

/** The fields filled in for the term with this id, for the preview to show. */
export interface FilledTerm {
  id: string;
  fields: FilledField[];
}

/**
 * A term that could not be completed, as the term form names it (`DraftFillProblem`):
 * `form-missing`, neither written form (named on `hans`); `convert-failed`, the converter
 * did not answer for the form to fill in. The file is refused, as for any error.
 */
export interface ImportFillProblem {
  line?: number;
  /** The column (CSV) or the field path (JSON), as in `ImportProblem`. */
  field: string;
  code: 'form-missing' | 'convert-failed';
  /** English, for logs and tests. */
  message: string;
}

export type GlossaryImportResult =
  | {
      ok: true;
      /** Terms whose id is not in `existing`. */
      adds: Term[];
      /** Terms whose id is in `existing` with different content. */
      updates: Term[];
      /** How many terms are identical to the existing term with their id. */
      unchanged: number;
      /** The terms (adds and updates) with fields filled in, in the order of the file. */
      filled: FilledTerm[];
    }
  | {
      ok: false;
      errors: ImportProblem[];
      /** Terms that could not be completed; refused as `errors` are, and listed with them. */
      fillProblems?: ImportFillProblem[];
    };

export interface ParseGlossaryImportOptions {
  format?: 'json' | 'csv' | 'auto';
  /** The terms the import would be applied to (the user's terms). */
  existing?: readonly Term[];
  /** The built-in terms' ids: an id import makes is none of them, nor of `existing`. */
  builtInIds?: Iterable<string>;
  maxBytes?: number;
  maxTerms?: number;
}

const MAX_REPORTED_ERRORS = 50;
const FORMULA_START = /^[=+\-@]/;
const NEUTRALISED_FORMULA = /^'+[=+\-@\t\r]/;

/** A record read from the file, not yet validated. */
interface RawTerm {
  value: Record<string, unknown>;
  line: number | undefined;
  /** Path prefix of the record's fields in error messages (JSON) or undefined (CSV). */
  path: string | undefined;
  /**
   * CSV: the row's last quoted field that ran past its line (see `quoteSpansLines`), and the
   * columns from it on, which a quote left open there would have shifted or filled.
   */
  runOn?: { quote: RunOnQuote; columns: readonly string[] };
  /** CSV: the file's first definition column, which a row without a definition is named at. */
  definitionColumn?: string;
  /**
   * CSV: the columns the header does not have. The file says nothing of those fields: a term it
   * updates keeps them as they are (see `keepAbsentColumns`).
   */
  absent?: readonly CsvColumn[];
}

/**
 * A file read into raw terms. A refused file may still carry the rows it read well (`records`,
 * CSV only): they are checked term by term too, so that one import names a bad row and a
 * truncated file's broken quote alike, rather than the first of them only.
 */
type Parsed =
  | { ok: true; records: RawTerm[] }
  | {
      ok: false;
      errors: ImportProblem[];
      records?: RawTerm[];
      /** A quote that broke the file's format: it says why the rest was not read. */
      broken?: ImportProblem;
    };

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Trims the strings of a term's fields. A term nests two levels at most (`definition.en`,
 * `aliases[0]`); anything deeper is left as it is for validation to refuse, so a file of deeply
 * nested lists cannot exhaust the stack.
 */
function trimStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.trim();
  if (depth >= 3) return value;
  if (Array.isArray(value)) return value.map((inner) => trimStrings(inner, depth + 1));
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines own properties: a "__proto__" key stays a field (which validation
    // refuses as unknown) instead of replacing the prototype.
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, trimStrings(inner, depth + 1)]),
    );
  }
  return value;
}

// ---------------------------------------------------------------- JSON

/**
 * Offsets where each element of the top-level `terms` array starts, read from
 * text that JSON.parse has already accepted, so error messages can name lines.
 */
function termOffsetsInJson(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let lastKeyAtDepth1: string | undefined;
  let termsDepth = -1;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (depth === termsDepth && expectValue && ch !== ']') {
      offsets.push(i);
      expectValue = false;
    }
    if (ch === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (depth === 1 && termsDepth === -1) {
        // A key or a value at the top level; a key is followed by a colon.
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text[j] === ':') lastKeyAtDepth1 = JSON.parse(text.slice(start, i + 1)) as string;
      }
      continue;
    }
    if (ch === '{' || ch === '[') {
      depth++;
      if (ch === '[' && depth === 2 && lastKeyAtDepth1 === 'terms' && termsDepth === -1) {
        termsDepth = depth;
        expectValue = true;
      }
      continue;
    }
    if (ch === '}' || ch === ']') {
      if (depth === termsDepth && ch === ']') termsDepth = -2;
      depth--;
      continue;
    }
    if (ch === ',' && depth === termsDepth) expectValue = true;
  }
  return offsets;
}

function parseJson(text: string): Parsed {
  const starts = lineStarts(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The place comes from our own scan, not from the browser's message: that is English, and
    // V8's gives no position for a trailing comma, a comment or a single quote. The scan follows
    // the grammar JSON.parse does; should they ever disagree, the end of the text is named.
    const message = error instanceof Error ? error.message : String(error);
    const offset = firstJsonErrorOffset(text) ?? text.length;
    const { line, column } = lineAndColumn(text, offset);
    return {
      ok: false,
      errors: [
        offset >= text.trimEnd().length
          ? fileProblem('json-truncated', 'The JSON ends too early: the file looks truncated.', {
              line,
            })
          : fileProblem(
              'json-invalid',
              `The file is not valid JSON at line ${line}, column ${column} (${message}).`,
              { line, params: { line, column } },
            ),
      ],
    };
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== null) {
    const { line } = lineAndColumn(text, duplicate.offset);
    return {
      ok: false,
      errors: [
        fileProblem(
          'json-duplicate-key',
          `The name "${duplicate.key}" is written twice in one object; only the last would be read.`,
          { line, params: { key: duplicate.key } },
        ),
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        fileProblem(
          'not-glossary-object',
          `A glossary file is an object {"format": "${GLOSSARY_FORMAT}", "version": 1, "terms": [...]}.`,
          { params: { format: GLOSSARY_FORMAT, version: GLOSSARY_VERSION } },
        ),
      ],
    };
  }
  const root = data as Record<string, unknown>;
  const errors: ImportProblem[] = [];
  if (root['format'] !== GLOSSARY_FORMAT) {
    errors.push(
      fileProblem('wrong-format', `must be "${GLOSSARY_FORMAT}"`, {
        field: 'format',
        params: { format: GLOSSARY_FORMAT },
      }),
    );
  }
  const version = root['version'];
  if (version !== GLOSSARY_VERSION) {
    errors.push(
      // A newer file has a whole version number; 1.5, or 1e400 (read as Infinity), is no version.
      typeof version === 'number' && Number.isSafeInteger(version) && version > GLOSSARY_VERSION
        ? fileProblem(
            'newer-version',
            `The file is glossary version ${version}, made by a newer Jianfan Reader; this one reads version ${GLOSSARY_VERSION}.`,
            { field: 'version', params: { version, supported: GLOSSARY_VERSION } },
          )
        : fileProblem('wrong-version', `must be ${GLOSSARY_VERSION}`, {
            field: 'version',
            params: { version: GLOSSARY_VERSION },
          }),
    );
  }
  for (const key of Object.keys(root)) {
    if (key !== 'format' && key !== 'version' && key !== 'terms') {
      errors.push(fileProblem('unknown-field', 'is not a known field', { field: key }));
    }
  }
  const terms = root['terms'];
  if (!Array.isArray(terms)) {
    errors.push(fileProblem('terms-not-array', 'must be an array of terms', { field: 'terms' }));
    return { ok: false, errors };
  }
  if (errors.length > 0) return { ok: false, errors };
  const offsets = termOffsetsInJson(text);
  const records: RawTerm[] = [];
  for (let index = 0; index < terms.length; index++) {
    const value: unknown = terms[index];
    const path = `terms[${index}]`;
    const offset = offsets[index];
    const line = offset === undefined ? undefined : lineAt(starts, offset);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(
        fileProblem('not-object', 'must be an object', {
          line,
          field: path,
          params: { got: describedValue(value) },
        }),
      );
      continue;
    }
    records.push({ value: trimStrings(value) as Record<string, unknown>, line, path });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records };
}

// ---------------------------------------------------------------- CSV

/**
 * Whether the text of field `k` of a row, which ran past its line, reads as rows of the file that
 * a quote left open took in: split at its commas, a line of it has the cells a row has there, with
 * a category in the `category` column of the header (`columns`), as every row has,
 * and no cell but the field's own starting with a space, as a sentence's words do after a comma.
 * The first line is the rest of the opening row (columns `k` on), a line after it a whole row,
 * and the last the start of a row up to the closing quote (columns up to `k`). A definition or a
 * note may hold line breaks, commas, lists and figures, but not a category word at exactly that
 * cell of a line of exactly that width. Such a field is refused even in a row of the right width,
 * where nothing else would show that rows went missing.
 */
function readsAsRows(text: string, columns: readonly string[], k: number): boolean {
  const width = columns.length;
  const at = columns.indexOf('category');
  if (at === -1) return false;
  // A category is written by its key or by its label (see `categoryFromName`).
  const isCategory = (cell: string | undefined) => categoryFromName(cell ?? '') !== undefined;
  // A file's cells follow their commas at once; a sentence's words after a space.
  const tight = (cells: readonly string[]) => cells.every((cell) => !/^\s/.test(cell));
  const lines = text.split('\n').map((line) => line.split(','));
  return lines.some((cells, index) => {
    // The field's own text, at the start of the first line and the end of the last, may hold
    // commas of its own: the row's cells are counted from the other end.
    if (index === 0) {
      const after = width - k - 1;
      return (
        at > k &&
        cells.length >= width - k &&
        tight(cells.slice(-after)) &&
        isCategory(cells[cells.length - (width - at)])
      );
    }
    if (index === lines.length - 1) {
      return at < k && cells.length >= k + 1 && tight(cells.slice(0, k)) && isCategory(cells[at]);
    }
    return cells.length === width && tight(cells) && isCategory(cells[at]);
  });
}

/**
 * Said beside the problems of a row with a quoted field that ran past its line: a field may hold
 * line breaks, but a quote left open takes the lines after it into the field, up to the next
 * quote in the file, and the row's problems (its width, a shifted cell) then come from that.
 */
function quoteSpansLines(quote: RunOnQuote): ImportProblem {
  return fileProblem(
    'csv-quote-spans-rows',
    `A quoted field opened on this line runs on to line ${quote.end}. If it should not hold line breaks, a closing quote is missing on this line.`,
    { line: quote.line, params: { end: quote.end } },
  );
}

function parseBooleanCell(cell: string): boolean | string | undefined {
  if (cell === '') return undefined;
  const lower = cell.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return cell;
}

function parseCsv(text: string): Parsed {
  const { header: headerLine, separator } = findCsvHeaderLine(text);
  // What Excel's `sep=` line names, else what the header is split by when it has no comma.
  const delimiterLine =
    separator !== null && separator.delimiter !== ','
      ? { line: separator.line, text: separator.delimiter }
      : headerLine;
  if (delimiterLine !== null && !delimiterLine.text.includes(',')) {
    for (const [delimiter, name, code] of [
      [';', 'semicolons (;)', 'csv-semicolons'],
      ['\t', 'tabs', 'csv-tabs'],
    ] as const) {
      if (delimiterLine.text.includes(delimiter)) {
        return {
          ok: false,
          errors: [
            fileProblem(
              code,
              `The fields are separated by ${name}; a glossary CSV file separates them with commas (,).`,
              { line: delimiterLine.line },
            ),
          ],
        };
      }
    }
  }
  const read = readCsvRecords(text, separator?.line);
  /** A quote that breaks the format: named after the problems of the rows before it. */
  const broken = read.broken ?? null;
  const [header, ...rows] = read.records.filter((record) => record.line !== separator?.line);
  if (header === undefined) {
    return {
      ok: false,
      errors: [broken ?? fileProblem('empty-file', 'The file is empty.')],
    };
  }

  const errors: ImportProblem[] = [];
  const columns: CsvColumn[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push(
        fileProblem(
          'csv-unknown-column',
          `Column ${index + 1} "${raw}" is not a glossary column (expected: ${CSV_COLUMNS.join(',')}).`,
          {
            line: header.line,
            field: raw,
            params: { index: index + 1, column: shownText(raw), columns: CSV_COLUMNS },
          },
        ),
      );
    } else if (columns.includes(name as CsvColumn)) {
      errors.push(
        fileProblem('csv-repeated-column', `Column "${name}" appears twice in the header.`, {
          line: header.line,
          field: name,
          params: { column: name },
        }),
      );
    }
    columns.push(name as CsvColumn);
  });
  for (const group of REQUIRED_CSV_COLUMNS) {
    if (!group.columns.some((column) => columns.includes(column))) {
      errors.push(group.missing(header.line));
    }
  }
  if (errors.length > 0) return { ok: false, errors, ...(broken ? { broken } : {}) };
  /** Named for a row with no definition: the file's first definition column. */
  const definitionColumn = columns.find((column) =>
    (DEFINITION_COLUMNS as readonly string[]).includes(column),
  );

  const absent = CSV_COLUMNS.filter((column) => !columns.includes(column));

  // The rows a quote spoiled, in with the problems of the rows read.
  errors.push(...read.spoiled);
  const records: RawTerm[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      errors.push(
        fileProblem(
          'csv-field-count',
          `This row has ${row.fields.length} fields but the header has ${columns.length}; check the commas and quotes.`,
          { line: row.line, params: { count: row.fields.length, expected: columns.length } },
        ),
      );
      if (row.runOn) errors.push(quoteSpansLines(row.runOn));
      continue;
    }
    if (row.runOn && readsAsRows(row.fields[row.runOn.field]!, columns, row.runOn.field)) {
      const { line, end } = row.runOn;
      errors.push(
        fileProblem(
          'csv-quote-holds-rows',
          `A quoted field opened on this line runs on to line ${end} and holds what reads as rows of the file: a closing quote is probably missing on this line.`,
          { line, params: { end } },
        ),
      );
      continue;
    }
    const cells = new Map<CsvColumn, string>();
    /** The columns whose cells would run as formulas. */
    const formulaColumns: number[] = [];
    row.fields.forEach((raw, index) => {
      const column = columns[index]!;
      let cell = raw.trim();
      if (NEUTRALISED_FORMULA.test(cell)) {
        cell = cell.slice(1);
      } else if (FORMULA_START.test(cell)) {
        errors.push(
          fileProblem(
            'csv-formula',
            `starts with "${cell[0]}", which a spreadsheet would run as a formula; start the cell with ' to keep it as text.`,
            { line: row.line, field: column, params: { character: cell[0] ?? '' } },
          ),
        );
        formulaColumns.push(index);
      }
      cells.set(column, cell);
    });
    if (formulaColumns.length > 0) {
      if (row.runOn && formulaColumns.some((index) => index >= row.runOn!.field)) {
        errors.push(quoteSpansLines(row.runOn));
      }
      continue;
    }

    const value: Record<string, unknown> = {};
    const take = (column: CsvColumn): string | undefined => {
      const cell = cells.get(column);
      return cell === undefined || cell === '' ? undefined : cell;
    };
    const set = (key: string, cell: string | boolean | string[] | undefined) => {
      if (cell !== undefined) value[key] = cell;
    };
    set('id', take('id'));
    set('hans', take('hans'));
    set('hant', take('hant'));
    set('tw', take('tw'));
    set('hk', take('hk'));
    set('en', take('en'));
    const aliases = take('aliases')
      ?.split('|')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '');
    set('aliases', aliases !== undefined && aliases.length > 0 ? aliases : undefined);
    set('category', take('category'));
    for (const group of ['definition', 'note'] as const) {
      const texts: Record<string, string> = {};
      for (const lang of ['en', 'hans', 'hant'] as const) {
        const cell = take(`${group}_${lang}`);
        if (cell !== undefined) texts[lang] = cell;
      }
      // Three empty definition cells give an empty definition, which the validator names as
      // such ("needs a text in at least one language"); empty note cells are no note, and a
      // note in some languages only has those.
      if (group === 'definition' || Object.keys(texts).length > 0) value[group] = texts;
    }
    set('asOf', take('as_of'));
    set('link', take('link'));
    set('caseSensitive', parseBooleanCell(take('case_sensitive') ?? ''));
    set('protect', parseBooleanCell(take('protect') ?? ''));
    records.push({
      value,
      line: row.line,
      path: undefined,
      ...(definitionColumn !== undefined ? { definitionColumn } : {}),
      absent,
      ...(row.runOn
        ? { runOn: { quote: row.runOn, columns: columns.slice(row.runOn.field) } }
        : {}),
    });
  }
  if (broken) return { ok: false, errors, records, broken };
  if (errors.length > 0) return { ok: false, errors, records };
  return { ok: true, records };
}

/**
 * Maps a validator path (`term.definition.en`) to the CSV column (`definition_en`). A definition
 * missing altogether has no column of that name: it is named at `definitionColumn`, the file's
 * first definition column.
 */
function csvColumnOf(path: string, definitionColumn = 'definition_en'): string {
  const key = path.replace(/^term\.?/, '').replace(/\[\d+\]$/, '');
  if (key === 'asOf') return 'as_of';
  if (key === 'definition') return definitionColumn;
  if (key === 'caseSensitive') return 'case_sensitive';
  return key.replace('.', '_');
}

// ---------------------------------------------------------------- import

/** A term with its keys in the documented order, for comparing and exporting. */
export function canonicalTerm(term: Term): Term {
  const out: Record<string, unknown> = {};
  for (const key of TERM_KEYS) {
    const value = term[key];
    if (value === undefined) continue;
    if (key === 'definition' || key === 'note') {
      // A reader's definition may lack a language: the key stays out rather than read undefined.
      const text = value as Term['definition'];
      const ordered: Record<string, string> = {};
      for (const language of TEXT_LANGUAGES) {
        if (text[language] !== undefined) ordered[language] = text[language];
      }
      out[key] = ordered;
    } else if (key === 'aliases') {
      out[key] = [...(value as string[])];
    } else {
      out[key] = value;
    }
  }
  return out as unknown as Term;
}

function sameTerm(a: Term, b: Term): boolean {
  return JSON.stringify(canonicalTerm(a)) === JSON.stringify(canonicalTerm(b));
}

function detectFormat(text: string): 'json' | 'csv' {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/**
 * The largest import. Whatever the glossary can hold must come back from its own export:
 * storage.local holds 10 MB (LOCAL_QUOTA_BYTES), and the smallest term a file can have
 * (`{"id":"a","hans":"a","hant":"a","category":"term","definition":{…"a"…}}`) takes 96 bytes
 * stored, so no more than 108,100 terms fit; the JSON export is larger than what is stored
 * (indentation: 2.07× for terms with many short aliases). Before, a file was limited to 20 MB
 * and 100,000 terms, and a glossary of 100,200 minimal terms, which fits, exported a file it
 * refused.
 */
export const MAX_IMPORT_BYTES = 3 * LOCAL_QUOTA_BYTES;
export const MAX_IMPORT_TERMS = MAX_GLOSSARY_TERMS;

/**
 * Reads a glossary file the reader chose: `parseGlossaryImport`, with the written forms the
 * file left empty converted by `convert` (the extension's converter, as the term form uses
 * it). The converter is asked only when a term needs it, each text once; when it fails
 * (its dictionaries could not be loaded), the terms it was to complete are named in
 * `fillProblems`, and the file can be chosen again.
 */
export async function readGlossaryImport(
  text: string | null,
  { convert, ...options }: ParseGlossaryImportOptions & { convert: ConvertScript },
): Promise<GlossaryImportResult> {
  const read = readGlossaryFile(text, options);
  if ('done' in read) return read.done;
  const converted = new Map<string, string>();
  const existingById = existingTermsById(options.existing ?? []);
  for (const { text: from, to } of conversionsWanted(read.parsed.records ?? [], existingById)) {
    try {
      converted.set(conversionKey(from, to), await convertToFill(from, to, convert));
    } catch {
      // The converter keeps failing once its dictionaries did not load: the terms left are
      // named as not filled in, as the term form names its field.
      break;
    }
  }
  return checkGlossaryImport(read.parsed, options, (from, to) =>
    converted.get(conversionKey(from, to)),
  );
}

/**
 * Checks a glossary file and sorts its terms into adds and updates against `existing`,
 * applying nothing. A written form the file leaves empty is filled from `converted` (by
 * `readGlossaryImport`, which converts them first); without it, such a term is named in
 * `fillProblems` as not converted.
 */
export function parseGlossaryImport(
  text: string | null,
  options: ParseGlossaryImportOptions & { converted?: ConvertedText } = {},
): GlossaryImportResult {
  const read = readGlossaryFile(text, options);
  if ('done' in read) return read.done;
  return checkGlossaryImport(read.parsed, options, options.converted ?? (() => undefined));
}

function existingTermsById(existing: readonly Term[]): ReadonlyMap<string, Term> {
  return new Map(existing.map((term) => [term.id, term]));
}

/** A text converted to `to`, or undefined when it could not be. */
export type ConvertedText = (text: string, to: Script) => string | undefined;

function conversionKey(text: string, to: Script): string {
  return `${to}\u0000${text}`;
}

/** A string field's value, or '' when it is missing or not a string. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Whether a field is missing or empty: what the reader leaves to be filled in. */
function isLeftEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

/**
 * The written form a record leaves empty with the other one given, as a string: which to fill
 * from which (see `scriptToFill`), and `kept`, the form it keeps, for an update (an id of the
 * reader's terms) whose other form is that term's: the row leaves the name as it was, and the
 * reader's own form of it (輝達, say) stays rather than give way to a conversion (英偉達).
 * Forms compare as the page's search reads them (full-width letters as half-width). When the
 * other form changed, the empty one is converted from it. A form that is no string is
 * left for validation to refuse.
 */
function formToFill(
  value: Record<string, unknown>,
  existingById: ReadonlyMap<string, Term>,
): { from: Script; to: Script; kept?: string } | null {
  const { hans, hant } = value;
  if (!isLeftEmpty(hans) && typeof hans !== 'string') return null;
  if (!isLeftEmpty(hant) && typeof hant !== 'string') return null;
  const fill = scriptToFill(textOf(hans), textOf(hant));
  if (fill === null) return null;
  const id = value['id'];
  const current = typeof id === 'string' ? existingById.get(id) : undefined;
  // As the page's search compares them: ＡＩ芯片 is AI芯片 in other letters, not another name.
  const given = textOf(value[fill.from]).trim();
  if (current !== undefined && formKey(current[fill.from], false) === formKey(given, false)) {
    return { ...fill, kept: current[fill.to] };
  }
  return fill;
}

/** The conversions completing the records needs, each text once. */
function conversionsWanted(
  records: readonly RawTerm[],
  existingById: ReadonlyMap<string, Term>,
): { text: string; to: Script }[] {
  const wanted = new Map<string, { text: string; to: Script }>();
  for (const record of records) {
    const fill = formToFill(record.value, existingById);
    if (fill === null || fill.kept !== undefined) continue;
    const text = textOf(record.value[fill.from]).trim();
    wanted.set(conversionKey(text, fill.to), { text, to: fill.to });
  }
  return [...wanted.values()];
}

/** The fields of a term that one CSV column holds on its own. */
const FIELD_OF_COLUMN: Partial<Record<CsvColumn, keyof Term>> = {
  tw: 'tw',
  hk: 'hk',
  en: 'en',
  aliases: 'aliases',
  as_of: 'asOf',
  link: 'link',
  case_sensitive: 'caseSensitive',
  protect: 'protect',
};

/**
 * A CSV row updating the reader's term `current` keeps what that term has in the columns the
 * file does not have (`absent`): a file of ids, names and English definitions says nothing of
 * the aliases, the link or the Chinese definitions, and would otherwise clear them. A column
 * that is there with its cell empty still clears the field, as the export writes "none". The
 * written forms and the id are not taken here: a form left out is filled in (see `formToFill`).
 */
function keepAbsentColumns(
  value: Record<string, unknown>,
  current: Term,
  absent: readonly CsvColumn[],
): void {
  for (const column of absent) {
    const key = FIELD_OF_COLUMN[column];
    if (key !== undefined) {
      const kept = current[key];
      if (kept !== undefined) value[key] = Array.isArray(kept) ? [...kept] : kept;
      continue;
    }
    for (const group of ['definition', 'note'] as const) {
      for (const language of TEXT_LANGUAGES) {
        if (column !== `${group}_${language}`) continue;
        const kept = current[group]?.[language];
        if (kept === undefined) continue;
        const texts = value[group];
        value[group] = { ...(isRecordValue(texts) ? texts : {}), [language]: kept };
      }
    }
  }
}

function isRecordValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface CompletedRecords {
  records: RawTerm[];
  /** For each record, the fields filled in. */
  filled: FilledField[][];
  /** For each record, the validator paths whose errors a fill problem stands for. */
  covered: Set<string>[];
  problems: ImportFillProblem[];
}

/**
 * Fills in what the records leave empty, as the term form does (see complete.ts): a written
 * form from the other, converted (or, for an update that leaves the other as it was, the
 * reader's own, see `formToFill`), and an id made from the name, clear of `takenIds`, of the
 * ids the file gives, and of the ids made for the records before. A record without an id is
 * always a new term: its made id is none of the reader's.
 */
function completeRecords(
  records: readonly RawTerm[],
  {
    takenIds,
    existingById,
  }: { takenIds: ReadonlySet<string>; existingById: ReadonlyMap<string, Term> },
  converted: ConvertedText,
): CompletedRecords {
  const taken = new Set(takenIds);
  for (const record of records) {
    const id = record.value['id'];
    if (typeof id === 'string' && id !== '') taken.add(id);
  }
  const done: CompletedRecords = { records: [], filled: [], covered: [], problems: [] };
  for (const record of records) {
    const value = { ...record.value };
    const updated = typeof value['id'] === 'string' ? existingById.get(value['id']) : undefined;
    if (updated !== undefined && record.absent) keepAbsentColumns(value, updated, record.absent);
    // A category written as its label (公司, Company) is stored as its key: a file is often
    // written by hand or in a spreadsheet, in the words the term form shows.
    const category = value['category'];
    if (typeof category === 'string') value['category'] = categoryFromName(category) ?? category;
    const filled: FilledField[] = [];
    const covered = new Set<string>();
    const fieldName = (key: string) => (record.path === undefined ? key : `${record.path}.${key}`);
    const problem = (code: ImportFillProblem['code'], key: Script, message: string) => {
      done.problems.push({
        ...(record.line !== undefined ? { line: record.line } : {}),
        field: fieldName(key),
        code,
        message,
      });
    };
    const fill = formToFill(value, existingById);
    if (fill?.kept !== undefined) {
      // The reader's own form, as it is: not filled in by import.
      value[fill.to] = fill.kept;
    } else if (fill !== null) {
      const text = converted(textOf(value[fill.from]).trim(), fill.to);
      if (text === undefined) {
        problem(
          'convert-failed',
          fill.to,
          'Could not fill this in by converting the other script. Fill it in, or try again.',
        );
        covered.add(`term.${fill.to}`);
      } else {
        value[fill.to] = text;
        filled.push(fill.to);
      }
    } else if (isLeftEmpty(value['hans']) && isLeftEmpty(value['hant'])) {
      problem('form-missing', 'hans', 'needs the term in Simplified (hans) or Traditional (hant).');
      covered.add('term.hans').add('term.hant');
    }
    if (isLeftEmpty(value['id'])) {
      const id = madeTermId(
        { en: textOf(value['en']), hans: textOf(value['hans']), hant: textOf(value['hant']) },
        taken,
      );
      if (id !== '') {
        value['id'] = id;
        taken.add(id);
        filled.unshift('id');
      } else {
        // Nothing to make it from: the written forms' problem is the one to fix.
        covered.add('term.id');
      }
    }
    done.records.push({ ...record, value });
    done.filled.push(filled);
    done.covered.push(covered);
  }
  return done;
}

/** The file read into records, or the result when it was refused before that. */
function readGlossaryFile(
  text: string | null,
  {
    format = 'auto',
    maxBytes = MAX_IMPORT_BYTES,
    maxTerms = MAX_IMPORT_TERMS,
  }: ParseGlossaryImportOptions,
): { done: GlossaryImportResult } | { parsed: Parsed } {
  const refused = (problem: ImportProblem) => ({
    done: { ok: false as const, errors: [problem] },
  });
  if (typeof text !== 'string') {
    return refused(
      fileProblem(
        'not-text',
        'The file is not text in UTF-8. Save it as UTF-8 (in Excel: “CSV UTF-8”) and choose it again.',
      ),
    );
  }
  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    return refused(
      fileProblem(
        'too-large',
        `The file is ${bytes} bytes; glossary files are limited to ${maxBytes} bytes.`,
        { params: { bytes, max: maxBytes } },
      ),
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refused(fileProblem('empty-file', 'The file is empty.'));

  const kind = format === 'auto' ? detectFormat(body) : format;
  const parsed = kind === 'json' ? parseJson(body) : parseCsv(body);
  if (parsed.ok && parsed.records.length > maxTerms) {
    return refused(
      fileProblem(
        'too-many-terms',
        `The file has ${parsed.records.length} terms; at most ${maxTerms} can be imported at once.`,
        { params: { count: parsed.records.length, max: maxTerms } },
      ),
    );
  }
  return { parsed };
}

function checkGlossaryImport(
  parsed: Parsed,
  { existing = [], builtInIds = [] }: ParseGlossaryImportOptions,
  converted: ConvertedText,
): GlossaryImportResult {
  const completed = completeRecords(
    parsed.records ?? [],
    {
      takenIds: new Set([...builtInIds, ...existing.map((term) => term.id)]),
      existingById: existingTermsById(existing),
    },
    converted,
  );
  const fillProblems = completed.problems.slice(0, MAX_REPORTED_ERRORS);
  /** Fill problems past those listed, counted in with the errors. */
  const moreFillProblems = completed.problems.length - fillProblems.length;
  const fieldOf = (record: RawTerm, path: string): string =>
    record.path === undefined
      ? csvColumnOf(path, record.definitionColumn)
      : path.replace(/^term/, record.path);
  /**
   * The problems of each record's term, with the record's line and field, and a word on a
   * quoted field of the row that ran past its line, which a quote left open does, when a
   * problem is in its column or a later one. A problem of a field that could not be filled
   * in is left to the fill problem that says why.
   */
  const termProblems = (index: number, problems: readonly ValidationError[]): ImportProblem[] => {
    const record = completed.records[index]!;
    const covered = completed.covered[index]!;
    const found = problems
      .filter((problem) => !covered.has(problem.path))
      .map((problem) =>
        fileProblem(problem.code, problem.message, {
          line: record.line,
          field: fieldOf(record, problem.path),
          params: problem.params,
        }),
      );
    // Only the run-on field's column and the ones after it can be a quote left open's work.
    const runOn = record.runOn;
    if (runOn && found.some((problem) => runOn.columns.includes(problem.field ?? ''))) {
      found.push(quoteSpansLines(runOn.quote));
    }
    return found;
  };
  /** The result refusing the file, with the fill problems when there are any. */
  const refused = (errors: ImportProblem[]): GlossaryImportResult => {
    if (fillProblems.length === 0) return { ok: false, errors };
    if (moreFillProblems > 0) {
      errors.push(
        fileProblem('more-problems', `…and ${moreFillProblems} more problems.`, {
          params: { count: moreFillProblems },
        }),
      );
    }
    return { ok: false, errors, fillProblems };
  };
  if (!parsed.ok) {
    const errors = [...parsed.errors];
    completed.records.forEach((record, index) => {
      const result = validateTerm(record.value, { path: 'term' });
      if (!result.ok) errors.push(...termProblems(index, result.errors));
    });
    // In the order of the file, the first by line when there are more than are listed; a
    // broken quote is always listed, since it says why the rows after it were not read.
    const byLine = (a: ImportProblem, b: ImportProblem) => (a.line ?? 0) - (b.line ?? 0);
    errors.sort(byLine);
    const always = parsed.broken ? [parsed.broken] : [];
    const room = MAX_REPORTED_ERRORS - always.length;
    const listed = [...errors.slice(0, room), ...always].sort(byLine);
    const more = errors.length - Math.min(errors.length, room);
    if (more > 0) {
      listed.push(
        fileProblem('more-problems', `…and ${more} more problems.`, { params: { count: more } }),
      );
    }
    return refused(listed);
  }

  const errors: ImportProblem[] = [];
  const terms: Term[] = [];
  const accepted: RawTerm[] = [];
  const filledOf: FilledField[][] = [];
  completed.records.forEach((record, index) => {
    const result = validateTerm(record.value, { path: 'term' });
    if (!result.ok) {
      errors.push(...termProblems(index, result.errors));
      return;
    }
    terms.push(canonicalTerm(result.term));
    accepted.push(record);
    filledOf.push(completed.filled[index]!);
  });
  const lines = accepted.map((record) => record.line);
  // The name of a term's field in messages: the JSON path or the CSV column.
  const fieldName = (index: number, key: string): string => {
    const path = accepted[index]?.path;
    return path === undefined ? (key === 'alias' ? 'aliases' : key) : `${path}.${key}`;
  };
  if (errors.length > 0 || fillProblems.length > 0) return refused(capErrors(errors));
  const place = (index: number) => filePlace({ line: lines[index], index });
  const where = (index: number): string => {
    const line = lines[index];
    return line === undefined ? `term ${index + 1}` : `line ${line}`;
  };
  const firstById = new Map<string, number>();
  terms.forEach((term, index) => {
    const first = firstById.get(term.id);
    if (first !== undefined) {
      errors.push(
        fileProblem(
          'duplicate-id',
          `The id "${term.id}" is used twice (first at ${where(first)}).`,
          {
            line: lines[index],
            field: fieldName(index, 'id'),
            params: { id: term.id, first: place(first) },
          },
        ),
      );
    } else {
      firstById.set(term.id, index);
    }
  });
  for (const clash of findFormClashes(terms)) {
    const owner = terms[clash.firstIndex]!.id;
    errors.push(
      fileProblem(
        'form-clash',
        `The written form "${clash.form}" also belongs to "${owner}" (${where(clash.firstIndex)}); a form can belong to one term only.`,
        {
          line: lines[clash.secondIndex],
          field: fieldName(clash.secondIndex, formFieldOf(terms[clash.secondIndex]!, clash.form)),
          params: { form: clash.form, owner, first: place(clash.firstIndex) },
        },
      ),
    );
  }
  // A form an existing term of another id has already: refused, as the term form refuses it.
  // Kept, the glossary would hold two terms with one form, and its own export, which refuses
  // that, would not import back.
  const imported = new Set(terms.map((term) => term.id));
  const others = existing.filter((term) => !imported.has(term.id));
  for (const clash of findFormClashes([...others, ...terms])) {
    if (clash.secondIndex < others.length || clash.firstIndex >= others.length) continue;
    const index = clash.secondIndex - others.length;
    const owner = others[clash.firstIndex]!.id;
    errors.push(
      fileProblem(
        'form-exists',
        `"${clash.form}" is already a form of your term "${owner}"; a form can belong to one term only.`,
        {
          line: lines[index],
          field: fieldName(index, formFieldOf(terms[index]!, clash.form)),
          params: { form: clash.form, owner },
        },
      ),
    );
  }
  if (errors.length > 0) return refused(capErrors(errors));

  const existingById = new Map(existing.map((term) => [term.id, term]));
  const adds: Term[] = [];
  const updates: Term[] = [];
  const filled: FilledTerm[] = [];
  let unchanged = 0;
  terms.forEach((term, index) => {
    const current = existingById.get(term.id);
    if (current !== undefined && sameTerm(current, term)) {
      // Nothing of it changes: what was filled in is no change to show either.
      unchanged++;
      return;
    }
    (current === undefined ? adds : updates).push(term);
    const fields = filledOf[index]!;
    if (fields.length > 0) filled.push({ id: term.id, fields });
  });
  return { ok: true, adds, updates, unchanged, filled };
}

function formFieldOf(term: Term, form: string): string {
  const field = termForms(term).find((entry) => entry.form === form)?.field ?? 'hans';
  return field === 'alias' ? 'aliases' : field;
}

function capErrors(errors: ImportProblem[]): ImportProblem[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    fileProblem('more-problems', `…and ${more} more problems.`, { params: { count: more } }),
  ];
}

// ---------------------------------------------------------------- export

export function exportGlossaryJson(terms: readonly Term[]): string {
  const file = {
    format: GLOSSARY_FORMAT,
    version: GLOSSARY_VERSION,
    terms: terms.map(canonicalTerm),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function csvCell(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * All terms as CSV with every column of `CSV_COLUMNS`, CRLF line ends, and a
 * byte order mark unless `bom: false` (spreadsheets need it to read UTF-8).
 */
export function exportGlossaryCsv(
  terms: readonly Term[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const term of terms) {
    const cells: Record<CsvColumn, string> = {
      id: term.id,
      hans: term.hans,
      hant: term.hant,
      tw: term.tw ?? '',
      hk: term.hk ?? '',
      en: term.en ?? '',
      aliases: (term.aliases ?? []).join('|'),
      category: term.category,
      definition_en: term.definition.en ?? '',
      definition_hans: term.definition.hans ?? '',
      definition_hant: term.definition.hant ?? '',
      as_of: term.asOf ?? '',
      link: term.link ?? '',
      note_en: term.note?.en ?? '',
      note_hans: term.note?.hans ?? '',
      note_hant: term.note?.hant ?? '',
      case_sensitive: term.caseSensitive === undefined ? '' : String(term.caseSensitive),
      protect: term.protect === undefined ? '' : String(term.protect),
    };
    rows.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return `${bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
