import type {ProseWordLimits} from '../lib/site/proseWords';

/**
 * How many words of reader prose a docs page may hold outside its collapsed `<details>`
 * deep-dives (how they are counted: src/lib/site/proseWords.ts). A page longer than this is read
 * on a phone as a wall; the reference material it needs belongs in `<details>` or on another page.
 * Add a page here only when it needs a different limit, keyed by its path under docs/ without
 * the extension (for example `'start-here': 900` for a page that must stay short).
 */
export const PROSE_WORD_LIMITS: ProseWordLimits = {
  default: 1600,
};
