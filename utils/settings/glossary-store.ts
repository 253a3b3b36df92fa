import type { ValidationError } from '../glossary/schema.ts';
import { describedValue, type ProblemParams } from '../i18n/problem.ts';
import { asSentence, describeValue, isPlainObject, type SettingsProblem } from './parse.ts';

/**
 * The reader's own glossary, stored in storage.local (it can outgrow the 8 KB
 * sync item limit). This module checks the container only; what a term looks
 * like is the glossary module's business, passed in as `validateTerm`.
 */
export const USER_GLOSSARY_STORAGE_KEY = 'userGlossary';

export interface StoredGlossary {
  /**
   * Bumped on every save. Content scripts cache the terms with the revision
   * they saw and ask for a fresh copy only when it differs.
   */
  revision: number;
  terms: unknown[];
}

/**
 * Checks one term. `key` identifies the term across saves and backups (two
 * terms with the same key are the same entry); `term`, when given, is the
 * normalized form to store instead of the raw value. A refusal says why in
 * English (`error`) and, for the UI language, as the term validator's
 * findings (`errors`).
 */
export type TermValidation =
  | { ok: true; key: string; term?: unknown }
  | { ok: false; error: string; errors?: readonly ValidationError[] };
export type ValidateTerm = (raw: unknown) => TermValidation;

export function emptyGlossary(): StoredGlossary {
  return { revision: 0, terms: [] };
}

function isRevision(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Reads the stored glossary. Never throws; junk gives an empty glossary, a bad
 * revision gives 0 (caches compare revisions for equality, so they refresh),
 * and with `validateTerm` each invalid term is dropped on its own.
 */
export function parseStoredGlossary(
  raw: unknown,
  { validateTerm }: { validateTerm?: ValidateTerm } = {},
): { glossary: StoredGlossary; problems: SettingsProblem[] } {
  if (raw === undefined) return { glossary: emptyGlossary(), problems: [] };
  if (!isPlainObject(raw)) {
    return {
      glossary: emptyGlossary(),
      problems: [
        {
          field: 'userGlossary',
          code: 'not-object',
          params: { found: describedValue(raw) },
          reason: `expected an object, found ${describeValue(raw)}`,
        },
      ],
    };
  }
  const problems: SettingsProblem[] = [];
  let revision = 0;
  if (isRevision(raw.revision)) revision = raw.revision;
  else {
    problems.push({
      field: 'userGlossary.revision',
      code: 'invalid-revision',
      params: { found: describedValue(raw.revision) },
      reason: `expected a whole number ≥ 0, found ${describeValue(raw.revision)}`,
    });
  }
  if (!Array.isArray(raw.terms)) {
    problems.push({
      field: 'userGlossary.terms',
      code: 'not-list',
      params: { found: describedValue(raw.terms) },
      reason: `expected a list, found ${describeValue(raw.terms)}`,
    });
    return { glossary: { revision, terms: [] }, problems };
  }
  if (!validateTerm) return { glossary: { revision, terms: [...raw.terms] }, problems };
  const terms: unknown[] = [];
  raw.terms.forEach((item: unknown, index) => {
    const result = validateTerm(item);
    if (result.ok) terms.push('term' in result ? result.term : item);
    else {
      problems.push({
        field: `userGlossary.terms[${index}]`,
        code: 'invalid-term',
        params: { details: termErrors(result) },
        reason: result.error,
      });
    }
  });
  return { glossary: { revision, terms }, problems };
}

/** The glossary to store after an edit: the new terms under the next revision. */
export function nextGlossary(current: StoredGlossary, terms: readonly unknown[]): StoredGlossary {
  return { revision: current.revision + 1, terms: [...terms] };
}

/** Answer to a content script that holds the terms of `knownRevision`. */
export function glossarySnapshot(
  glossary: StoredGlossary,
  knownRevision: number,
): { unchanged: true } | { revision: number; terms: unknown[] } {
  return glossary.revision === knownRevision
    ? { unchanged: true }
    : { revision: glossary.revision, terms: glossary.terms };
}

/** The validator's findings on a refused term, as a message parameter. */
function termErrors(refusal: Extract<TermValidation, { ok: false }>) {
  return { kind: 'term-errors', errors: refusal.errors ?? [], fallback: refusal.error } as const;
}

/** The `code`s of `TermMerge.problems`. */
export const TERM_MERGE_PROBLEM_CODES = ['invalid-term', 'repeated-term'] as const;
export type TermMergeProblemCode = (typeof TERM_MERGE_PROBLEM_CODES)[number];

export interface TermMergeProblem {
  code: TermMergeProblemCode;
  /** `number` (1-based) of the incoming term; `details` or `first` (the term it repeats). */
  params: ProblemParams;
  /** English, as in `errors`. */
  message: string;
}

export interface TermMerge {
  terms: unknown[];
  added: number;
  updated: number;
  unchanged: number;
  /** English sentences, one per problem. */
  errors: string[];
  /** The same problems with their codes, for the UI language. */
  problems: TermMergeProblem[];
}

/**
 * Merges incoming terms into the current ones: a term whose key exists
 * replaces it in place, a new key is appended, and current terms absent from
 * the incoming list are kept. Invalid or duplicate incoming terms are errors.
 */
export function mergeTerms(
  current: readonly unknown[],
  incoming: readonly unknown[],
  validateTerm: ValidateTerm,
): TermMerge {
  const terms = [...current];
  const indexByKey = new Map<string, number>();
  current.forEach((term, index) => {
    const result = validateTerm(term);
    if (result.ok && !indexByKey.has(result.key)) indexByKey.set(result.key, index);
  });
  const problems: TermMergeProblem[] = [];
  const incomingKeys = new Map<string, number>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  incoming.forEach((raw, index) => {
    const result = validateTerm(raw);
    if (!result.ok) {
      problems.push({
        code: 'invalid-term',
        params: { number: index + 1, details: termErrors(result) },
        message: asSentence(`Term ${index + 1}: ${result.error}`),
      });
      return;
    }
    const duplicate = incomingKeys.get(result.key);
    if (duplicate !== undefined) {
      problems.push({
        code: 'repeated-term',
        params: { number: index + 1, first: duplicate + 1 },
        message: `Term ${index + 1} repeats term ${duplicate + 1}.`,
      });
      return;
    }
    incomingKeys.set(result.key, index);
    const term = 'term' in result ? result.term : raw;
    const existing = indexByKey.get(result.key);
    if (existing === undefined) {
      indexByKey.set(result.key, terms.length);
      terms.push(term);
      added++;
    } else if (JSON.stringify(terms[existing]) === JSON.stringify(term)) {
      unchanged++;
    } else {
      terms[existing] = term;
      updated++;
    }
  });
  return {
    terms,
    added,
    updated,
    unchanged,
    errors: problems.map((problem) => problem.message),
    problems,
  };
}
