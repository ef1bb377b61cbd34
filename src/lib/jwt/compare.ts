/**
 * Compares the header and claims of two decoded tokens ("a minted before and after a change").
 * Works with whatever decodes: a part that cannot be read counts as missing, with a note.
 */
import {boundedJson, jsonTextDepth} from './boundedJson';
import {formatCount, MAX_SHOWN_DEPTH} from './limits';
import type {Inspection} from './types';

export type DiffKind = 'added' | 'removed' | 'changed' | 'type-changed';

export interface Difference {
  readonly name: string;
  readonly kind: DiffKind;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface Comparison {
  readonly header: readonly Difference[];
  readonly claims: readonly Difference[];
  /** `3 claims differ: version 1.1.0 → 1.2.0, …` */
  readonly summary: string;
  /** Which parts could not be decoded and so were compared as empty. */
  readonly notes: readonly string[];
}

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

export function compareTokens(a: Inspection, b: Inspection): Comparison {
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
  const claims = diffObjects(
    (a.form === 'jwe' ? undefined : a.payload?.json) ?? {},
    (b.form === 'jwe' ? undefined : b.payload?.json) ?? {},
  );
  const parts: string[] = [];
  if (claims.length > 0) parts.push(phrase(claims.length, 'claim', claims));
  if (header.length > 0) parts.push(phrase(header.length, 'header parameter', header));
  const summary = parts.length === 0 ? 'Header and claims are the same.' : `${parts.join('; ')}.`;
  return {header, claims, summary, notes};
}
