import type { DictionaryPack } from '../../utils/convert/dictionaries.ts';
import { PageConverter } from '../../utils/convert/page-converter.ts';
import { TARGETS, type Target } from '../../utils/convert/target.ts';
import {
  emptyPageReport,
  type PageReport,
  type TabApplyPayload,
  type TabCommand,
} from '../../utils/messaging/protocol.ts';
import { registeredKit } from '../../utils/platform/kits.ts';
import { watchSettings } from '../../utils/platform/settings-storage.ts';
import {
  decideAutoConversion,
  effectiveSettings,
  type EffectiveSettings,
} from '../../utils/settings/effective.ts';
import { READING_MODES, type Settings } from '../../utils/settings/schema.ts';
import type { ReaderSession, ReaderSessionOptions } from './kit.ts';

/** Reports go out at most this often while a page converts. */
const REPORT_INTERVAL_MS = 150;

/**
 * One reader session per frame. It only sequences the engine's steps
 * (analyse → repair → convert → glossary) and answers the popup; every rule
 * lives in utils/.
 */
export function startReaderSession(options: ReaderSessionOptions): ReaderSession {
  const { document, url, uiLanguage } = options;
  let settings: Settings = options.settings;
  let effective: EffectiveSettings = effectiveSettings(settings, { url, uiLanguage });
  /** Tab-level choices from the popup or shortcuts; they win over settings until reload. */
  const tab: TabApplyPayload = { ...(options.override ?? {}) };
  let disposed = false;
  let reportTimer: ReturnType<typeof setTimeout> | null = null;
  let progress = 1;

  const converter = new PageConverter({
    document,
    loadDictionaries: async (pack): Promise<DictionaryPack> => {
      const kit = `dict-${pack}` as const;
      if (!registeredKit(kit)) await options.loadKit(kit);
      const loaded = registeredKit<DictionaryPack>(kit);
      if (!loaded) throw new Error(`Dictionary ${pack} did not register`);
      return loaded;
    },
    onProgress: ({ done, total }) => {
      progress = total === 0 ? 1 : done / total;
      scheduleReport();
    },
  });

  const target = (): Target => tab.target ?? effective.target;
  const regional = () => tab.regionalVocabulary ?? effective.regionalVocabulary;
  const readingMode = () => tab.readingMode ?? effective.readingMode;

  function decision() {
    return decideAutoConversion({
      verdictKind: null,
      settings,
      url,
      tabOverride: tab.enabled ?? null,
    });
  }

  function buildReport(): PageReport {
    const stats = converter.stats();
    const active = decision().convert && readingMode() !== 'original';
    const script = stats.source.script ?? options.initialScript.script;
    return {
      ...emptyPageReport({ url, title: document.title }),
      script: {
        verdict: script,
        confidence: stats.source.script
          ? stats.source.confidence
          : options.initialScript.confidence,
      },
      hasChinese: script !== 'none' && script !== 'japanese',
      conversion: {
        active,
        target: active ? target() : null,
        nodesConverted: stats.nodesConverted,
        charactersChanged: stats.charactersChanged,
        progress: active ? Math.min(1, progress) : 1,
        contestedNodes: stats.contestedNodes,
      },
      readingMode: readingMode(),
    };
  }

  function sendReport(): void {
    reportTimer = null;
    if (!disposed) options.report(buildReport());
  }

  function scheduleReport(): void {
    reportTimer ??= setTimeout(sendReport, REPORT_INTERVAL_MS);
  }

  /** Brings the page to the state the settings and tab choices ask for. */
  async function render(): Promise<void> {
    if (disposed) return;
    if (decision().convert && readingMode() !== 'original') {
      progress = 0;
      scheduleReport();
      await converter.convert({ target: target(), regionalVocabulary: regional() });
      progress = 1;
    } else {
      converter.restore();
      progress = 1;
    }
    sendReport();
  }

  async function apply(change: TabApplyPayload): Promise<void> {
    Object.assign(tab, change);
    await render();
  }

  async function command(name: TabCommand): Promise<void> {
    switch (name) {
      case 'toggle-conversion': {
        const on = decision().convert && readingMode() !== 'original';
        await apply({ enabled: !on, ...(on ? {} : { readingMode: 'converted' }) });
        return;
      }
      case 'cycle-target': {
        const next = TARGETS[(TARGETS.indexOf(target()) + 1) % TARGETS.length]!;
        await apply({ target: next, enabled: true });
        return;
      }
      case 'cycle-mode': {
        const next =
          READING_MODES[(READING_MODES.indexOf(readingMode()) + 1) % READING_MODES.length]!;
        await apply({ readingMode: next });
        return;
      }
      default:
        // Glossary navigation and peeking arrive with their features.
        return;
    }
  }

  const stopWatching = watchSettings((loaded) => {
    settings = loaded.settings;
    effective = effectiveSettings(settings, { url, uiLanguage });
    void render();
  });

  void render().catch((error: unknown) => console.warn('Jianfan Reader: conversion failed', error));

  return {
    apply,
    command,
    report: buildReport,
    dispose() {
      disposed = true;
      stopWatching();
      if (reportTimer) clearTimeout(reportTimer);
      converter.dispose();
    },
  };
}
