/**
 * The glossary matcher for the page (bundled into bench/out/glossary.js, global
 * `__glossaryBench`): the extension's matcher, its built-in pack, and the synthetic terms of
 * the matcher's micro-benchmark.
 */
export { compileMatcher } from '../../utils/glossary/matcher.ts';
export { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
export { syntheticTerms } from '../../tests/unit/glossary/helpers.ts';
