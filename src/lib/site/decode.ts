/**
 * `decodeURIComponent` that never throws: text from an address (a fragment, a path segment) may hold
 * a stray `%`, and a page must not crash on it. Such text is returned as it is.
 */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `decodeURIComponent`, or null when the text holds a broken %-escape (for callers that say so). */
export function decodeComponentOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
