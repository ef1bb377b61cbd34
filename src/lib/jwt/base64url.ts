/**
 * Base64url decoding with diagnostics. The bytes come from jose's strict decoder; this module only
 * looks at the characters first, so a reader learns which segment and which character is wrong.
 * Standard base64 (`+`, `/`) and `=` padding are accepted leniently, with a warning: JWTs must use
 * unpadded base64url (RFC 7515 §2), and verifiers reject anything else.
 */
import {base64url} from 'jose';
import {describeSegment} from './segments';
import type {Finding, Segment} from './types';

export interface SegmentBytes {
  /** Undefined when the segment cannot be decoded at all. */
  readonly bytes?: Uint8Array;
  /** True when standard-alphabet characters or padding had to be tolerated. */
  readonly lenient: boolean;
  readonly findings: readonly Finding[];
}

const URL_SAFE = /[A-Za-z0-9_-]/;

function printable(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

export function decodeSegment(segment: Segment): SegmentBytes {
  const {text} = segment;
  const where = describeSegment(segment);
  const findings: Finding[] = [];
  let standard = false;
  let padding = 0;
  let firstBad: number | undefined;
  let badCount = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (URL_SAFE.test(char)) {
      if (padding > 0 && firstBad === undefined) {
        firstBad = i - padding;
        badCount += 1;
      }
      continue;
    }
    if (char === '+' || char === '/') {
      standard = true;
    } else if (char === '=') {
      padding += 1;
    } else {
      badCount += 1;
      firstBad ??= i;
    }
  }
  if (firstBad !== undefined) {
    // Re-read by code point so an emoji is reported as one character.
    const char = String.fromCodePoint(text.codePointAt(firstBad) ?? 0);
    const more = badCount > 1 ? ` (${badCount - 1} more after it)` : '';
    findings.push({
      code: 'base64url-invalid-character',
      severity: 'error',
      message: `${capitalise(where)} contains ${printable(char)} at position ${firstBad + 1} of the segment (character ${segment.start + firstBad + 1} of the token)${more}. Base64url uses only A–Z, a–z, 0–9, "-" and "_".`,
    });
    return {lenient: false, findings};
  }
  if (padding > 2) {
    findings.push({
      code: 'base64url-invalid-length',
      severity: 'error',
      message: `${capitalise(where)} ends with ${padding} "=" signs; base64 never needs more than two.`,
    });
    return {lenient: false, findings};
  }
  const core = text.slice(0, text.length - padding);
  if (core.length % 4 === 1) {
    findings.push({
      code: 'base64url-invalid-length',
      severity: 'error',
      message: `${capitalise(where)} has ${core.length} characters; base64url text can never be 1 more than a multiple of 4 long, so a character is missing or one too many (often from a copy that cut the token).`,
    });
    return {lenient: false, findings};
  }
  if (standard) {
    findings.push({
      code: 'base64-standard-alphabet',
      severity: 'warning',
      message: `${capitalise(where)} uses "+" or "/", which belong to standard base64, not base64url. Decoded anyway; verifiers reject such a token.`,
    });
  }
  if (padding > 0) {
    findings.push({
      code: 'base64-padding',
      severity: 'warning',
      message: `${capitalise(where)} ends with "=" padding, which JWTs must not have. Decoded anyway; verifiers reject such a token.`,
    });
  }
  const normalised = core.replace(/\+/g, '-').replace(/\//g, '_');
  try {
    return {bytes: base64url.decode(normalised), lenient: standard || padding > 0, findings};
  } catch {
    findings.push({
      code: 'base64url-invalid-length',
      severity: 'error',
      message: `${capitalise(where)} is not valid base64url: its last character carries bits that do not fit.`,
    });
    return {lenient: false, findings};
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
