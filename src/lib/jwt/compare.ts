/**
 * Compares the header and claims of two decoded tokens ("a minted before and after a change").
 * Works with whatever decodes: a part that cannot be read counts as missing, with a note. Time
 * claims are dates, and the lifetimes (exp − iat) are compared.
 */
import {formatCompactDuration} from '../time/duration';
import {boundedJson, jsonTextDepth} from './boundedJson';
import {TIME_CLAIMS} from './findings';
import {formatCount, MAX_SHOWN_DEPTH} from './limits';
import {formatUtc, looksLikeMilliseconds, timeView} from './time';
import type {Inspection, TimeView} from './types';

export type DiffKind = 'added' | 'removed' | 'changed' | 'type-changed';

export interface Difference {
  readonly name: string;
  readonly kind: DiffKind;
  readonly before?: unknown;
  readonly after?: unknown;
  /** A time claim's value on each side as a date (only with a clock, see CompareOptions). */
  readonly beforeTime?: TimeView;
  readonly afterTime?: TimeView;
}

/** One side's lifetime (exp − iat, seconds), or why it cannot be computed. */
export type LifetimeSide = {readonly seconds: number} | {readonly reason: string};

export interface LifetimeComparison {
  readonly before: LifetimeSide;
  readonly after: LifetimeSide;
  /** `Lifetime 1 h → 30 min (token above → second token, exp − iat).` */
  readonly text: string;
}

export interface Comparison {
  readonly header: readonly Difference[];
  readonly claims: readonly Difference[];
  /** `3 claims differ: version 1.1.0 → 1.2.0, …` */
  readonly summary: string;
  /** Which parts could not be decoded and so were compared as empty. */
  readonly notes: readonly string[];
  readonly lifetime: LifetimeComparison;
}

export interface CompareOptions {
  /** The decoder's clock: with it, time claims that differ get their dates, relative to it. */
  readonly now?: Date;
  /** Where local times are shown (the reader's zone); UTC is always given too. */
  readonly timeZone?: string;
}

/** The time claims the claims table shows as dates: they are dates here too. */
const isTime = (name: string, value: unknown): value is number =>
  TIME_CLAIMS.includes(name) && typeof value === 'number' && Number.isFinite(value);

/** Seconds, reading a value in milliseconds as such (as the claims table does). */
const asSeconds = (value: number): number => (looksLikeMilliseconds(value) ? value / 1000 : value);

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * JSON text with object keys sorted, so key order never counts as a change. Unlimited, but
 * without recursion: claims nested thousands deep are compared too.
 */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  return boundedJson(value, {sortKeys: true, maxDepth: Infinity, maxChars: Infinity}).text;
}

export function diffObjects(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Difference[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const differences: Difference[] = [];
  for (const name of names) {
    const inBefore = Object.hasOwn(before, name);
    const inAfter = Object.hasOwn(after, name);
    if (!inAfter) differences.push({name, kind: 'removed', before: before[name]});
    else if (!inBefore) differences.push({name, kind: 'added', after: after[name]});
    else if (jsonType(before[name]) !== jsonType(after[name])) {
      differences.push({name, kind: 'type-changed', before: before[name], after: after[name]});
    } else if (canonical(before[name]) !== canonical(after[name])) {
      differences.push({name, kind: 'changed', before: before[name], after: after[name]});
    }
  }
  const order: readonly DiffKind[] = ['changed', 'type-changed', 'added', 'removed'];
  return differences
    .map((difference, index) => ({difference, index}))
    .sort(
      (x, y) =>
        order.indexOf(x.difference.kind) - order.indexOf(y.difference.kind) || x.index - y.index,
    )
    .map(({difference}) => difference);
}

/** A short display of a value for the summary line. */
export function shortValue(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value.slice(0, 40)
      : boundedJson(value, {sortKeys: true, maxChars: 40}).text;
  const long = typeof value === 'string' ? value.length > 39 : text.length > 39;
  return long ? `${text.slice(0, 39)}…` : text;
}

function describe(difference: Difference): string {
  // A changed date reads as dates, not as two large numbers.
  if (
    difference.kind === 'changed' &&
    isTime(difference.name, difference.before) &&
    isTime(difference.name, difference.after)
  ) {
    return `${difference.name} ${formatUtc(asSeconds(difference.before))} → ${formatUtc(
      asSeconds(difference.after),
    )}`;
  }
  switch (difference.kind) {
    case 'added':
      return `${difference.name} added (${shortValue(difference.after)})`;
    case 'removed':
      return `${difference.name} removed`;
    case 'type-changed':
      return `${difference.name} ${jsonType(difference.before)} → ${jsonType(difference.after)}`;
    case 'changed':
      return `${difference.name} ${shortValue(difference.before)} → ${shortValue(difference.after)}`;
  }
}

function phrase(count: number, noun: string, differences: readonly Difference[]): string {
  const verb = count === 1 ? 'differs' : 'differ';
  const shown = differences.slice(0, 5).map(describe);
  if (differences.length > 5) shown.push(`and ${differences.length - 5} more`);
  return `${count} ${noun}${count === 1 ? '' : 's'} ${verb}: ${shown.join(', ')}`;
}

function readable(inspection: Inspection, part: 'header' | 'payload'): boolean {
  if (part === 'payload' && inspection.form === 'jwe') return false;
  return inspection[part]?.json !== undefined;
}

function claimsOf(inspection: Inspection): Readonly<Record<string, unknown>> | undefined {
  return inspection.form === 'jwe' ? undefined : inspection.payload?.json;
}

/** A token's lifetime, exp − iat, or why it has none. `whose` names it in the reason. */
export function tokenLifetime(inspection: Inspection, whose: string): LifetimeSide {
  const claims = claimsOf(inspection);
  if (inspection.form === 'empty') return {reason: `${whose} is empty`};
  if (claims === undefined) return {reason: `${whose}’s claims are unreadable`};
  const missing = (['exp', 'iat'] as const).filter((name) => claims[name] === undefined);
  if (missing.length > 0) return {reason: `${whose} has no ${missing.join(' and no ')}`};
  const {exp, iat} = claims;
  for (const [name, value] of [
    ['exp', exp],
    ['iat', iat],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return {reason: `${whose}’s ${name} is not a number`};
    }
  }
  const seconds = asSeconds(exp as number) - asSeconds(iat as number);
  return seconds < 0 ? {reason: `${whose}’s exp is before its iat`} : {seconds};
}

export function compareLifetimes(a: Inspection, b: Inspection): LifetimeComparison {
  const before = tokenLifetime(a, 'the token above');
  const after = tokenLifetime(b, 'the second token');
  const shown = (side: LifetimeSide): string =>
    'seconds' in side ? formatCompactDuration(side.seconds) : 'cannot be computed';
  const reasons = [before, after].flatMap((side) => ('reason' in side ? [side.reason] : []));
  let text: string;
  if ('seconds' in before && 'seconds' in after) {
    text =
      before.seconds === after.seconds
        ? `Lifetime ${shown(before)} in both tokens (exp − iat).`
        : `Lifetime ${shown(before)} → ${shown(after)} (token above → second token, exp − iat).`;
  } else if (reasons.length === 2) {
    text = `Lifetime cannot be computed: ${reasons.join('; ')}.`;
  } else {
    text = `Lifetime ${shown(before)} → ${shown(after)}: ${reasons[0]}.`;
  }
  return {before, after, text};
}

/** Adds the dates of a changed, added or removed time claim (see CompareOptions). */
function withTimes(difference: Difference, now: Date, timeZone: string): Difference {
  const {name, before, after} = difference;
  const beforeTime =
    difference.kind !== 'added' && isTime(name, before)
      ? timeView(name, before, now, timeZone)
      : undefined;
  const afterTime =
    difference.kind !== 'removed' && isTime(name, after)
      ? timeView(name, after, now, timeZone)
      : undefined;
  return {
    ...difference,
    ...(beforeTime && {beforeTime}),
    ...(afterTime && {afterTime}),
  };
}

export function compareTokens(
  a: Inspection,
  b: Inspection,
  options: CompareOptions = {},
): Comparison {
  const notes: string[] = [];
  for (const [label, inspection] of [
    ['first', a],
    ['second', b],
  ] as const) {
    const tooLarge = inspection.findings.find((finding) => finding.code === 'input-too-large');
    if (tooLarge) notes.push(`The ${label} token: ${tooLarge.message}`);
    else if (inspection.form === 'empty') notes.push(`The ${label} token is empty.`);
    else {
      if (!readable(inspection, 'header')) {
        notes.push(`The ${label} token's header cannot be decoded; it is compared as empty.`);
      }
      if (!readable(inspection, 'payload')) {
        notes.push(`The ${label} token's claims cannot be decoded; they are compared as empty.`);
      }
      for (const part of ['header', 'payload'] as const) {
        const decoded = inspection[part];
        if (!decoded?.json || !decoded.shownCut) continue;
        const depth = jsonTextDepth(decoded.text ?? '');
        if (depth > MAX_SHOWN_DEPTH) {
          notes.push(
            `The ${label} token's ${part} nests ${formatCount(depth)} levels deep; values deeper than ${MAX_SHOWN_DEPTH} levels are shown as […] or {…}.`,
          );
        }
      }
    }
  }
  const header = diffObjects(a.header?.json ?? {}, b.header?.json ?? {});
  const {now, timeZone = 'UTC'} = options;
  const claims = diffObjects(claimsOf(a) ?? {}, claimsOf(b) ?? {}).map((difference) =>
    now === undefined ? difference : withTimes(difference, now, timeZone),
  );
  const parts: string[] = [];
  if (claims.length > 0) parts.push(phrase(claims.length, 'claim', claims));
  if (header.length > 0) parts.push(phrase(header.length, 'header parameter', header));
  const summary = parts.length === 0 ? 'Header and claims are the same.' : `${parts.join('; ')}.`;
  return {header, claims, summary, notes, lifetime: compareLifetimes(a, b)};
}
