/**
 * NumericDate (RFC 7519 §2: seconds since 1970-01-01T00:00:00Z, leap seconds ignored) shown three
 * ways: UTC ISO 8601, local time with its offset and zone, and relative to an injected clock.
 */
import {formatIsoLocal, isValidTimeZone, readerTimeZone} from '../time/zones';
import type {TimeView} from './types';

/**
 * 10^11 seconds is the year 5138, while 10^11 milliseconds is March 1973: a real expiry or issue
 * time at or above it was almost certainly written in milliseconds (JavaScript's Date.now()).
 */
export const MILLISECONDS_THRESHOLD = 1e11;

export function looksLikeMilliseconds(value: number): boolean {
  return Math.abs(value) >= MILLISECONDS_THRESHOLD;
}

function validDate(seconds: number): Date | undefined {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2011-03-22T18:43:00Z` (milliseconds only when the value has a fraction). */
export function formatUtc(seconds: number): string {
  const date = validDate(seconds);
  if (!date) return 'outside the range of dates a computer can show';
  return date.toISOString().replace('.000Z', 'Z');
}

/** The time zone to show local times in; the runtime's own zone when none is given. */
/** The reader's zone: where local times are shown unless a zone is given. */
export const defaultTimeZone = readerTimeZone;

/** `2011-03-22T19:43:00+01:00 (Europe/Paris)`; an unknown zone falls back to UTC. */
export function formatLocal(seconds: number, timeZone: string): string {
  const date = validDate(seconds);
  if (!date) return 'outside the range of dates a computer can show';
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return `${formatIsoLocal(date.getTime(), zone)} (${zone})`;
}

const UNITS: readonly [limit: number, size: number, name: string][] = [
  [90, 1, 'second'],
  [90 * 60, 60, 'minute'],
  [48 * 3600, 3600, 'hour'],
  [730 * 86400, 86400, 'day'],
  [Infinity, 365.25 * 86400, 'year'],
];

/** `42 minutes`, `1 hour`, `3 days`: whole units, rounded down. */
export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  for (const [limit, size, name] of UNITS) {
    if (abs < limit) {
      const count = Math.floor(abs / size);
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return 'a very long time';
}

/** "expires in 42 minutes", "expired 3 hours ago", "issued 5 seconds ago"… */
export function formatRelative(name: string, seconds: number, now: Date): string {
  const delta = seconds - now.getTime() / 1000;
  const span = formatDuration(delta);
  const future = delta > 0;
  switch (name) {
    case 'exp':
      return future ? `expires in ${span}` : `expired ${span} ago`;
    case 'nbf':
      return future ? `not valid for another ${span}` : `valid since ${span} ago`;
    case 'iat':
      return future ? `issued ${span} in the future` : `issued ${span} ago`;
    default:
      return future ? `in ${span}` : `${span} ago`;
  }
}

export function timeView(name: string, value: number, now: Date, timeZone: string): TimeView {
  const milliseconds = looksLikeMilliseconds(value);
  const seconds = milliseconds ? value / 1000 : value;
  return {
    name,
    seconds: value,
    utc: formatUtc(seconds),
    local: formatLocal(seconds, timeZone),
    relative: formatRelative(name, seconds, now),
    looksLikeMilliseconds: milliseconds,
  };
}
