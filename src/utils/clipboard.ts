/**
 * Writes text to the clipboard; resolves false when the browser does not allow it (no clipboard
 * API, an insecure context, a denied permission), so callers can show the text instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
