/**
 * Test builds only (`wxt build --mode e2e`): exposes `window.__runAxe()` so
 * browser tests can run axe-core inside our own pages. Extension pages do not
 * allow injected scripts (their CSP forbids eval), so the checker has to ship
 * inside the test build itself. Production builds drop the dynamic import
 * with the dead `import.meta.env.MODE === 'e2e'` branch that loads this file;
 * a build check makes sure no axe code is left.
 */
export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  passes: number;
}

export function installAxeHook(): void {
  (window as unknown as { __runAxe?: () => Promise<AxeSummary> }).__runAxe = async () => {
    const axe = (await import('axe-core')).default;
    const results = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return {
      violations: results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
      passes: results.passes.length,
    };
  };
}
