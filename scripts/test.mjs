#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, builds, web-ext lint, build checks,
// then the browser tests once in Chromium and once in Firefox. Stops at the
// first failing step and prints how many tests ran where.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.cache/test-reports');
mkdirSync(reports, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- browser` runs the browser step only
const want = (step) => only.length === 0 || only.includes(step);

function run(title, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== ${title} FAILED (exit ${r.status ?? r.signal}) after ${seconds} s`);
    process.exit(r.status || 1);
  }
  console.log(`=== ${title} ok (${seconds} s)`);
}

/** Counts from a vitest JSON report. */
function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

const npx = 'npx';
const vitest = (config, out) => [
  'vitest',
  'run',
  ...(config ? ['--config', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
];

const summary = [];
if (want('typecheck')) run('typecheck', npx, ['tsc', '--noEmit', '-p', '.']);
if (want('lint')) {
  run('eslint', npx, ['eslint', '--max-warnings=0', '.']);
  run('prettier', npx, ['prettier', '--check', '.']);
}
if (want('unit')) {
  const out = join(reports, 'unit.json');
  run('unit tests', npx, vitest(null, out));
  summary.push(['unit (node + happy-dom)', counts(out)]);
}
if (want('build') || want('browser')) {
  run('build chrome', npx, ['wxt', 'build']);
  run('build firefox', npx, ['wxt', 'build', '-b', 'firefox']);
  run('build chrome e2e', npx, ['wxt', 'build', '--mode', 'e2e']);
  run('build firefox e2e', npx, ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
  run('web-ext lint', npx, [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv3',
    '--warnings-as-errors',
    '--output',
    'text',
  ]);
  const out = join(reports, 'build.json');
  run('build checks', npx, vitest('tests/build/vitest.config.ts', out));
  summary.push(['build checks', counts(out)]);
}
if (want('browser')) {
  for (const browser of ['chromium', 'firefox']) {
    const out = join(reports, `browser-${browser}.json`);
    run(`browser tests in ${browser}`, npx, vitest('tests/browser/vitest.config.ts', out), {
      JIANFAN_BROWSER: browser,
    });
    summary.push([`browser: ${browser}`, counts(out)]);
  }
}

console.log('\n=== Summary');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, c] of summary) {
  console.log(`  ${name.padEnd(26)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
if (process.env.CI === 'true' && skipped > 0) {
  console.error(`\n${skipped} tests were skipped under CI=true: that is a failure.`);
  process.exit(1);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
