/**
 * Bundles what the benchmark injects into pages: the in-page tools, tongwen-core and the
 * glossary matcher, each into one classic script (IIFE) under bench/out/.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
export const BENCH_OUT = resolve(root, 'bench/out');

/** The scripts the benchmark injects, by name: path of the built file. */
export const INJECTED = {
  opencc: resolve(root, 'node_modules/opencc-js/dist/umd/full.js'),
  tools: resolve(BENCH_OUT, 'in-page.js'),
  tongwen: resolve(BENCH_OUT, 'tongwen.js'),
  glossary: resolve(BENCH_OUT, 'glossary.js'),
} as const;

const ENTRIES = [
  { entry: 'bench/in-page.ts', name: '__benchTools', file: 'in-page.js' },
  { entry: 'bench/peers/tongwen.ts', name: '__tongwen', file: 'tongwen.js' },
  { entry: 'bench/peers/glossary.ts', name: '__glossaryBench', file: 'glossary.js' },
];

export async function buildInjectedScripts(): Promise<void> {
  for (const { entry, name, file } of ENTRIES) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir: BENCH_OUT,
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        lib: { entry: resolve(root, entry), name, formats: ['iife'], fileName: () => file },
      },
    });
  }
}
