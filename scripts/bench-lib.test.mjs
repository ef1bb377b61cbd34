import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {mdxComponentModules} from '../src/theme/mdxComponentModules';
import {
  REFERENCE_ROUTE,
  TOOL_COMPONENTS,
  benchPages,
  budgetVerdicts,
  comparisonLines,
  FIRST_PASTE_BUDGETS_MS,
  decoderVerdicts,
  docRoute,
  firstPasteVerdicts,
  hasDiagram,
  isToolPage,
  median,
  medianSummary,
  sitemapRoutes,
  summariseLighthouse,
  summariseTrace,
  toolsUsed,
} from './bench-lib.mjs';

const metrics = (overrides = {}) => ({
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  totalBytes: 1,
  tbtMs: 0,
  lcpMs: 1,
  scriptDecodedBytes: 1,
  scriptWireBytes: 100 * 1024,
  ...overrides,
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summariseLighthouse', () => {
  it('adds up script bytes decoded and on the wire', () => {
    const lhr = {
      categories: {
        performance: {score: 0.91},
        accessibility: {score: 1},
        'best-practices': {score: 1},
        seo: {score: 0.9},
      },
      audits: {
        'network-requests': {
          details: {
            items: [
              {resourceType: 'Script', resourceSize: 1000, transferSize: 300},
              {resourceType: 'Script', resourceSize: 500, transferSize: 200},
              {resourceType: 'Stylesheet', resourceSize: 9000, transferSize: 900},
            ],
          },
        },
        'total-byte-weight': {numericValue: 2000},
        'total-blocking-time': {numericValue: 30},
        'largest-contentful-paint': {numericValue: 1200},
      },
    };
    expect(summariseLighthouse(lhr)).toEqual({
      performance: 91,
      accessibility: 100,
      bestPractices: 100,
      seo: 90,
      totalBytes: 2000,
      tbtMs: 30,
      lcpMs: 1200,
      scriptDecodedBytes: 1500,
      scriptWireBytes: 500,
    });
  });
});

const page = (route, reasons, overrides = {}) => ({
  route,
  reasons,
  missing: false,
  mobile: metrics(),
  desktop: metrics(),
  ...overrides,
});

describe('medianSummary', () => {
  it('takes the median of every figure and the spread of the performance score', () => {
    const summary = medianSummary([
      metrics({performance: 91, tbtMs: 300}),
      metrics({performance: 97, tbtMs: 120}),
      metrics({performance: 94, tbtMs: 200}),
    ]);
    expect(summary.performance).toBe(94);
    expect(summary.tbtMs).toBe(200);
    expect(summary.performanceRange).toEqual([91, 97]);
  });
});

describe('comparisonLines', () => {
  const withCompare = (route, mine, theirs, overrides = {}) =>
    page(route, ['diagram'], {
      mobile: metrics({performance: mine, tbtMs: 100}),
      compare: {missing: false, mobile: metrics({performance: theirs, tbtMs: 150})},
      ...overrides,
    });

  it('gives the difference of each page from the other build, and the median difference', () => {
    expect(
      comparisonLines(
        [
          withCompare('/docs/a', 90, 91),
          withCompare('/docs/b', 96, 93),
          withCompare('/docs/c', 88, 88),
        ],
        'v1',
      ),
    ).toEqual([
      'Mobile performance, this build − v1 (medians, same runs alternating):',
      '  /docs/a: 90 − 91 = -1 (TBT 100 vs 150 ms)',
      '  /docs/b: 96 − 93 = +3 (TBT 100 vs 150 ms)',
      '  /docs/c: 88 − 88 = 0 (TBT 100 vs 150 ms)',
      '  median difference over 3 pages: 0',
    ]);
  });

  it('leaves out a page that one of the builds does not have', () => {
    const lines = comparisonLines(
      [
        withCompare('/docs/new', 99, 0, {compare: {missing: true}}),
        withCompare('/docs/old', 0, 99, {missing: true}),
        withCompare('/docs/both', 95, 97),
      ],
      'main',
    );
    expect(lines.join('\n')).not.toContain('/docs/new');
    expect(lines.join('\n')).not.toContain('/docs/old');
    expect(lines.at(-1)).toBe('  median difference over 1 page: -2');
  });

  it('says so when no page is in both builds', () => {
    expect(
      comparisonLines([withCompare('/docs/x', 95, 0, {compare: {missing: true}})], 'v2'),
    ).toEqual(['No page was measured in both this build and v2.']);
  });
});

describe('budgetVerdicts', () => {
  it('fails any page under 95 on mobile, and a tool page 40 KB heavier than the docs page', () => {
    const verdicts = budgetVerdicts([
      page('/', ['home'], {desktop: metrics({scriptWireBytes: 500 * 1024})}),
      page('/docs/plain', ['reference']),
      page('/docs/diagram', ['diagram'], {mobile: metrics({performance: 94})}),
      page('/docs/tool', ['Checklist'], {desktop: metrics({scriptWireBytes: 141 * 1024})}),
      page('/docs/other-tool', ['JwtDecoder'], {desktop: metrics({scriptWireBytes: 140 * 1024})}),
    ]);
    const failed = verdicts.filter((v) => !v.ok).map((v) => v.text);
    expect(failed).toEqual([
      '/docs/diagram: mobile performance 94 ≥ 95',
      '/docs/tool: 41.0 KB more JS than the docs page ≤ 40 KB',
    ]);
    expect(verdicts.map((v) => v.text)).toContain(
      '/docs/other-tool: 40.0 KB more JS than the docs page ≤ 40 KB',
    );
  });

  it('holds a docs page with a diagram to the docs page JavaScript budget', () => {
    const verdicts = budgetVerdicts([
      page('/docs/diagram', ['diagram'], {desktop: metrics({scriptWireBytes: 355 * 1024})}),
    ]);
    expect(verdicts.filter((v) => !v.ok).map((v) => v.text)).toEqual([
      '/docs/diagram: JS on the wire 355.0 KB ≤ 190 KB',
    ]);
  });

  it('fails a page found in the sources that is not in the build', () => {
    expect(budgetVerdicts([{route: '/docs/gone', reasons: ['Checklist'], missing: true}])).toEqual([
      {ok: false, text: '/docs/gone: not in the build'},
    ]);
  });

  it('fails desktop under 100 and accessibility, best practices or SEO under 100', () => {
    const verdicts = budgetVerdicts([
      page('/', ['home'], {desktop: metrics({performance: 99, seo: 92})}),
    ]);
    expect(verdicts.filter((v) => !v.ok).map((v) => v.text)).toEqual([
      '/: desktop performance 99 = 100',
      '/: SEO 92 = 100',
    ]);
  });
});

describe('finding the pages to measure', () => {
  it('maps a docs source to its route', () => {
    expect(docRoute('background/oep-42.mdx')).toBe('/docs/background/oep-42');
    expect(docRoute('communication/index.mdx')).toBe('/docs/communication');
    expect(docRoute('index.md')).toBe('/docs');
    expect(docRoute('_partials/operator-config.mdx')).toBeNull();
  });

  it('finds the tools a page renders, but not one shown in a code block or named in prose', () => {
    const text = [
      'Use the <JwtDecoder /> below.',
      '<Checklist id="rollout" />',
      '````mdx',
      '<RolloutTimeline />',
      '````',
      'A ChecklistItem is not a <ChecklistItem> tool.',
    ].join('\n');
    expect(toolsUsed(text)).toEqual(['Checklist', 'JwtDecoder']);
  });

  it('knows a page with a diagram by the id of its SVG, quoted or not', () => {
    expect(hasDiagram('<div><svg xmlns="x" id="diagram-0123456789abcdef" role="img">')).toBe(true);
    expect(hasDiagram('<svg id=diagram-0123456789abcdef role=img>')).toBe(true);
    expect(hasDiagram('<svg id="diagram-legend">')).toBe(false);
    expect(hasDiagram('<p>diagram-0123456789abcdef</p>')).toBe(false);
  });

  it('reads the routes of a sitemap', () => {
    const xml =
      '<urlset><url><loc>https://example.org/jwt/docs/a</loc></url><url><loc>https://example.org/jwt/</loc></url></urlset>';
    expect(sitemapRoutes(xml)).toEqual(['/jwt/docs/a', '/jwt/']);
  });

  it('measures the home page, the reference page, every diagram page and every tool page once', () => {
    const pages = benchPages({
      docs: [
        {path: 'tools/jwt-decoder.mdx', text: '<JwtDecoder />'},
        {path: 'checklists/rollout.mdx', text: '<Checklist id="rollout" />'},
        {path: 'background/oep-42.mdx', text: '```mermaid\nsequenceDiagram\n```'},
        {path: 'background/plain.mdx', text: 'Text only.'},
      ],
      builtPages: [
        {route: '/docs/background/oep-42', html: '<svg id=diagram-0123456789abcdef>'},
        {route: '/docs/checklists/rollout', html: '<svg id=diagram-fedcba9876543210>'},
        {route: '/docs/background/plain', html: '<p>Text only.</p>'},
      ],
    });
    expect(pages).toEqual([
      {route: '/', reasons: ['home']},
      {route: REFERENCE_ROUTE, reasons: ['reference']},
      {route: '/docs/background/oep-42', reasons: ['diagram']},
      {route: '/docs/checklists/rollout', reasons: ['diagram', 'Checklist']},
      {route: '/docs/tools/jwt-decoder', reasons: ['JwtDecoder']},
    ]);
    expect(pages.filter(isToolPage).map((p) => p.route)).toEqual([
      '/docs/checklists/rollout',
      '/docs/tools/jwt-decoder',
    ]);
  });

  it('names tools that the site registers as MDX components', () => {
    for (const name of TOOL_COMPONENTS) expect(Object.keys(mdxComponentModules)).toContain(name);
  });

  it('finds the site’s own diagram and tool pages in its docs sources', () => {
    const docsDir = path.join(__dirname, '..', 'docs');
    const docs = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.mdx?$/.test(entry.name))
          docs.push({path: path.relative(docsDir, file), text: readFileSync(file, 'utf8')});
      }
    };
    walk(docsDir);
    const routes = benchPages({docs, builtPages: []}).map((p) => p.route);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/docs/checklists/rollout',
        '/docs/checklists/pull-request-template',
        '/docs/communication/messages',
        '/docs/tools/jwt-decoder',
        '/docs/tools/rollout-timeline',
      ]),
    );
    // A plain page, so its JavaScript is a fair base for the tool pages' budget.
    const reference = docs.find((doc) => docRoute(doc.path) === REFERENCE_ROUTE);
    expect(reference).toBeDefined();
    expect(toolsUsed(reference.text)).toEqual([]);
    expect(reference.text).not.toMatch(/^```mermaid/m);
  });
});

describe('decoderVerdicts', () => {
  const size = (label, medianFrameMs) => ({label, bytes: 1, medianMs: 1, medianFrameMs});
  const hostile = (label, medianFrameMs) => ({label, chars: 262144, medianFrameMs});
  const worstCase = [hostile('dots', 12), hostile('line breaks', 80.25)];
  const firstPaste = {sizes: [size('1 KB', 40), size('16 KB', 45)]};

  it('passes both sizes under one frame and fails one at or over 16 ms', () => {
    expect(
      decoderVerdicts({sizes: [size('1 KB', 7.2), size('16 KB', 15.9)], worstCase, firstPaste}),
    ).toEqual([
      {ok: true, text: 'decoder: 1 KB token input → next frame 7.2 ms < 16 ms'},
      {ok: true, text: 'decoder: 16 KB token input → next frame 15.9 ms < 16 ms'},
      {
        ok: true,
        text: 'decoder: worst-case input up to the cap (line breaks, 262144 characters) → decoder’s share of the next frame 80.3 ms < 100 ms',
      },
      {
        ok: true,
        text: 'decoder: first paste of a 1 KB token in a fresh page → next frame 40.0 ms ≤ 50 ms',
      },
      {
        ok: true,
        text: 'decoder: first paste of a 16 KB token in a fresh page → next frame 45.0 ms ≤ 60 ms',
      },
    ]);
    const slow = decoderVerdicts({
      sizes: [size('1 KB', 16), size('16 KB', 40.5)],
      worstCase,
      firstPaste,
    });
    expect(slow.map((v) => v.ok)).toEqual([false, false, true, true, true]);
    expect(slow[1].text).toBe('decoder: 16 KB token input → next frame 40.5 ms < 16 ms');
  });

  it('fails the worst case at or over 100 ms, and when no hostile input was measured', () => {
    const sizes = [size('1 KB', 3), size('16 KB', 3)];
    const [, , slow] = decoderVerdicts({sizes, worstCase: [...worstCase, hostile('dots', 100)]});
    expect(slow).toEqual({
      ok: false,
      text: 'decoder: worst-case input up to the cap (dots, 262144 characters) → decoder’s share of the next frame 100.0 ms < 100 ms',
    });
    expect(decoderVerdicts({sizes})[2]).toEqual({
      ok: false,
      text: 'decoder: worst-case input up to the cap → next frame not measured',
    });
  });

  it('fails a size that was not measured, and gives no verdict without a decoder result', () => {
    expect(decoderVerdicts({sizes: [size('1 KB', 3)], worstCase}).slice(0, 2)).toEqual([
      {ok: true, text: 'decoder: 1 KB token input → next frame 3.0 ms < 16 ms'},
      {ok: false, text: 'decoder: 16 KB token input → next frame not measured'},
    ]);
    expect(decoderVerdicts(undefined)).toEqual([]);
  });
});

describe('firstPasteVerdicts', () => {
  const size = (label, medianFrameMs) => ({label, bytes: 1, medianDomMs: 1, medianFrameMs});

  it('holds 1 KB to 50 ms and 16 KB to 60 ms, each inclusive', () => {
    expect(FIRST_PASTE_BUDGETS_MS).toEqual({'1 KB': 50, '16 KB': 60});
    const atBudget = firstPasteVerdicts({sizes: [size('1 KB', 50), size('16 KB', 60)]});
    expect(atBudget).toEqual([
      {
        ok: true,
        text: 'decoder: first paste of a 1 KB token in a fresh page → next frame 50.0 ms ≤ 50 ms',
      },
      {
        ok: true,
        text: 'decoder: first paste of a 16 KB token in a fresh page → next frame 60.0 ms ≤ 60 ms',
      },
    ]);
    const over = firstPasteVerdicts({sizes: [size('1 KB', 50.01), size('16 KB', 60.5)]});
    expect(over.map((v) => v.ok)).toEqual([false, false]);
    expect(over[1].text).toBe(
      'decoder: first paste of a 16 KB token in a fresh page → next frame 60.5 ms ≤ 60 ms',
    );
  });

  it('does not hold 16 KB to the 1 KB budget', () => {
    const verdicts = firstPasteVerdicts({sizes: [size('1 KB', 20), size('16 KB', 55)]});
    expect(verdicts.map((v) => v.ok)).toEqual([true, true]);
  });

  it('fails a size that was not measured, and a decoder result without a first paste', () => {
    expect(firstPasteVerdicts({sizes: [size('16 KB', 30), size('1 KB', Number.NaN)]})).toEqual([
      {ok: false, text: 'decoder: first paste of a 1 KB token → next frame not measured'},
      {
        ok: true,
        text: 'decoder: first paste of a 16 KB token in a fresh page → next frame 30.0 ms ≤ 60 ms',
      },
    ]);
    const sizes = [size('1 KB', 3), size('16 KB', 3)];
    expect(decoderVerdicts({sizes, worstCase: []}).slice(3)).toEqual([
      {ok: false, text: 'decoder: first paste of a 1 KB token → next frame not measured'},
      {ok: false, text: 'decoder: first paste of a 16 KB token → next frame not measured'},
    ]);
  });
});

describe('summariseTrace', () => {
  const main = {pid: 1, tid: 7};
  const mark = (name, ts) => ({...main, name, ts, ph: 'R', cat: 'blink.user_timing'});
  const task = (name, ts, dur, tdur) => ({...main, name, ts, dur, tdur, ph: 'X', cat: 'x'});

  it('counts each event’s own thread time by kind, inside the marks and on the marked thread', () => {
    const summary = summariseTrace([
      task('FunctionCall', 0, 5000, 5000),
      mark('paste-start', 1000),
      task('ThreadControllerImpl::RunTask', 2000, 30000, 20000),
      task('EventDispatch', 2500, 20000, 15000),
      task('Document::recalcStyle', 5000, 4000, 3000),
      task('ThreadControllerImpl::RunTask', 40000, 12000, 12000),
      task('LocalFrameView::performLayout', 40500, 6000, 6000),
      task('Paint', 47000, 2000, 2000),
      {...task('Layout', 41000, 9000, 9000), tid: 8},
      {name: 'ResourceSendRequest', ts: 41000, ph: 'I', args: {data: {url: 'https://x/a.js'}}},
      mark('paste-end', 60000),
      task('Layout', 61000, 9000, 9000),
    ]);
    expect(summary.byKind).toEqual({other: 9, script: 12, style: 3, layout: 6, paint: 2});
    expect(summary.totalMs).toBe(32);
    expect(summary.tasks).toEqual([
      {atMs: 1, ms: 20, kinds: {other: 5, script: 12, style: 3}},
      {atMs: 39, ms: 12, kinds: {other: 4, layout: 6, paint: 2}},
    ]);
    expect(summary.topEvents[0]).toEqual(['EventDispatch', 12]);
    expect(summary.requests).toEqual(['https://x/a.js']);
  });

  it('refuses a trace without the paste marks', () => {
    expect(() => summariseTrace([task('Layout', 0, 1, 1)])).toThrow('paste-start');
  });
});
