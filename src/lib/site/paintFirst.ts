/**
 * Every page paints its server HTML before any of the site's JavaScript runs (decisions/0028).
 *
 * Docusaurus' page template loads the webpack runtime and main.js with `<script defer>`. They run as
 * soon as the HTML is parsed, and main.js at once asks for the page's code and hydrates it. Whether
 * the browser has painted by then is a race: when it has not, the first paint waits for main.js,
 * the page's chunks and the style and layout of the whole page. `paintFirstTemplate` swaps those
 * tags for low-priority preloads (the download still starts at once), a loader that adds the
 * scripts only once the first contentful paint has been reported and the document is parsed, and a
 * `rel=expect` link so that this first paint is the whole page, not a navbar caught mid-parse. The
 * link expects a marker right after the app's markup: Chromium 150 lets rendering go as soon as the
 * expected element is inserted, so expecting the app's own `<div>` held nothing past its start tag.
 *
 * Pure: the template is text, and the loader is a function of the window it is given, turned into
 * an inline script by `paintFirstLoaderScript`.
 */

/** Marks the preloads whose scripts the loader starts, in document order. */
export const START_AFTER_PAINT_ATTRIBUTE = 'data-start-after-paint';

/** The id of the empty element right after the app's markup, which the first paint waits for. */
export const APP_PARSED_MARKER_ID = '__docusaurus-parsed';

/**
 * How long the loader waits for a paint report before starting the scripts anyway: a page opened
 * in a background tab is not painted (so not reported) until it is shown, and a browser may not
 * report paints at all while saying it does.
 */
export const PAINT_REPORT_TIMEOUT_MS = 3000;

/** What the loader uses of the window: a real one in the page, a fake in the tests. */
export type LoaderWindow = {
  document: Document;
  setTimeout: (callback: () => void, delayMs: number) => unknown;
  PerformanceObserver?: typeof PerformanceObserver;
};

/**
 * Adds one `<script async=false>` per marked preload, in order, once the document is parsed and
 * the first contentful paint has been reported (or the timeout passed). Runs in the page as an
 * inline script, so it must stay self-contained: no imports, no helpers from outside its body.
 */
export function startScriptsAfterFirstPaint(
  win: LoaderWindow,
  attribute: string,
  timeoutMs: number,
): void {
  const doc = win.document;
  let parsed = doc.readyState !== 'loading';
  let painted = false;
  let started = false;
  const start = (): void => {
    if (started || !parsed || !painted) return;
    started = true;
    doc.querySelectorAll('link[' + attribute + ']').forEach((link) => {
      const script = doc.createElement('script');
      script.src = link.getAttribute('href') || '';
      // Dynamic scripts run as they arrive unless told otherwise: the runtime must run before main.
      script.async = false;
      doc.head.appendChild(script);
    });
  };
  const markPainted = (): void => {
    painted = true;
    start();
  };
  const Observer = win.PerformanceObserver;
  if (Observer !== undefined && (Observer.supportedEntryTypes || []).includes('paint')) {
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      markPainted();
    });
    // `buffered`: a paint reported before this line ran still counts.
    observer.observe({type: 'paint', buffered: true});
  } else {
    markPainted();
  }
  win.setTimeout(markPainted, timeoutMs);
  if (!parsed) {
    doc.addEventListener('DOMContentLoaded', () => {
      parsed = true;
      start();
    });
  }
}

/** The inline script that runs the loader on the page's own window. */
export function paintFirstLoaderScript(): string {
  return `(${startScriptsAfterFirstPaint.toString()})(self,${JSON.stringify(
    START_AFTER_PAINT_ATTRIBUTE,
  )},${PAINT_REPORT_TIMEOUT_MS})`;
}

/** Docusaurus' default template loads its scripts with exactly this loop. */
const DEFER_SCRIPTS_LOOP = `    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

const STYLESHEETS_LOOP_START = '    <% it.stylesheets.forEach((stylesheet) => { %>';

const APP_ROOT = '<div id="__docusaurus"><%~ it.appHtml %></div>';

/**
 * Docusaurus' default page template (`@docusaurus/core/lib/ssg/ssgTemplate.html`) with its
 * scripts started after the first paint. Throws when the template no longer has the parts this
 * replaces, so an upgrade that changes them stops the build instead of quietly undoing this.
 */
export function paintFirstTemplate(defaultTemplate: string): string {
  for (const part of [DEFER_SCRIPTS_LOOP, STYLESHEETS_LOOP_START, APP_ROOT]) {
    const count = defaultTemplate.split(part).length - 1;
    if (count !== 1) {
      throw new Error(
        `Docusaurus' page template has ${count} copies of the part paintFirstTemplate replaces, not 1:\n${part}\nCompare @docusaurus/core/lib/ssg/ssgTemplate.html.js with src/lib/site/paintFirst.ts (decisions/0028).`,
      );
    }
  }
  const preloads = `    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${START_AFTER_PAINT_ATTRIBUTE}>
    <% }); %>
    <script>${paintFirstLoaderScript()}</script>`;
  // Rendering waits for the app's markup to be parsed, so the first paint shows the page entire.
  const expectApp = `    <link rel="expect" href="#${APP_PARSED_MARKER_ID}" blocking="render">\n`;
  const appThenMarker = `${APP_ROOT}<span id="${APP_PARSED_MARKER_ID}" hidden></span>`;
  return defaultTemplate
    .replace(DEFER_SCRIPTS_LOOP, () => preloads)
    .replace(STYLESHEETS_LOOP_START, () => expectApp + STYLESHEETS_LOOP_START)
    .replace(APP_ROOT, () => appThenMarker);
}
