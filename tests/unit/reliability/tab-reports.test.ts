import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';

// The background keeps each tab's report in storage.session, so that a popup opened after the
// service worker was stopped still finds it. WXT's fake browser stands in for the extension API.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const { saveTabReport, tabReport } = await import('../../../entrypoints/background/tab-reports.ts');

const TAB = 41;
const good: PageReport = {
  ...emptyPageReport({
    url: 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html',
    title: '标题',
  }),
  hasChinese: true,
  script: { verdict: 'simplified', confidence: 0.9 },
};

const JUNK: readonly { name: string; value: unknown }[] = [
  { name: 'null', value: null },
  { name: 'a number', value: 7 },
  { name: 'a string', value: 'report' },
  { name: 'a list', value: [good] },
  { name: 'an empty object', value: {} },
  { name: 'a report with a wrong type', value: { ...good, hasChinese: 'yes' } },
  { name: 'a report missing a part', value: { ...good, conversion: undefined } },
  { name: 'a title over the message limit', value: { ...good, title: '长'.repeat(200_000) } },
];

const tally = { faults: 0, losses: 0 };
afterAll(() => {
  console.log(`Storage faults (tab reports): ${tally.faults} faults, ${tally.losses} losses`);
});

describe('tab reports in storage.session', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('survive a restart of the background (a fresh module reads them back)', async () => {
    await saveTabReport(TAB, good);
    vi.resetModules();
    const fresh = await import('../../../entrypoints/background/tab-reports.ts');
    expect(await fresh.tabReport(TAB)).toEqual(good);
  });

  it.each(JUNK)('read as no report when storage.session holds $name', async ({ value }) => {
    tally.faults += 1;
    try {
      await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: value, [`tab:${TAB + 1}`]: good });
      const fresh = await import('../../../entrypoints/background/tab-reports.ts');
      expect(await fresh.tabReport(TAB)).toBeNull();
      // The other tab's report is untouched.
      expect(await fresh.tabReport(TAB + 1)).toEqual(good);
      expect(await fakeBrowser.storage.session.get(`tab:${TAB + 1}`)).toEqual({
        [`tab:${TAB + 1}`]: good,
      });
    } catch (error) {
      tally.losses += 1;
      throw error;
    }
  });

  it('keep working when storage.session refuses to store', async () => {
    tally.faults += 1;
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(saveTabReport(TAB, good)).resolves.toBeUndefined();
    expect(await tabReport(TAB)).toEqual(good);
  });
});

describe('tab-level choices in storage.session (for frames that start later)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('survive a restart of the background, and go when the tab loads a new page', async () => {
    const { saveTabChoices } = await import('../../../entrypoints/background/tab-reports.ts');
    await saveTabChoices(TAB, { enabled: true, target: 'hk' });
    vi.resetModules();
    const fresh = await import('../../../entrypoints/background/tab-reports.ts');
    expect(await fresh.tabChoices(TAB)).toEqual({ enabled: true, target: 'hk' });
    await fresh.forgetTab(TAB);
    expect(await fresh.tabChoices(TAB)).toBeNull();
    vi.resetModules();
    const again = await import('../../../entrypoints/background/tab-reports.ts');
    expect(await again.tabChoices(TAB)).toBeNull();
  });

  it.each([
    { name: 'null', value: null },
    { name: 'a string', value: 'hk' },
    { name: 'an unknown target', value: { target: 'auto' } },
    { name: 'an unknown choice', value: { zoom: 2 } },
  ])('read as no choices when storage.session holds $name', async ({ value }) => {
    tally.faults += 1;
    try {
      await fakeBrowser.storage.session.set({
        [`tab-choices:${TAB}`]: value,
        [`tab-choices:${TAB + 1}`]: { enabled: false },
      });
      const fresh = await import('../../../entrypoints/background/tab-reports.ts');
      expect(await fresh.tabChoices(TAB)).toBeNull();
      expect(await fresh.tabChoices(TAB + 1)).toEqual({ enabled: false });
    } catch (error) {
      tally.losses += 1;
      throw error;
    }
  });
});
