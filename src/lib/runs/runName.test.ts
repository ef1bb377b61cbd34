import {DEFAULT_RUN, normaliseRunName, routeForRun, runFromSearch, searchWithRun} from './runName';

describe('routeForRun', () => {
  it.each([
    [DEFAULT_RUN, '/docs/tools/rollout-timeline'],
    [
      'openedx/edx-platform#12345',
      '/docs/tools/rollout-timeline?run=openedx%2Fedx-platform%2312345',
    ],
    ['PR 2 & more', '/docs/tools/rollout-timeline?run=PR%202%20%26%20more'],
  ])('opens run %j', (run, expected) => {
    expect(routeForRun('/docs/tools/rollout-timeline', run)).toBe(expected);
  });
});

describe('normaliseRunName', () => {
  it.each([
    ['  PR\t 5 ', 'PR 5'],
    ['\u202eevil', 'evil'],
    ['   ', null],
    ['x'.repeat(200), 'x'.repeat(120)],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseRunName(raw)).toBe(expected);
  });
});

describe('runFromSearch', () => {
  it.each([
    ['', null],
    ['?run=PR%201', 'PR 1'],
    ['?run=PR+1&x=2', 'PR 1'],
    // A stray or broken escape never throws.
    ['?run=100%', '100%'],
    ['?run=%E0%A4%A', '\uFFFD%A'],
    ['?run=%20%20', null],
    ['?other=1', null],
  ])('%j → %j', (search, expected) => {
    expect(runFromSearch(search)).toBe(expected);
  });
});

describe('searchWithRun', () => {
  it.each([
    ['', 'openedx/edx-platform#1', '?run=openedx%2Fedx-platform%231'],
    ['?q=jwt', 'PR (2)', '?q=jwt&run=PR%20%282%29'],
    ['?run=old&q=jwt', DEFAULT_RUN, '?q=jwt'],
    ['?run=old', DEFAULT_RUN, ''],
  ])('%j with %j → %j', (search, run, expected) => {
    expect(searchWithRun(search, run)).toBe(expected);
  });
});
