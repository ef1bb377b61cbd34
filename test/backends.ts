/** Backends that misbehave the way real storage does, for the store tests. */
import {createMemoryBackend, type KeyValueBackend} from '@site/src/lib/runs';

/**
 * A memory backend that refuses values longer than `limit` characters, as a nearly full storage
 * does: small records fit, the copy of a large one does not.
 */
export function nearlyFullBackend(limit: number) {
  const backend = createMemoryBackend();
  const setItem = backend.setItem.bind(backend);
  const limited: KeyValueBackend = {
    ...backend,
    setItem: (key, value) =>
      JSON.stringify(value).length > limit
        ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
        : setItem(key, value),
  };
  return {backend, limited};
}
