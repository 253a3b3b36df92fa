/**
 * The glossary engine: term model and validation, the built-in pack, the
 * matcher, import and export, the highlight layer with hit testing, and what
 * the term card shows and where. Plain TypeScript over DOM types; no
 * extension API.
 */
export * from './schema.ts';
export { GLOSSARY_JSON_SCHEMA, TERM_JSON_SCHEMA } from './term.schema.ts';
export * from './matcher.ts';
export * from './io.ts';
export * from './highlight.ts';
export * from './hit-test.ts';
export { BUILT_IN_PROTECTED_TERMS, BUILT_IN_TERMS } from './pack/index.ts';
export * from './term-source.ts';
export * from './page-scope.ts';
export * from './term-navigation.ts';
export * from './card-content.ts';
export * from './card-position.ts';
export * from './card-theme.ts';
