import type { Plugin } from 'vite';

/**
 * Removes the one HTML sink in Preact: the `dangerouslySetInnerHTML` branch
 * of its diff, which assigns `element.innerHTML`. Our code never uses that
 * prop (ESLint forbids it), so the branch is dead; removing it means no data
 * can ever reach innerHTML through the renderer, and AMO's linter
 * (UNSAFE_VAR_ASSIGNMENT) has nothing to warn about. The build fails if a
 * Preact update changes the code so that the sink survives.
 */
export function stripPreactHtmlSink(): Plugin {
  return {
    name: 'jianfan:strip-preact-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const out = code
        .replace(/\((\w+)\.innerHTML=(\w+)\.__html\)/g, '(void 0)')
        .replace(/(\w+)\.__html==(\w+)\.innerHTML/g, '!1');
      if (out.includes('innerHTML')) {
        throw new Error(`${id}: Preact's innerHTML sink changed shape; update this plugin`);
      }
      return { code: out, map: null };
    },
  };
}
