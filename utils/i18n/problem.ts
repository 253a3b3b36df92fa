import type { ValidationError } from '../glossary/schema.ts';
import type { SettingsProblem } from '../settings/parse.ts';
import type { SitePatternError } from '../settings/site-rules.ts';

/**
 * The parameters of a problem the engine reports. Validators and parsers (a term, a glossary
 * file, a backup, stored settings) return each problem with a stable `code` and the values its
 * message needs, beside an English `message` for logs and tests. The views turn `code` and these
 * parameters into text in the UI language (`utils/i18n/problem-text.ts`); a parameter is a plain
 * value, or one of the structured values below, which are worded in the UI language too.
 */
export type ProblemParam =
  | string
  | number
  /** Names as written in a file (columns, categories), joined the way the UI language lists. */
  | readonly string[]
  | ValueDescription
  | FilePlace
  | SitePatternReason
  | TermErrorsReason
  | SettingsProblemReason;

export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** What kind of value was found where another was expected. */
export type ValueType =
  'null' | 'nothing' | 'list' | 'object' | 'text' | 'number' | 'boolean' | 'other';

export interface ValueDescription {
  readonly kind: 'value';
  readonly type: ValueType;
  /**
   * The value as written: the text (cut at 40 characters, controls escaped), the number, `true`
   * or `false`, or for `other` the JavaScript type name.
   */
  readonly shown?: string;
}

/** Where in a file: a line, or the nth term when the line is unknown. */
export type FilePlace =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'term'; readonly number: number };

/** A site rule's pattern that the site-pattern validator refused. */
export interface SitePatternReason {
  readonly kind: 'site-pattern';
  readonly error: SitePatternError;
  /** The validator's English message (it names the offending character). */
  readonly message: string;
}

/** Why a term was refused: the term validator's findings (`fallback` when there are none). */
export interface TermErrorsReason {
  readonly kind: 'term-errors';
  readonly errors: readonly ValidationError[];
  readonly fallback: string;
}

/** A problem in stored settings or a stored glossary, inside a backup's problem. */
export interface SettingsProblemReason {
  readonly kind: 'settings-problem';
  readonly problem: SettingsProblem;
}

const MAX_SHOWN_TEXT = 40;

/**
 * Control characters and the bidirectional marks that reorder how text is displayed: shown
 * escaped (`\u202e`), so a quoted value cannot disguise the message around it.
 */
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a file or from storage as a message may quote it: short, controls escaped. */
export function shownText(text: string): string {
  const cut = text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
  return cut.replace(UNSHOWABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short, safe description of any value, for "expected …, found …" messages. */
export function describedValue(value: unknown): ValueDescription {
  if (value === null) return { kind: 'value', type: 'null' };
  if (value === undefined) return { kind: 'value', type: 'nothing' };
  if (Array.isArray(value)) return { kind: 'value', type: 'list' };
  switch (typeof value) {
    case 'string':
      return { kind: 'value', type: 'text', shown: shownText(value) };
    case 'number':
      return { kind: 'value', type: 'number', shown: String(value) };
    case 'boolean':
      return { kind: 'value', type: 'boolean', shown: String(value) };
    case 'object':
      return { kind: 'value', type: 'object' };
    default:
      return { kind: 'value', type: 'other', shown: typeof value };
  }
}

/** Where a record of a file is, for messages that point at another record. */
export function filePlace({ line, index }: { line: number | undefined; index: number }): FilePlace {
  return line === undefined ? { kind: 'term', number: index + 1 } : { kind: 'line', line };
}
