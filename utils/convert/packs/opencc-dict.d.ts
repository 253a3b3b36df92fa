// opencc-js exports its tables under `opencc-js/dict/<Name>` (the package's "./*" export
// maps to dist/esm-lib/dict/<Name>.js) but ships no declarations for them.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
