import {DEFAULT_RUN, normaliseRunName, routeForRun} from './runName';

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
