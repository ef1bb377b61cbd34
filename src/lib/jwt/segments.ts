/**
 * Splits a compact token into its dot-separated segments and names each one: three for a JWS
 * (RFC 7515 §7.1), five for a JWE (RFC 7516 §7.1). Positions are kept for colouring and for
 * diagnostics that point at a character.
 */
import type {Segment, SegmentRole, TokenForm} from './types';

const JWS_ROLES: readonly SegmentRole[] = ['header', 'payload', 'signature'];
const JWE_ROLES: readonly SegmentRole[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

/** Human names used in messages, e.g. "the payload (segment 2)". */
export const ROLE_NAMES: Readonly<Record<SegmentRole, string>> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
  extra: 'extra segment',
};

export function describeSegment(segment: Segment): string {
  return `the ${ROLE_NAMES[segment.role]} (segment ${segment.index})`;
}

export interface Split {
  readonly form: TokenForm;
  /**
   * At most six: a token with more dots keeps its first five segments and one sixth `extra`
   * segment that holds the rest, dots included, so that no input makes thousands of them.
   */
  readonly segments: readonly Segment[];
  /** How many dot-separated segments the token has. */
  readonly count: number;
}

/** Segments kept one by one; the last one kept holds whatever follows. */
const MAX_KEPT_SEGMENTS = 6;

export function splitSegments(token: string): Split {
  if (token === '') return {form: 'empty', segments: [], count: 0};
  let count = 1;
  for (let at = token.indexOf('.'); at >= 0; at = token.indexOf('.', at + 1)) count++;
  const form: TokenForm = count === 3 ? 'jws' : count === 5 ? 'jwe' : 'malformed';
  const roles = form === 'jwe' ? JWE_ROLES : JWS_ROLES;
  const segments: Segment[] = [];
  let start = 0;
  while (segments.length < MAX_KEPT_SEGMENTS) {
    const last = segments.length === MAX_KEPT_SEGMENTS - 1;
    const dot = last ? -1 : token.indexOf('.', start);
    const end = dot < 0 ? token.length : dot;
    const i = segments.length;
    segments.push({role: roles[i] ?? 'extra', index: i + 1, text: token.slice(start, end), start});
    if (dot < 0) break;
    start = dot + 1;
  }
  return {form, segments, count};
}
