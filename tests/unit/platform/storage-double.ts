import type {
  StorageAreaLike,
  StorageChangeLike,
  StorageLike,
} from '../../../utils/platform/settings-storage.ts';

type Listener = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

/**
 * An in-memory stand-in for `browser.storage` that can be told to fail the
 * way real browsers do: sync disabled (every call throws) or over quota.
 */
export class MemoryArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  /** Thrown by every call, like Firefox's sync area when sync is disabled. */
  unavailable: Error | null = null;
  /** Chrome's per-item limit, enforced like Chrome does (key + JSON length). */
  quotaBytesPerItem: number | null = null;
  writes = 0;

  constructor(
    private readonly name: string,
    private readonly emit: (changes: Record<string, StorageChangeLike>, area: string) => void,
  ) {}

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    if (this.unavailable) throw this.unavailable;
    const result: Record<string, unknown> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const json = this.data.get(key);
      if (json !== undefined) result[key] = JSON.parse(json);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.unavailable) throw this.unavailable;
    const changes: Record<string, StorageChangeLike> = {};
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (this.quotaBytesPerItem !== null && key.length + json.length > this.quotaBytesPerItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    for (const [key, value] of Object.entries(items)) {
      const old = this.data.get(key);
      this.data.set(key, JSON.stringify(value));
      changes[key] = { oldValue: old === undefined ? undefined : JSON.parse(old), newValue: value };
    }
    this.writes++;
    this.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    if (this.unavailable) throw this.unavailable;
    const changes: Record<string, StorageChangeLike> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.delete(key)) changes[key] = {};
    }
    if (Object.keys(changes).length > 0) this.emit(changes, this.name);
  }

  /** Puts raw data in place, as an older version or a damaged profile left it. */
  seed(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }

  read(key: string): unknown {
    const json = this.data.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }
}

export function storageDouble(): StorageLike & { sync: MemoryArea; local: MemoryArea } {
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, StorageChangeLike>, area: string) => {
    for (const listener of listeners) listener(changes, area);
  };
  return {
    sync: new MemoryArea('sync', emit),
    local: new MemoryArea('local', emit),
    onChanged: {
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
    },
  };
}
