// The benchmark suite is not written yet. This command says so instead of
// printing numbers that were never measured.
console.error('npm run bench: no benchmarks are implemented yet; nothing was measured.');
process.exit(2);
