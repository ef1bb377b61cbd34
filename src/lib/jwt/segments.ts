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
  readonly segments: readonly Segment[];
}

export function splitSegments(token: string): Split {
  if (token === '') return {form: 'empty', segments: []};
  const texts = token.split('.');
  const form: TokenForm = texts.length === 3 ? 'jws' : texts.length === 5 ? 'jwe' : 'malformed';
  const roles = form === 'jwe' ? JWE_ROLES : JWS_ROLES;
  let start = 0;
  const segments = texts.map((text, i): Segment => {
    const segment: Segment = {role: roles[i] ?? 'extra', index: i + 1, text, start};
    start += text.length + 1;
    return segment;
  });
  return {form, segments};
}
