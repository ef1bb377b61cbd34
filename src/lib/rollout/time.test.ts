import {formatInstant, fromWallClock, nextDayAt, parseLocalInput, toLocalInput} from './index';
import {utc} from '@site/test/rolloutPlans';

describe('formatInstant and zones', () => {
  test.each([
    ['UTC', '2026-03-10T10:00:00Z', '2026-03-10 10:00 UTC'],
    ['Europe/Berlin', '2026-03-10T10:00:00Z', '2026-03-10 11:00 UTC+01:00'],
    ['Europe/Berlin', '2026-07-10T10:00:00Z', '2026-07-10 12:00 UTC+02:00'],
    ['America/New_York', '2026-03-10T03:30:00Z', '2026-03-09 23:30 UTC-04:00'],
    ['Asia/Kolkata', '2026-03-10T10:00:00Z', '2026-03-10 15:30 UTC+05:30'],
    ['Pacific/Auckland', '2026-03-10T10:00:00Z', '2026-03-10 23:00 UTC+13:00'],
  ])('%s at %s shows %s', (zone, iso, expected) => {
    expect(formatInstant(utc(iso), zone)).toBe(expected);
  });

  test.each([
    ['Europe/Berlin', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['Europe/Berlin', '2026-03-28T10:00', '2026-03-28T09:00:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'], // overlap: earlier wins
    ['Asia/Kolkata', '2026-01-01T00:00', '2025-12-31T18:30:00.000Z'],
  ])('local input %s %s is %s', (zone, local, iso) => {
    const wall = parseLocalInput(local)!;
    expect(new Date(fromWallClock(wall, zone)!).toISOString()).toBe(iso);
    expect(toLocalInput(utc(iso), zone)).toBe(local);
  });

  test('a time in the spring-forward gap does not exist', () => {
    expect(fromWallClock(parseLocalInput('2026-03-29T02:30')!, 'Europe/Berlin')).toBeNull();
  });

  test.each(['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '10:00', 'x'])(
    'parseLocalInput rejects %p',
    (value) => {
      expect(parseLocalInput(value)).toBeNull();
    },
  );

  test('nextDayAt skips a missing hour', () => {
    // America/Havana moves clocks from 00:00 to 01:00; ask for 00:00 on that day.
    const before = utc('2026-03-07T12:00:00Z');
    const at = nextDayAt(before, 'America/Havana', 0);
    expect(formatInstant(at, 'America/Havana')).toBe('2026-03-08 01:00 UTC-04:00');
  });
});
