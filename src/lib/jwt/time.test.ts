import {NOW, NOW_SECONDS} from '@site/test/fixtures/tokens';
import {formatDuration, formatLocal, formatRelative, formatUtc, timeView} from './time';

describe('NumericDate formatting', () => {
  it.each([
    [1300819380, '2011-03-22T18:43:00Z'],
    [0, '1970-01-01T00:00:00Z'],
    [1.5, '1970-01-01T00:00:01.500Z'],
    [1e20, 'outside the range of dates a computer can show'],
  ])('UTC of %p is %s', (seconds, expected) => {
    expect(formatUtc(seconds)).toBe(expected);
  });

  it.each([
    ['Europe/Paris', '2011-03-22T19:43:00+01:00 (Europe/Paris)'],
    ['America/New_York', '2011-03-22T14:43:00-04:00 (America/New_York)'],
    ['Asia/Kolkata', '2011-03-23T00:13:00+05:30 (Asia/Kolkata)'],
    ['UTC', '2011-03-22T18:43:00+00:00 (UTC)'],
    ['Not/AZone', '2011-03-22T18:43:00+00:00 (UTC)'],
  ])('local time in %s', (zone, expected) => {
    expect(formatLocal(1300819380, zone)).toBe(expected);
  });

  it.each([
    ['exp', 42 * 60 + 5, 'expires in 42 minutes'],
    ['exp', -3 * 3600 - 59, 'expired 3 hours ago'],
    ['exp', 0, 'expired 0 seconds ago'],
    ['exp', -1, 'expired 1 second ago'],
    ['nbf', 80, 'not valid for another 80 seconds'],
    ['nbf', -86400 * 3, 'valid since 3 days ago'],
    ['iat', -5, 'issued 5 seconds ago'],
    ['iat', 7200, 'issued 2 hours in the future'],
    ['auth_time', -800 * 86400, '2 years ago'],
  ])('%s at now %+d s reads "%s"', (name, delta, expected) => {
    const text = formatRelative(name, NOW_SECONDS + delta, NOW);
    expect(text).toBe(expected);
  });

  it('rounds durations down to whole units', () => {
    expect(formatDuration(89)).toBe('89 seconds');
    expect(formatDuration(90)).toBe('1 minute');
    expect(formatDuration(47 * 3600)).toBe('47 hours');
    expect(formatDuration(48 * 3600)).toBe('2 days');
  });

  it('detects milliseconds and shows the millisecond reading', () => {
    const view = timeView('exp', NOW.getTime() + 60_000, NOW, 'UTC');
    expect(view.looksLikeMilliseconds).toBe(true);
    expect(view.utc).toBe('2024-05-01T12:01:00Z');
    expect(view.relative).toBe('expires in 60 seconds');
    expect(timeView('exp', NOW_SECONDS, NOW, 'UTC').looksLikeMilliseconds).toBe(false);
  });
});
