/**
 * Where run documents are kept: any async key-value store with this small API. The browser uses
 * IndexedDB (through localforage) or localStorage (src/hooks/runStorage.ts); tests and browsers that
 * store nothing use the in-memory one below. Values are JSON-compatible.
 */

/** Which backend keeps the data; 'memory' means nothing survives a reload. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * A stored value that is not JSON at all (a half-written or hand-edited localStorage entry). Backends
 * that store text return it instead of throwing, so the store can keep it aside, untouched, and go on.
 * Writing one back writes `raw` exactly as it was read.
 */
export class UnreadableValue {
  constructor(readonly raw: string) {}
}

export interface KeyValueBackend {
  /** The value, `null` when there is none, or an {@link UnreadableValue}. */
  getItem(key: string): Promise<unknown>;
  /** Rejects with the backend's error when the write fails (e.g. quota exceeded). */
  setItem(key: string, value: unknown): Promise<unknown>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Stored text back to a value: JSON, or an {@link UnreadableValue} holding the text untouched. */
export function decodeStoredText(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return new UnreadableValue(text);
  }
}

/** A value as stored text: JSON, or an unreadable value's own text. */
export function encodeStoredText(value: unknown): string {
  return value instanceof UnreadableValue ? value.raw : JSON.stringify(value);
}

/** A backend over a Map; values go in and out as text, as they would in a real store. */
export function createMemoryBackend(): KeyValueBackend & {readonly map: Map<string, string>} {
  const map = new Map<string, string>();
  return {
    map,
    async getItem(key) {
      return decodeStoredText(map.get(key) ?? null);
    },
    async setItem(key, value) {
      map.set(key, encodeStoredText(value));
      return value;
    },
    async removeItem(key) {
      map.delete(key);
    },
    async keys() {
      return [...map.keys()];
    },
  };
}
