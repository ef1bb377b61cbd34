import {runInNewContext} from 'node:vm';
import {
  APP_PARSED_MARKER_ID,
  PAINT_REPORT_TIMEOUT_MS,
  START_AFTER_PAINT_ATTRIBUTE,
  paintFirstLoaderScript,
  paintFirstTemplate,
  startScriptsAfterFirstPaint,
  type LoaderWindow,
} from './paintFirst';

type FakeScript = {src: string; async: boolean};

/** A window with just what the loader touches, and handles to play the browser's part. */
function fakeWindow({
  readyState = 'loading',
  paintSupported = true,
}: {readyState?: DocumentReadyState; paintSupported?: boolean} = {}) {
  const added: FakeScript[] = [];
  const parsedListeners: (() => void)[] = [];
  const timers: {callback: () => void; delayMs: number}[] = [];
  const observers: {callback: PerformanceObserverCallback; disconnected: boolean}[] = [];
  const links = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js'].map((href) => ({
    getAttribute: (name: string) => (name === 'href' ? href : null),
  }));
  const document = {
    readyState,
    querySelectorAll: (selector: string) =>
      selector === `link[${START_AFTER_PAINT_ATTRIBUTE}]` ? links : [],
    createElement: (tag: string): FakeScript => {
      if (tag !== 'script') throw new Error(`unexpected <${tag}>`);
      return {src: '', async: true};
    },
    head: {appendChild: (script: FakeScript) => added.push({...script})},
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') parsedListeners.push(listener);
    },
  };
  class FakeObserver {
    static supportedEntryTypes = paintSupported ? ['mark', 'paint'] : ['mark'];
    private readonly record: (typeof observers)[number];
    constructor(callback: PerformanceObserverCallback) {
      this.record = {callback, disconnected: false};
      observers.push(this.record);
    }
    observe(options: PerformanceObserverInit) {
      if (options.type !== 'paint' || options.buffered !== true) throw new Error('observe paint');
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const win = {
    document,
    setTimeout: (callback: () => void, delayMs: number) => timers.push({callback, delayMs}),
    PerformanceObserver: FakeObserver,
  } as unknown as LoaderWindow;
  const report = (name: string) => {
    for (const observer of observers.filter(({disconnected}) => !disconnected)) {
      const list = {
        getEntriesByName: (wanted: string) => (wanted === name ? [{name}] : []),
      } as unknown as PerformanceObserverEntryList;
      observer.callback(list, observer as unknown as PerformanceObserver);
    }
  };
  return {
    win,
    added,
    observers,
    timers,
    finishParsing: () => parsedListeners.forEach((listener) => listener()),
    report,
  };
}

const inOrder = [
  {src: '/assets/js/runtime~main.1.js', async: false},
  {src: '/assets/js/main.2.js', async: false},
];

describe('startScriptsAfterFirstPaint', () => {
  it('starts the scripts, in order and not async, once parsed and painted', () => {
    const page = fakeWindow();
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, PAINT_REPORT_TIMEOUT_MS);
    page.report('first-paint');
    page.finishParsing();
    expect(page.added).toEqual([]);
    page.report('first-contentful-paint');
    expect(page.added).toEqual(inOrder);
    expect(page.observers.every(({disconnected}) => disconnected)).toBe(true);
  });

  it('waits for the parser when the paint is reported first', () => {
    const page = fakeWindow();
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, PAINT_REPORT_TIMEOUT_MS);
    page.report('first-contentful-paint');
    expect(page.added).toEqual([]);
    page.finishParsing();
    expect(page.added).toEqual(inOrder);
  });

  it('starts the scripts once, whatever fires afterwards', () => {
    const page = fakeWindow({readyState: 'interactive'});
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, PAINT_REPORT_TIMEOUT_MS);
    page.report('first-contentful-paint');
    page.timers.forEach(({callback}) => callback());
    page.finishParsing();
    expect(page.added).toEqual(inOrder);
  });

  it('starts them after the timeout when no paint is reported (a background tab)', () => {
    const page = fakeWindow();
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, 3000);
    page.finishParsing();
    expect(page.added).toEqual([]);
    expect(page.timers.map(({delayMs}) => delayMs)).toEqual([3000]);
    page.timers[0]!.callback();
    expect(page.added).toEqual(inOrder);
  });

  it('does not wait for a paint a browser cannot report', () => {
    const page = fakeWindow({readyState: 'complete', paintSupported: false});
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, PAINT_REPORT_TIMEOUT_MS);
    expect(page.added).toEqual(inOrder);
    expect(page.observers).toEqual([]);
  });

  it('does not wait without PerformanceObserver at all', () => {
    const page = fakeWindow();
    delete (page.win as {PerformanceObserver?: unknown}).PerformanceObserver;
    startScriptsAfterFirstPaint(page.win, START_AFTER_PAINT_ATTRIBUTE, PAINT_REPORT_TIMEOUT_MS);
    page.finishParsing();
    expect(page.added).toEqual(inOrder);
  });
});

describe('paintFirstLoaderScript', () => {
  it('is a self-contained script that runs the loader on the page’s window', () => {
    const page = fakeWindow();
    runInNewContext(paintFirstLoaderScript(), {self: page.win});
    page.finishParsing();
    page.report('first-contentful-paint');
    expect(page.added).toEqual(inOrder);
    expect(page.timers.map(({delayMs}) => delayMs)).toEqual([PAINT_REPORT_TIMEOUT_MS]);
  });
});

/**
 * The shape of Docusaurus 3.10's page template. docusaurus.config.ts passes the installed one, so
 * the build stops when an upgrade changes the parts replaced (e2e/docusaurus-ties.spec.ts).
 */
const docusaurusTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <div id="__docusaurus"><%~ it.appHtml %></div>
  </body>
</html>
`;

describe('paintFirstTemplate', () => {
  const template = paintFirstTemplate(docusaurusTemplate);

  it('preloads the scripts at low priority instead of running them deferred', () => {
    expect(template).not.toMatch(/<script src=/);
    expect(template).toContain(
      `<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${START_AFTER_PAINT_ATTRIBUTE}>`,
    );
    expect(template).toContain(`<script>${paintFirstLoaderScript()}</script>`);
  });

  it('holds rendering until the app’s markup is parsed, before any stylesheet', () => {
    const expectLink = template.indexOf(
      `<link rel="expect" href="#${APP_PARSED_MARKER_ID}" blocking="render">`,
    );
    expect(expectLink).toBeGreaterThan(template.indexOf('<head>'));
    expect(expectLink).toBeLessThan(template.indexOf('it.stylesheets.forEach'));
    // The marker follows the app's closing tag: rendering may start once it is inserted.
    expect(template).toContain(
      `<div id="__docusaurus"><%~ it.appHtml %></div><span id="${APP_PARSED_MARKER_ID}" hidden></span>`,
    );
  });

  it('keeps the rest of Docusaurus’ template as it is', () => {
    const theirScripts =
      /\n {4}<% it\.scripts\.forEach[^\n]*\n[^\n]*defer><\/script>\n {4}<% }\); %>/;
    const ourScripts = /\n {4}<% it\.scripts\.forEach[\s\S]*?<\/script>(?=\n {2}<\/head>)/;
    const expectLine = /\n {4}<link rel="expect"[^\n]*/;
    const marker = /<span id="[^"]+" hidden><\/span>/;
    expect(docusaurusTemplate).toMatch(theirScripts);
    expect(template.replace(expectLine, '').replace(ourScripts, '').replace(marker, '')).toBe(
      docusaurusTemplate.replace(theirScripts, ''),
    );
  });

  it('stops the build when the template no longer loads its scripts the way it replaces', () => {
    const changed = docusaurusTemplate.replace(' defer></script>', ' type="module"></script>');
    expect(() => paintFirstTemplate(changed)).toThrow(
      /0 copies of the part paintFirstTemplate replaces/,
    );
  });
});
