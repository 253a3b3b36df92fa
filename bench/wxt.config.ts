import config from '../wxt.config.ts';

/**
 * The project's WXT config, built into `.output/bench/` so that a benchmark run never reads a
 * build that someone else's `wxt build` is rewriting under it.
 */
export default { ...config, outDir: '.output/bench' };
