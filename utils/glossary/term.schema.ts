/**
 * JSON Schema (draft 2020-12) for a glossary term and for a glossary file
 * (`{ "format": "jianfan-glossary", "version": 1, "terms": [...] }`).
 *
 * It documents the format for people and external tools. The extension itself
 * validates with `validateTerm` in `schema.ts` (no schema library ships with
 * it); a unit test checks that both accept and reject the same samples. One
 * rule only the validator enforces: a link must parse as a URL, with a host
 * and without user name or password.
 *
 * It describes the reader's terms, the ones glossary files hold: a definition in one language
 * is enough, and so is a note. The built-in pack is held to more (every language of both;
 * `validateTerm` with `definitionLanguages: 'every'`, which its unit test runs).
 */
import { CATEGORIES, TERM_LIMITS } from './schema.ts';

// No controls, no bidi overrides, no `|`, no leading or trailing whitespace.
const FORM_PATTERN =
  '^(?!\\s)(?![\\s\\S]*\\s$)[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069|]+$';
// Like a form, but line feeds and `|` are allowed.
const TEXT_PATTERN =
  '^(?!\\s)(?![\\s\\S]*\\s$)[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]+$';

const form = {
  type: 'string',
  minLength: 1,
  maxLength: TERM_LIMITS.formMaxLength,
  pattern: FORM_PATTERN,
} as const;

export const GLOSSARY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jianfan.org/schema/glossary-v1.json',
  title: 'Jianfan Reader glossary',
  type: 'object',
  required: ['format', 'version', 'terms'],
  additionalProperties: false,
  properties: {
    format: { const: 'jianfan-glossary' },
    version: { const: 1 },
    terms: { type: 'array', items: { $ref: '#/$defs/term' } },
  },
  $defs: {
    form,
    definitionText: {
      type: 'object',
      description:
        'A definition or a note: at least one of en, hans and hant; a language without a text is left out.',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        en: { $ref: '#/$defs/text' },
        hans: { $ref: '#/$defs/text' },
        hant: { $ref: '#/$defs/text' },
      },
    },
    text: {
      type: 'string',
      minLength: 1,
      maxLength: TERM_LIMITS.textMaxLength,
      pattern: TEXT_PATTERN,
    },
    term: {
      type: 'object',
      required: ['id', 'hans', 'hant', 'category', 'definition'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
          minLength: 1,
          maxLength: TERM_LIMITS.idMaxLength,
          pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        },
        hans: { $ref: '#/$defs/form' },
        hant: { $ref: '#/$defs/form' },
        tw: { $ref: '#/$defs/form' },
        hk: { $ref: '#/$defs/form' },
        en: { $ref: '#/$defs/form' },
        aliases: {
          type: 'array',
          minItems: 1,
          maxItems: TERM_LIMITS.maxAliases,
          uniqueItems: true,
          items: { $ref: '#/$defs/form' },
        },
        category: { enum: [...CATEGORIES] },
        definition: { $ref: '#/$defs/definitionText' },
        note: { $ref: '#/$defs/definitionText' },
        link: {
          type: 'string',
          maxLength: TERM_LIMITS.linkMaxLength,
          pattern: '^https://[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]+$',
        },
        asOf: {
          type: 'string',
          // A pattern cannot tell 2025-02-31 from a real day; the import also checks that.
          description: 'A year, a month or a day that exists: 2025, 2025-12, 2025-12-08.',
          pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$',
        },
        caseSensitive: { type: 'boolean' },
        protect: { type: 'boolean' },
      },
    },
  },
} as const;

/** The schema of a single term, for tools that validate entries one by one. */
export const TERM_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $ref: '#/$defs/term',
  $defs: GLOSSARY_JSON_SCHEMA.$defs,
} as const;
