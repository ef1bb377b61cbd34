/**
 * Wall-clock arithmetic in an IANA time zone, with nothing but `Intl` (and plain date arithmetic for
 * UTC). Times are epoch milliseconds; a zone only matters for display and for "09:00 the next day".
 * Shared by the decoder (local time of a claim) and the rollout planner.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Zones whose clock is UTC itself. Their readings need no `Intl`: the first `Intl.DateTimeFormat` in a
 * page loads the browser's date data (16 to 20 ms in a fresh Chromium page, four times that on a
 * throttled phone), which the rollout planner's UTC example would otherwise pay while the page loads.
 */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC']);

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone of the machine running this code (the reader's, in a browser); UTC when unknown. */
export function readerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every time zone this runtime can list; none where `Intl` cannot list them. */
export function knownTimeZones(): readonly string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** True when `Intl` knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    if (!UTC_ZONES.has(timeZone)) formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function utcWallClock(epochMs: number): WallClock {
  const date = new Date(epochMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** The wall-clock reading in `timeZone` at `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  return UTC_ZONES.has(timeZone) ? utcWallClock(epochMs) : wallClockByIntl(epochMs, timeZone);
}

/** The reading as `Intl` gives it: what `wallClock` does for every zone but UTC's. */
export function wallClockByIntl(epochMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? '0');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of the zone from UTC at `epochMs`, in minutes (east positive). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const wall = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/**
 * The instant at which the zone's clock shows the given wall-clock time. In a spring-forward gap the
 * time does not exist and null is returned; in a fall-back overlap the earlier instant wins.
 */
export function fromWallClock(wall: WallClock, timeZone: string): number | null {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const candidates = new Set<number>();
  for (const probe of [guess - 86_400_000, guess, guess + 86_400_000]) {
    candidates.add(guess - offsetMinutes(probe, timeZone) * 60000);
  }
  const matches = [...candidates]
    .filter((candidate) => {
      const back = wallClock(candidate, timeZone);
      return (
        back.year === wall.year &&
        back.month === wall.month &&
        back.day === wall.day &&
        back.hour === wall.hour &&
        back.minute === wall.minute &&
        back.second === wall.second
      );
    })
    .sort((a, b) => a - b);
  return matches[0] ?? null;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses the value of an `<input type="datetime-local">` (`2026-03-29T10:00`) as a wall clock. */
export function parseLocalInput(value: string): WallClock | null {
  const match = LOCAL_INPUT.exec(value);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second ?? 0,
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59 ||
    check.getUTCDate() !== wall.day ||
    check.getUTCMonth() !== wall.month - 1
  ) {
    return null;
  }
  return wall;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The `datetime-local` value showing `epochMs` in `timeZone` (minute precision). */
export function toLocalInput(epochMs: number, timeZone: string): string {
  const wall = wallClock(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** `UTC+02:00`, `UTC−03:30`, `UTC` */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-03-29 10:00 UTC+02:00`: the same text in every browser (no locale-dependent zone names). */
export function formatInstant(epochMs: number, timeZone: string): string {
  const wall = wallClock(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(
    wall.minute,
  )} ${formatOffset(offsetMinutes(epochMs, timeZone))}`;
}

/** `+02:00`, `-03:30`, `+00:00`: an offset as ISO 8601 writes it. */
export function formatIsoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2011-03-22T19:43:00+01:00`: the wall-clock time in the zone with its offset, to the second. */
export function formatIsoLocal(epochMs: number, timeZone: string): string {
  const wall = wallClock(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(
    wall.minute,
  )}:${pad(wall.second)}${formatIsoOffset(offsetMinutes(epochMs, timeZone))}`;
}
