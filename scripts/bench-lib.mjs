/** Pure helpers for scripts/bench.mjs, kept apart so they can be unit-tested. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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

/** Budgets from the foundation issue; pages that are missing are skipped, not passed. */
export function budgetVerdicts(pages) {
  const verdicts = [];
  const present = pages.filter((page) => !page.missing);
  for (const page of present) {
    const {mobile, desktop} = page;
    verdicts.push({
      ok: mobile.performance >= 90,
      text: `${page.name}: mobile performance ${mobile.performance} ≥ 90`,
    });
    verdicts.push({
      ok: desktop.performance >= 100,
      text: `${page.name}: desktop performance ${desktop.performance} = 100`,
    });
    for (const [key, label] of [
      ['accessibility', 'accessibility'],
      ['bestPractices', 'best practices'],
      ['seo', 'SEO'],
    ]) {
      const worst = Math.min(mobile[key], desktop[key]);
      verdicts.push({ok: worst === 100, text: `${page.name}: ${label} ${worst} = 100`});
    }
  }
  const docs = present.find((page) => page.name === 'docs page');
  if (docs) {
    const wire = docs.desktop.scriptWireBytes;
    verdicts.push({
      ok: wire <= 190 * KB,
      text: `docs page: JS on the wire ${(wire / KB).toFixed(1)} KB ≤ 190 KB`,
    });
    for (const page of present.filter(
      (p) => p.name === 'checklist page' || p.name === 'decoder page',
    )) {
      const extra = page.desktop.scriptWireBytes - wire;
      verdicts.push({
        ok: extra <= 40 * KB,
        text: `${page.name}: ${(extra / KB).toFixed(1)} KB more JS than the docs page ≤ 40 KB`,
      });
    }
  }
  return verdicts;
}

/** The decoder sizes the issue names, and its target: updated output within one frame. */
export const DECODER_SIZES = ['1 KB', '16 KB'];
export const FRAME_BUDGET_MS = 16;

/**
 * Verdicts for the decoder's input → next-frame medians (from bench-decoder.mjs). No decoder
 * result (page not built) gives no verdict, like a missing page; a size missing from a result
 * fails, so a broken measurement cannot pass silently.
 */
export function decoderVerdicts(decoder) {
  if (!decoder) return [];
  return DECODER_SIZES.map((label) => {
    const size = decoder.sizes.find((entry) => entry.label === label);
    if (!size || !Number.isFinite(size.medianFrameMs)) {
      return {ok: false, text: `decoder: ${label} token input → next frame not measured`};
    }
    return {
      ok: size.medianFrameMs < FRAME_BUDGET_MS,
      text: `decoder: ${label} token input → next frame ${size.medianFrameMs.toFixed(1)} ms < ${FRAME_BUDGET_MS} ms`,
    };
  });
}
