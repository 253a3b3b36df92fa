import { afterAll, beforeAll, describe } from 'vitest';
import {
  browserAvailable,
  INSTALL_HINT,
  launchBrowser,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
} from './browsers.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

/** The browser this run drives (the test command runs every spec once per browser). */
export function currentBrowserName(): BrowserName {
  const name = process.env.JIANFAN_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error(`JIANFAN_BROWSER must be chromium or firefox, not ${name}`);
  }
  return name;
}

export interface SuiteContext {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

/**
 * A describe block with a fixture server and the extension loaded in the
 * current browser. A missing browser fails the run under CI=true; elsewhere
 * the block is skipped, loudly, with the command that installs it.
 */
export function describeInBrowser(
  title: string,
  options: Omit<LaunchOptions, 'server'>,
  body: (ctx: SuiteContext) => void,
): void {
  const name = currentBrowserName();
  if (!browserAvailable(name)) {
    if (process.env.CI === 'true') {
      throw new Error(`${name} is missing and CI=true: install it with: ${INSTALL_HINT[name]}`);
    }
    console.warn(
      `\n!!! SKIPPING browser tests "${title}": ${name} is not installed.\n!!! Install it with: ${INSTALL_HINT[name]}\n`,
    );
    describe.skip(`[${name}] ${title}`, () => body({} as SuiteContext));
    return;
  }
  describe(`[${name}] ${title}`, () => {
    const ctx = {} as { browser: ExtensionBrowser; server: FixtureServer };
    beforeAll(async () => {
      ctx.server = await startFixtureServer();
      ctx.browser = await launchBrowser(name, { ...options, server: ctx.server });
    });
    afterAll(async () => {
      await ctx.browser?.close();
      await ctx.server?.close();
    });
    body(ctx);
  });
}
