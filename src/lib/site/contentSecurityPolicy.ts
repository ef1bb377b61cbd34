/**
 * The Content-Security-Policy every built page carries. Pure: the build plugin feeds it
 * the hashes of the inline scripts it finds, so no inline script runs unless we shipped it.
 *
 * Why each directive is there: decisions/0002-content-security-policy.md
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const contentSecurityPolicy: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The diagrams' SVGs carry their own <style> (decisions/0018) and React sets style attributes.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  // The rule that keeps pasted tokens on this machine: no fetch/XHR/WebSocket to another host.
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Returns the CSP source expression for an inline script, e.g. `'sha256-…'`. */
export function hashSource(base64Sha256: string): string {
  return `'sha256-${base64Sha256}'`;
}

/**
 * Serialises the policy, adding the given sources (inline script hashes) to `script-src`.
 * Sources are deduplicated and sorted so the output is stable between builds.
 */
export function serializePolicy(
  directives: CspDirectives,
  extraScriptSources: readonly string[] = [],
): string {
  return Object.entries(directives)
    .map(([name, sources]) => {
      const all =
        name === 'script-src' ? [...sources, ...[...new Set(extraScriptSources)].sort()] : sources;
      return `${name} ${all.join(' ')}`;
    })
    .join('; ');
}

/** Inline <script> bodies (no src attribute) in an HTML document, in document order. */
export function findInlineScripts(html: string): string[] {
  const bodies: string[] = [];
  const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const match of html.matchAll(scriptPattern)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // JSON data blocks are never executed, so they need no hash.
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    if (body.length === 0) continue;
    bodies.push(body);
  }
  return bodies;
}

/**
 * Puts the policy meta tag first in <head>, so it governs every script after it.
 * Throws when the page has no <head>: a page we cannot protect must fail the build.
 */
export function insertPolicyMeta(html: string, policy: string): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error('Page already has a Content-Security-Policy meta tag');
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('Page has no <head> to put the Content-Security-Policy in');
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
