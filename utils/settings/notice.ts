import type { SettingsProblem } from './parse.ts';

/**
 * When stored settings turn out to be damaged, the options page says so once.
 * The marker in storage.local remembers which set of problems the reader has
 * already seen, so the notice does not return on every visit, yet a different
 * problem later is announced again.
 */
export const SETTINGS_NOTICE_STORAGE_KEY = 'settingsNoticeShown';

/** What tells one set of problems from another: where each is, and its English reason. */
export type NoticeProblem = Pick<SettingsProblem, 'field' | 'reason'>;

/** A short, stable fingerprint of a set of problems (FNV-1a over the sorted list). */
export function problemsFingerprint(problems: readonly NoticeProblem[]): string {
  const text = problems
    .map((p) => `${p.field}\u0000${p.reason}`)
    .sort()
    .join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${problems.length}:${hash.toString(16).padStart(8, '0')}`;
}

export interface SettingsNoticeDecision {
  show: boolean;
  /** What to store as the marker afterwards; null removes it. */
  marker: string | null;
}

export function decideSettingsNotice(
  problems: readonly NoticeProblem[],
  storedMarker: unknown,
): SettingsNoticeDecision {
  // Clean settings clear the marker, so a later, identical breakage is still reported.
  if (problems.length === 0) return { show: false, marker: null };
  const marker = problemsFingerprint(problems);
  return { show: storedMarker !== marker, marker };
}
