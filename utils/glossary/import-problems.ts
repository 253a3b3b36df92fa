/**
 * What an import says is wrong with a file, and where: the problems the JSON and CSV readers
 * (io.ts, csv-records.ts) name, each with a code the options page words in the reader's language
 * (utils/i18n/problem-text.ts) and the line and field to fix.
 */
import type { ProblemParams } from '../i18n/problem.ts';
import type { TermErrorCode } from './schema.ts';

/**
 * The `code`s of problems with the file as a whole, its JSON or CSV syntax, and terms that clash
 * with each other. A problem in one term carries the term validator's code (`TermErrorCode`).
 */
export const GLOSSARY_IMPORT_PROBLEM_CODES = [
  'not-text',
  'too-large',
  'empty-file',
  'json-truncated',
  'json-invalid',
  'json-duplicate-key',
  'not-glossary-object',
  'wrong-format',
  'newer-version',
  'wrong-version',
  'terms-not-array',
  'csv-unclosed-quote',
  'csv-text-after-quote',
  'csv-quote-runs-on',
  'csv-quote-spans-rows',
  'csv-quote-holds-rows',
  'csv-stray-quote',
  'csv-semicolons',
  'csv-tabs',
  'csv-unknown-column',
  'csv-repeated-column',
  'csv-missing-column',
  'csv-missing-form-column',
  'csv-missing-definition-column',
  'csv-field-count',
  'csv-formula',
  'too-many-terms',
  'duplicate-id',
  'form-clash',
  'form-exists',
  'more-problems',
] as const;

export type GlossaryImportProblemCode = (typeof GLOSSARY_IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  /** 1-based line in the file where the record or the syntax error starts. */
  line?: number;
  /** The column (CSV) or the field path (JSON, e.g. `terms[3].category`). */
  field?: string;
  code: GlossaryImportProblemCode | TermErrorCode;
  /** What the message needs besides the line and field (see each code's message). */
  params: ProblemParams;
  /** English, for logs and tests. */
  message: string;
}

export function fileProblem(
  code: GlossaryImportProblemCode | TermErrorCode,
  message: string,
  {
    line,
    field,
    params = {},
  }: { line?: number | undefined; field?: string; params?: ProblemParams } = {},
): ImportProblem {
  return {
    ...(line !== undefined ? { line } : {}),
    ...(field !== undefined ? { field } : {}),
    code,
    params,
    message,
  };
}
