import { SETTINGS_STORAGE_KEY } from './schema.ts';

/**
 * Storage quotas. Chrome counts an item as the length of its key plus the
 * length of `JSON.stringify(value)`; Firefox follows the same limits for
 * storage.sync. We count UTF-8 bytes, which is never less than Chrome's count,
 * so a value that passes here is accepted by both browsers.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
/** storage.local (Chrome 114+; older versions had 5 MB); lifted by the `unlimitedStorage` permission. */
export const LOCAL_QUOTA_BYTES = 10_485_760;

/**
 * The most terms a user glossary may have: more than storage.local can hold (the smallest term
 * takes 96 bytes stored, so no more than 108,100 fit), so that the limit is never the reason a
 * glossary that fits is refused, in an import or in a message carrying it to a page.
 */
export const MAX_GLOSSARY_TERMS = 110_000;

export type QuotaCheck =
  | { ok: true; bytes: number; limit: number }
  | { ok: false; bytes: number; limit: number; error: string };

export function storedItemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  return new TextEncoder().encode(key + json).length;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} bytes`;
}

/** Whether `value` fits as one storage.sync item under `key`. */
export function checkSyncQuota(value: unknown, key = SETTINGS_STORAGE_KEY): QuotaCheck {
  const bytes = storedItemBytes(key, value);
  const limit = SYNC_QUOTA_BYTES_PER_ITEM;
  if (bytes <= limit) return { ok: true, bytes, limit };
  return {
    ok: false,
    bytes,
    limit,
    error:
      `The settings take ${formatBytes(bytes)}, more than the ${formatBytes(limit)} the browser ` +
      'syncs per item. Remove some site rules or disabled terms and try again.',
  };
}

/** Whether `value` fits in storage.local under `key`, next to `otherBytes` already used. */
export function checkLocalQuota(
  value: unknown,
  {
    key,
    otherBytes = 0,
    unlimited = false,
  }: { key: string; otherBytes?: number; unlimited?: boolean },
): QuotaCheck {
  const bytes = storedItemBytes(key, value);
  const limit = unlimited ? Number.POSITIVE_INFINITY : LOCAL_QUOTA_BYTES - otherBytes;
  if (bytes <= limit) return { ok: true, bytes, limit };
  return {
    ok: false,
    bytes,
    limit,
    error:
      `The glossary takes ${formatBytes(bytes)}, more than the ${formatBytes(limit)} the browser ` +
      'stores for the extension. Remove some terms and try again.',
  };
}
