/**
 * Shapes of the checklist definitions rendered by `<Checklist id="…"/>`.
 *
 * Item ids are stable: they are the URL anchor of the item and the key of its saved state. Rename an
 * item's title freely; change its id only when the action itself changes (saved runs then report the
 * old id as removed and the new one as new). Bump `version` whenever items are added or removed.
 */

/** How much an item matters for most changes. */
export type ChecklistPriority = 'must' | 'should' | 'could';

export interface ChecklistItemDefinition {
  /** Lowercase words joined by hyphens; unique within the checklist; also the item's URL anchor. */
  readonly id: string;
  /** A short action in plain text; also the accessible name of the item's checkbox. */
  readonly title: string;
  /**
   * Optional explanation. Plain text with two kinds of inline markup: `code` in backticks and
   * links written as [label](/docs/section/page) or [label](https://…).
   */
  readonly detail?: string;
  readonly priority?: ChecklistPriority;
  /** The docs page that explains why the item matters, e.g. '/docs/rollout/expiry-window'. */
  readonly explainedBy: string;
}

export interface ChecklistDefinition {
  /** Lowercase words joined by hyphens; also the last segment of the page route. */
  readonly id: string;
  readonly title: string;
  /** Increase by one whenever items are added or removed, so saved runs can report the change. */
  readonly version: number;
  /** Route of the page that renders the checklist, e.g. '/docs/checklists/rollout'. */
  readonly route: string;
  readonly items: readonly ChecklistItemDefinition[];
  /** Other per-run tools for the same change, linked from the checklist with the current run. */
  readonly tools?: readonly RunToolLink[];
}

export interface RunToolLink {
  readonly label: string;
  /** A page that reads `?run=`, e.g. '/docs/tools/rollout-timeline'. */
  readonly route: string;
}
