import fc from 'fast-check';
import {
  formatInstant,
  fromWallClock,
  isValidTimeZone,
  offsetMinutes,
  wallClock,
  wallClockByIntl,
} from './zones';

// Years 1000 to 9999: the range a datetime-local field and the planner's four-digit years take.
const instants = fc.integer({min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59)});

describe('UTC without Intl', () => {
  test.each(['UTC', 'Etc/UTC'])(
    '%s reads the same wall clock as Intl does, at any instant',
    (zone) => {
      fc.assert(
        fc.property(instants, (epochMs) => {
          expect(wallClock(epochMs, zone)).toEqual(wallClockByIntl(epochMs, zone));
        }),
      );
    },
  );

  test('a leap day and the last second of a year', () => {
    expect(wallClock(Date.UTC(2028, 1, 29, 23, 59, 59), 'UTC')).toEqual({
      year: 2028,
      month: 2,
      day: 29,
      hour: 23,
      minute: 59,
      second: 59,
    });
    expect(formatInstant(Date.UTC(2026, 11, 31, 23, 59, 59), 'UTC')).toBe('2026-12-31 23:59 UTC');
  });

  test('UTC has no offset and every wall-clock time exists', () => {
    fc.assert(
      fc.property(instants, (epochMs) => {
        const whole = Math.floor(epochMs / 1000) * 1000;
        expect(offsetMinutes(epochMs, 'UTC')).toBe(0);
        expect(fromWallClock(wallClock(whole, 'UTC'), 'UTC')).toBe(whole);
      }),
    );
  });

  test('UTC is a valid zone and an unknown one is not', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Etc/UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
