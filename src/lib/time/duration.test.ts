import {formatCompactDuration} from './duration';

test.each([
  [5, '5 s'],
  [3595, '59 min 55 s'],
  [3600, '1 h'],
  [1800, '30 min'],
  [5400, '1 h 30 min'],
  [86_400, '1 day'],
  [7_776_000, '90 days'],
  [0, '0 s'],
  [59.6, '1 min'],
  [-900, '−15 min'],
  [Number.NaN, 'not a duration'],
])('formatCompactDuration(%d) is %s', (seconds, text) => {
  expect(formatCompactDuration(seconds)).toBe(text);
});
