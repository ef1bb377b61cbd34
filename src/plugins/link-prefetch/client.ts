/**
 * Client module: Docusaurus' <Link> prefetches the chunks of every internal link that scrolls into
 * view, through `window.docusaurus.prefetch`. This keeps `preload` (on hover or touch, just before a
 * click) and makes `prefetch` a no-op. Measured on long pages, the viewport prefetch was one long
 * task of some 200 `<link rel=prefetch>` insertions right after hydration (decisions/0007).
 */
interface DocusaurusGlobal {
  readonly prefetch: (routePath: string) => unknown;
  readonly preload: (routePath: string) => unknown;
}

if (typeof window !== 'undefined') {
  // Docusaurus assigns `window.docusaurus` after client modules have run; wrap it as it arrives.
  let value: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => value,
    set: (docusaurus: DocusaurusGlobal) => {
      value = Object.freeze({...docusaurus, prefetch: () => false});
    },
  });
}

export {};
