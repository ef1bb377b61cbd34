/** Pure helpers for scripts/bench.mjs, kept apart so they can be unit-tested. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The medians of several Lighthouse summaries of one page and preset, with the spread of the
 * performance score over the runs.
 */
export function medianSummary(samples) {
  const keys = Object.keys(samples[0]);
  const scores = samples.map((sample) => sample.performance);
  return {
    ...Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))])),
    performanceRange: [Math.min(...scores), Math.max(...scores)],
  };
}

/**
 * `--compare-with`: how the phone scores of this build differ from those of another build measured
 * in the same run, alternately. A slow or busy machine lowers both; a change of the site moves one.
 * Pages missing from either build are left out.
 */
export function comparisonLines(pages, ref) {
  const both = pages.filter((page) => !page.missing && page.compare && !page.compare.missing);
  if (both.length === 0) return [`No page was measured in both this build and ${ref}.`];
  const differences = both.map((page) => page.mobile.performance - page.compare.mobile.performance);
  const signed = (n) => (n > 0 ? `+${n}` : String(n));
  return [
    `Mobile performance, this build − ${ref} (medians, same runs alternating):`,
    ...both.map(
      (page, i) =>
        `  ${page.route}: ${page.mobile.performance} − ${page.compare.mobile.performance} = ${signed(differences[i])} (TBT ${Math.round(page.mobile.tbtMs)} vs ${Math.round(page.compare.mobile.tbtMs)} ms)`,
    ),
    `  median difference over ${both.length} ${both.length === 1 ? 'page' : 'pages'}: ${signed(median(differences))}`,
  ];
}

/** The figures we track from one Lighthouse JSON report (LHR). */
export function summariseLighthouse(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((item) => item.resourceType === 'Script');
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
    scriptDecodedBytes: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
    scriptWireBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
  };
}

const KB = 1024;

/**
 * The MDX components that make a page a tool (name as written in MDX; src/theme/mdxComponentModules
 * registers them, a test checks the names). A page that renders one is benchmarked.
 */
export const TOOL_COMPONENTS = [
  'Checklist',
  'CommunicationMessages',
  'JwtDecoder',
  'PullRequestKit',
  'PullRequestTemplate',
  'RolloutTimeline',
];

/** The plain docs page (no diagram, no tool) that the JavaScript budget of the others is against. */
export const REFERENCE_ROUTE = '/docs/background/jwt-primer';

/** The route of a docs source file (path relative to docs/), or null for a partial (`_name`). */
export function docRoute(relativePath) {
  const parts = relativePath
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '')
    .split('/');
  if (parts.some((part) => part.startsWith('_'))) return null;
  if (parts.at(-1) === 'index') parts.pop();
  return ['/docs', ...parts].join('/');
}

/** The tool components an MDX text renders (JSX outside code blocks), in TOOL_COMPONENTS order. */
export function toolsUsed(mdxText) {
  const prose = mdxText.replace(/^\s*(`{3,}|~{3,})[^]*?^\s*\1[`~]*\s*$/gm, '');
  return TOOL_COMPONENTS.filter((name) => new RegExp(`<${name}[\\s/>]`).test(prose));
}

/** Whether a built page has a diagram: an SVG drawn by `npm run diagrams` (decisions/0018). */
export function hasDiagram(html) {
  return /<svg\b[^>]*\sid=["']?diagram-[0-9a-f]{16}["'\s>]/.test(html);
}

/** The routes of a build's sitemap.xml, as paths. */
export function sitemapRoutes(xml) {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/**
 * The pages the benchmark measures: the home page, the reference docs page, every built page with
 * a diagram, and every docs page that renders a tool. `docs` are the docs sources as
 * {path (relative to docs/), text}; `builtPages` the built routes as {route, html}. A tool page
 * that is not in the build is kept, and reported as missing.
 */
export function benchPages({docs, builtPages}) {
  const pages = new Map();
  const add = (route, reason) => {
    const page = pages.get(route) ?? {route, reasons: []};
    if (!page.reasons.includes(reason)) page.reasons.push(reason);
    pages.set(route, page);
  };
  add('/', 'home');
  add(REFERENCE_ROUTE, 'reference');
  for (const {route, html} of builtPages) if (hasDiagram(html)) add(route, 'diagram');
  for (const {path, text} of docs) {
    const route = docRoute(path);
    if (route === null) continue;
    for (const tool of toolsUsed(text)) add(route, tool);
  }
  const order = (page) => (page.route === '/' ? 0 : page.route === REFERENCE_ROUTE ? 1 : 2);
  return [...pages.values()].sort((a, b) => order(a) - order(b) || a.route.localeCompare(b.route));
}

/** Whether a page renders one of the tools (its JavaScript budget is the docs page's + 40 KB). */
export function isToolPage(page) {
  return page.reasons.some((reason) => TOOL_COMPONENTS.includes(reason));
}

export const MOBILE_PERFORMANCE_BUDGET = 95;
const DOCS_JS_BUDGET = 190 * KB;
const TOOL_EXTRA_JS_BUDGET = 40 * KB;

/**
 * Budgets, on the medians: on every page mobile performance ≥ 95, desktop 100, accessibility, best
 * practices and SEO 100; JavaScript on the wire ≤ 190 KB on a docs page (the reference and the
 * pages with a diagram), and on a tool page at most 40 KB more than on the reference page. A page
 * that is not in the build fails: it was found in the sources, so the build should have it.
 */
export function budgetVerdicts(pages) {
  const verdicts = [];
  for (const page of pages.filter((p) => p.missing)) {
    verdicts.push({ok: false, text: `${page.route}: not in the build`});
  }
  const present = pages.filter((page) => !page.missing);
  for (const page of present) {
    const {mobile, desktop} = page;
    verdicts.push({
      ok: mobile.performance >= MOBILE_PERFORMANCE_BUDGET,
      text: `${page.route}: mobile performance ${mobile.performance} ≥ ${MOBILE_PERFORMANCE_BUDGET}`,
    });
    verdicts.push({
      ok: desktop.performance >= 100,
      text: `${page.route}: desktop performance ${desktop.performance} = 100`,
    });
    for (const [key, label] of [
      ['accessibility', 'accessibility'],
      ['bestPractices', 'best practices'],
      ['seo', 'SEO'],
    ]) {
      const worst = Math.min(mobile[key], desktop[key]);
      verdicts.push({ok: worst === 100, text: `${page.route}: ${label} ${worst} = 100`});
    }
  }
  const reference = present.find((page) => page.reasons.includes('reference'));
  for (const page of present.filter((p) => p.route !== '/')) {
    const wire = page.desktop.scriptWireBytes;
    if (isToolPage(page)) {
      if (!reference) continue;
      const extra = wire - reference.desktop.scriptWireBytes;
      verdicts.push({
        ok: extra <= TOOL_EXTRA_JS_BUDGET,
        text: `${page.route}: ${(extra / KB).toFixed(1)} KB more JS than the docs page ≤ 40 KB`,
      });
    } else {
      verdicts.push({
        ok: wire <= DOCS_JS_BUDGET,
        text: `${page.route}: JS on the wire ${(wire / KB).toFixed(1)} KB ≤ 190 KB`,
      });
    }
  }
  return verdicts;
}

/** The decoder sizes the issue names, and its target: updated output within one frame. */
export const DECODER_SIZES = ['1 KB', '16 KB'];
export const FRAME_BUDGET_MS = 16;
/**
 * Any input up to the input cap, however hostile, updates the page within this (issue #16): the
 * decoder's share, beyond what a bare textarea takes to show the same text.
 */
export const WORST_CASE_BUDGET_MS = 100;

/**
 * The slowest of the hostile inputs (bench-decoder.mjs hostileInputs) against its budget; none
 * measured fails.
 */
export function worstCaseVerdict(decoder) {
  const entries = (decoder.worstCase ?? []).filter((entry) => Number.isFinite(entry.medianFrameMs));
  if (entries.length === 0) {
    return {ok: false, text: 'decoder: worst-case input up to the cap → next frame not measured'};
  }
  const worst = entries.reduce((a, b) => (b.medianFrameMs > a.medianFrameMs ? b : a));
  return {
    ok: worst.medianFrameMs < WORST_CASE_BUDGET_MS,
    text: `decoder: worst-case input up to the cap (${worst.label}, ${worst.chars} characters) → decoder’s share of the next frame ${worst.medianFrameMs.toFixed(1)} ms < ${WORST_CASE_BUDGET_MS} ms`,
  };
}

/**
 * Verdicts for the decoder's input → next-frame medians (from bench-decoder.mjs), the worst case
 * last. No decoder result (page not built) gives no verdict, like a missing page; a size missing
 * from a result fails, so a broken measurement cannot pass silently.
 */
export function decoderVerdicts(decoder) {
  if (!decoder) return [];
  const sizes = DECODER_SIZES.map((label) => {
    const size = decoder.sizes.find((entry) => entry.label === label);
    if (!size || !Number.isFinite(size.medianFrameMs)) {
      return {ok: false, text: `decoder: ${label} token input → next frame not measured`};
    }
    return {
      ok: size.medianFrameMs < FRAME_BUDGET_MS,
      text: `decoder: ${label} token input → next frame ${size.medianFrameMs.toFixed(1)} ms < ${FRAME_BUDGET_MS} ms`,
    };
  });
  return [...sizes, worstCaseVerdict(decoder), ...firstPasteVerdicts(decoder.firstPaste)];
}

/**
 * The first paste into a freshly loaded decoder page, input event → next frame, median (issue #18):
 * the way people use the decoder, and what jwt.io was measured against.
 */
export const FIRST_PASTE_BUDGETS_MS = {'1 KB': 50, '16 KB': 60};

/**
 * Verdicts for the first paste (bench-decoder.mjs benchFirstPaste): each size's median at or under
 * its budget. A size that was not measured, or no first-paste result at all, fails.
 */
export function firstPasteVerdicts(firstPaste) {
  return DECODER_SIZES.map((label) => {
    const budget = FIRST_PASTE_BUDGETS_MS[label];
    const size = firstPaste?.sizes?.find((entry) => entry.label === label);
    if (!size || !Number.isFinite(size.medianFrameMs)) {
      return {
        ok: false,
        text: `decoder: first paste of a ${label} token → next frame not measured`,
      };
    }
    return {
      ok: size.medianFrameMs <= budget,
      text: `decoder: first paste of a ${label} token in a fresh page → next frame ${size.medianFrameMs.toFixed(1)} ms ≤ ${budget} ms`,
    };
  });
}

/** What each main-thread trace event is spent on (summariseTrace); unknown names count as other. */
const TRACE_KINDS = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'v8.callFunction',
    'v8.run',
    'V8.Execute',
    'RunMicrotasks',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'FireIdleCallback',
    'v8.evaluateModule',
  ],
  compile: ['v8.compile', 'V8.CompileCode', 'v8.compileModule', 'CompileScript', 'CacheScript'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'UpdateLayer',
    'CompositeLayers',
    'Commit',
  ],
  gc: [
    'MinorGC',
    'MajorGC',
    'BlinkGC.AtomicPhase',
    'V8.GC_SCAVENGER',
    'ThreadState::performIdleLazySweep',
  ],
  html: ['ParseHTML'],
};
const KIND_OF = new Map(
  Object.entries(TRACE_KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);
/** Blink's finer events (category `blink`), by the start of their names. */
const KIND_PREFIXES = [
  ['Document::recalcStyle', 'style'],
  ['Document::updateStyle', 'style'],
  ['StyleEngine', 'style'],
  ['LocalFrameView::performLayout', 'layout'],
  ['LayoutView', 'layout'],
  ['InlineNode', 'layout'],
  ['Blink.PrePaint', 'paint'],
  ['Blink.Paint', 'paint'],
  ['Blink.CompositingInputs', 'paint'],
  ['Blink.Compositing', 'paint'],
  ['PaintController', 'paint'],
];
const kindOf = (name) =>
  KIND_OF.get(name) ?? KIND_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? 'other';

/**
 * The main thread's CPU time between the user-timing marks `paste-start` and `paste-end` of a
 * Chrome trace (its traceEvents), by kind of work: each complete event's own time (thread time
 * when recorded, else wall time) minus that of the events nested in it. Returns {totalMs, byKind,
 * topEvents: [[name, ms]] (the ten largest), requests: URLs requested in the window}.
 */
export function summariseTrace(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const start = mark('paste-start');
  const end = mark('paste-end');
  if (!start || !end) throw new Error('The trace has no paste-start and paste-end marks');
  const {pid, tid} = start;
  const inWindow = (e) => e.pid === pid && e.tid === tid && e.ts >= start.ts && e.ts <= end.ts;
  const complete = events
    .filter((e) => e.ph === 'X' && inWindow(e) && Number.isFinite(e.dur))
    .map((e) => ({name: e.name, ts: e.ts, end: e.ts + e.dur, own: e.tdur ?? e.dur}))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack = [];
  const selfByName = new Map();
  const roots = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    event.self = event.own;
    if (parent && event.end <= parent.end) parent.self -= event.own;
    else roots.push(event);
    stack.push(event);
  }
  for (const event of complete) {
    selfByName.set(event.name, (selfByName.get(event.name) ?? 0) + Math.max(0, event.self) / 1000);
  }
  const byKind = {};
  for (const [name, ms] of selfByName) {
    const kind = kindOf(name);
    byKind[kind] = (byKind[kind] ?? 0) + ms;
  }
  // Tasks that only wrap others (RunTask, ThreadControllerImpl::RunTask) carry the idle gaps of
  // nothing but their own bookkeeping; they count as other.
  const totalMs = roots.reduce((sum, event) => sum + event.own / 1000, 0);
  const topEvents = [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const requests = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.ts >= start.ts && e.ts <= end.ts)
    .map((e) => e.args?.data?.url)
    .filter(Boolean);
  // The tasks, in order: when each started after the paste-start mark, how long it ran, and what
  // its own time went on, by kind.
  const tasks = roots
    .filter((root) => root.own >= 1000)
    .map((root) => {
      const kinds = {};
      for (const event of complete) {
        if (event.ts >= root.ts && event.end <= root.end) {
          const kind = kindOf(event.name);
          kinds[kind] = (kinds[kind] ?? 0) + Math.max(0, event.self) / 1000;
        }
      }
      return {atMs: (root.ts - start.ts) / 1000, ms: root.own / 1000, kinds};
    });
  return {totalMs, byKind, topEvents, requests, tasks};
}
