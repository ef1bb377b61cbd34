import {budgetVerdicts, decoderVerdicts, median, summariseLighthouse} from './bench-lib.mjs';

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

describe('budgetVerdicts', () => {
  it('fails a mobile score under 90 and an interactive page 40 KB heavier than docs', () => {
    const verdicts = budgetVerdicts([
      {name: 'docs page', missing: false, mobile: metrics({performance: 89}), desktop: metrics()},
      {
        name: 'checklist page',
        missing: false,
        mobile: metrics(),
        desktop: metrics({scriptWireBytes: 141 * 1024}),
      },
      {name: 'decoder page', missing: true},
    ]);
    const failed = verdicts.filter((v) => !v.ok).map((v) => v.text);
    expect(failed).toEqual([
      'docs page: mobile performance 89 ≥ 90',
      'checklist page: 41.0 KB more JS than the docs page ≤ 40 KB',
    ]);
    expect(verdicts.some((v) => v.text.startsWith('decoder page'))).toBe(false);
  });
});

describe('decoderVerdicts', () => {
  const size = (label, medianFrameMs) => ({label, bytes: 1, medianMs: 1, medianFrameMs});

  it('passes both sizes under one frame and fails one at or over 16 ms', () => {
    expect(decoderVerdicts({sizes: [size('1 KB', 7.2), size('16 KB', 15.9)]})).toEqual([
      {ok: true, text: 'decoder: 1 KB token input → next frame 7.2 ms < 16 ms'},
      {ok: true, text: 'decoder: 16 KB token input → next frame 15.9 ms < 16 ms'},
    ]);
    const slow = decoderVerdicts({sizes: [size('1 KB', 16), size('16 KB', 40.5)]});
    expect(slow.map((v) => v.ok)).toEqual([false, false]);
    expect(slow[1].text).toBe('decoder: 16 KB token input → next frame 40.5 ms < 16 ms');
  });

  it('fails a size that was not measured, and gives no verdict without a decoder result', () => {
    expect(decoderVerdicts({sizes: [size('1 KB', 3)]})).toEqual([
      {ok: true, text: 'decoder: 1 KB token input → next frame 3.0 ms < 16 ms'},
      {ok: false, text: 'decoder: 16 KB token input → next frame not measured'},
    ]);
    expect(decoderVerdicts(undefined)).toEqual([]);
  });
});
