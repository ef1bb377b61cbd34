/**
 * What a kind of run document is: how its stored body is read back and migrated, and how two copies
 * of it (this tab's and another tab's) become one. The store (store.ts) does everything else the same
 * way for every kind.
 */
export interface RunDocumentSpec<T> {
  /** Key segment, e.g. 'rollout-plan' or 'checklist-rollout': lowercase words and dashes. */
  readonly type: string;
  /** Version of the body this site writes; a stored body with a higher one is set aside. */
  readonly version: number;
  /**
   * Validates a stored body written at `version` (this one or an older one, which it migrates) for
   * `run`, and returns a clean value, or null when it is unusable. Should not throw; if it does, the
   * body counts as unusable.
   */
  parse(body: unknown, context: {readonly run: string; readonly version: number}): T | null;
  /** The body to store for a value (the value itself when absent). */
  serialize?(value: T): unknown;
  /**
   * Two copies of the same document (for example this tab's and the one another tab just saved)
   * as one. Must be commutative, associative and idempotent, so that every tab ends up with the same.
   */
  merge(a: T, b: T): T;
  /** True when two values hold the same data. */
  same(a: T, b: T): boolean;
  /** Brings a value up to date before it is written (e.g. stamps the current checklist version). */
  prepare?(value: T): T;
}
