/**
 * The plan as an iCalendar file (RFC 5545): one event per key moment, with reminders (VALARM).
 * CRLF line endings, lines folded at 75 octets, text escaped, times in UTC.
 */
import {plainText} from '../markdown/escape';
import {formatInstant} from './time';
import type {KeyMoment, Plan} from './planTypes';

/** `20260329T080000Z` */
export function icsDate(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11). Control characters are not allowed in them; those and other
 * invisible or reordering characters that were typed are shown as `[U+…]` (lib/markdown/escape).
 */
export function escapeText(text: string): string {
  return plainText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * Octets of one code point in UTF-8; a lone surrogate counts 3, as the U+FFFD it is encoded as.
 * Arithmetic, because a TextEncoder call per character made the example's .ics cost about 12 ms of
 * the rollout timeline's first render.
 */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line so no physical line exceeds 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** How long each moment's event lasts in the calendar, and its reminder, in minutes. */
const EVENT_MINUTES: Partial<Record<KeyMoment['kind'], number>> = {'follow-up': 30};
const REMINDER_MINUTES: Partial<Record<KeyMoment['kind'], number>> = {
  start: 15,
  'follow-up': 15,
  'safe-removal': 60,
};

export interface IcsOptions {
  /** DTSTAMP: when the file was made (epoch ms). */
  readonly now: number;
}

export function planToIcs(plan: Plan, options: IcsOptions): string {
  const {input} = plan;
  const title = input.title.trim();
  const prefix = title === '' ? 'JWT rollout' : `JWT rollout (${title})`;
  const uidBase = `${icsDate(input.start)}-${Math.abs(hash(title))}`;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//So you want to touch JWTs//Rollout timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const event = (
    uid: string,
    summary: string,
    from: number,
    to: number,
    description: string,
    reminderMinutes: number,
  ): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${uidBase}@so-you-want-to-touch-jwts`,
      `DTSTAMP:${icsDate(options.now)}`,
      `DTSTART:${icsDate(from)}`,
      `DTEND:${icsDate(to)}`,
      `SUMMARY:${escapeText(`${prefix}: ${summary}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      reminderMinutes === 0 ? 'TRIGGER:PT0M' : `TRIGGER:-PT${reminderMinutes}M`,
      'END:VALARM',
      'END:VEVENT',
    );
  };
  for (const watch of plan.watches) {
    event(
      watch.id,
      watch.label,
      watch.from,
      watch.to,
      `${watch.label} from ${formatInstant(watch.from, input.timeZone)} to ${formatInstant(
        watch.to,
        input.timeZone,
      )}.`,
      0,
    );
  }
  for (const moment of plan.moments) {
    const minutes = EVENT_MINUTES[moment.kind] ?? 15;
    event(
      moment.id,
      moment.label,
      moment.at,
      moment.at + minutes * 60_000,
      `${formatInstant(moment.at, input.timeZone)}: ${moment.detail}`,
      REMINDER_MINUTES[moment.kind] ?? 0,
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (Math.imul(value, 31) + char.codePointAt(0)!) | 0;
  return value;
}
