/**
 * Decodes a compact token as far as it can be decoded, without a clock or a key: splits it,
 * base64url-decodes each readable segment, reads UTF-8 and JSON, recognises JWE and nested JWTs.
 * Nothing here validates the signature or the claims. Never throws.
 */
import {capitalise, decodeSegment} from './base64url';
import {boundedJson, jsonTextDepth} from './boundedJson';
import {formatCount, MAX_SHOWN_CHARS, MAX_SHOWN_DEPTH} from './limits';
import {decodeUtf8, isObject, parseJson} from './json';
import {describeSegment, splitSegments} from './segments';
import type {DecodedPart, Finding, Inspection, Segment} from './types';

/** How deep nested JWTs (`cty: JWT`) are unwrapped. */
const MAX_NESTING = 3;

type Decoded = Omit<Inspection, 'extraction'>;

interface PartResult {
  readonly part?: DecodedPart;
  readonly lenient: boolean;
  readonly findings: readonly Finding[];
}

/**
 * What the part's panel shows, within the display limits, and a finding for whatever the limits
 * leave out: the reader learns what was cut, why, and where the whole of it still is.
 */
function shownPart(part: DecodedPart): {part: DecodedPart; findings: Finding[]} {
  const where = capitalise(describeSegment(part.segment));
  const panel = part.segment.role === 'header' ? 'Header' : 'Payload';
  const whole = `Nothing is lost: “Copy ${panel.toLowerCase()}” copies all of it as decoded, and the token above is unchanged.`;
  const findings: Finding[] = [];
  if (!part.isJson) {
    const text = part.text ?? '';
    const cut = text.length > MAX_SHOWN_CHARS;
    if (cut) {
      findings.push({
        code: 'json-too-long-to-show',
        severity: 'info',
        message: `${where} is ${formatCount(text.length)} characters long; the ${panel} panel shows the first ${formatCount(MAX_SHOWN_CHARS)}, as more would slow the page down. ${whole}`,
      });
    }
    return {
      part: {...part, shown: cut ? text.slice(0, MAX_SHOWN_CHARS) : text, shownCut: cut},
      findings,
    };
  }
  const value = part.json ?? part.value;
  const printed = boundedJson(value, {indent: 2});
  if (printed.depthCut) {
    findings.push({
      code: 'json-too-deep',
      severity: 'warning',
      message: `${where} is JSON nested ${formatCount(jsonTextDepth(part.text ?? ''))} levels deep. The ${panel} panel and the tables open the first ${MAX_SHOWN_DEPTH} levels and show deeper values as […] or {…}: printing every level would freeze the page or exhaust the browser’s stack. ${whole}`,
    });
  }
  if (printed.sizeCut) {
    findings.push({
      code: 'json-too-long-to-show',
      severity: 'info',
      message: `${where} is more than ${formatCount(MAX_SHOWN_CHARS)} characters long once indented; the ${panel} panel shows the first ${formatCount(MAX_SHOWN_CHARS)}, as more would slow the page down. ${whole}`,
    });
  }
  return {
    part: {...part, shown: printed.text, shownCut: printed.depthCut || printed.sizeCut},
    findings,
  };
}

/** Decodes a header or payload segment; `expectJson: false` keeps the text (a nested token). */
function decodePart(segment: Segment, expectJson = true): PartResult {
  const result = readPart(segment, expectJson);
  if (!result.part) return result;
  const shown = shownPart(result.part);
  return {...result, part: shown.part, findings: [...result.findings, ...shown.findings]};
}

function readPart(segment: Segment, expectJson: boolean): PartResult {
  const where = describeSegment(segment);
  if (segment.text === '') {
    return {
      lenient: false,
      findings: [
        {code: 'segment-empty', severity: 'error', message: `${capitalise(where)} is empty.`},
      ],
    };
  }
  const decoded = decodeSegment(segment);
  const findings = [...decoded.findings];
  if (decoded.bytes === undefined) return {lenient: false, findings};
  const bytes = decoded.bytes;
  const utf8 = decodeUtf8(bytes);
  if (!utf8.ok) {
    findings.push({
      code: 'utf8-invalid',
      severity: 'error',
      message: `${capitalise(where)} decodes to bytes that are not valid UTF-8 (first bad byte at offset ${utf8.offset}). JSON in a JWT must be UTF-8; shown with replacement characters.`,
    });
    return {
      part: {segment, bytes, text: utf8.text, isJson: false},
      lenient: decoded.lenient,
      findings,
    };
  }
  if (!expectJson) {
    return {
      part: {segment, bytes, text: utf8.text, isJson: false},
      lenient: decoded.lenient,
      findings,
    };
  }
  const json = parseJson(utf8.text);
  if (!json.ok) {
    const at =
      json.position === undefined
        ? ''
        : ` at character ${json.position + 1} (line ${json.line}, column ${json.column})`;
    findings.push({
      code: 'json-invalid',
      severity: 'error',
      message: `${capitalise(where)} is not valid JSON${at}: ${json.reason}.`,
    });
    return {
      part: {segment, bytes, text: utf8.text, isJson: false},
      lenient: decoded.lenient,
      findings,
    };
  }
  const part: DecodedPart = isObject(json.value)
    ? {segment, bytes, text: utf8.text, json: json.value, isJson: true}
    : {segment, bytes, text: utf8.text, value: json.value, isJson: true};
  return {part, lenient: decoded.lenient, findings};
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function looksLikeCompactToken(text: string): boolean {
  return /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/.test(
    text.trim(),
  );
}

/**
 * Decodes a compact JWS (3 segments) or reads the protected header of a compact JWE (5 segments).
 * Malformed tokens are decoded segment by segment as far as possible.
 */
export function decodeToken(token: string, depth = 0): Decoded {
  const {form, segments, count} = splitSegments(token);
  const findings: Finding[] = [];
  if (form === 'empty') {
    return {token, form, segments, lenient: false, findings};
  }
  if (form === 'malformed') {
    const hint =
      count === 1
        ? 'There is no dot at all, so this is not a compact JWT.'
        : count === 2
          ? 'The signature segment is missing; with the split Open edX cookies, paste the signature cookie too.'
          : count === 4
            ? 'One segment too many for a signed token, one too few for an encrypted one.'
            : 'Too many dots for a compact JWT.';
    findings.push({
      code: 'segments-wrong-count',
      severity: 'error',
      message: `The token has ${formatCount(count)} segment${count === 1 ? '' : 's'} separated by dots; a signed JWT has 3 (header.payload.signature) and an encrypted one 5. ${hint}`,
    });
  }

  const [headerSegment, secondSegment, thirdSegment] = segments;
  let lenient = false;
  let header: DecodedPart | undefined;
  if (headerSegment) {
    const result = decodePart(headerSegment);
    findings.push(...result.findings);
    lenient ||= result.lenient;
    header = result.part;
    if (header && !header.json && header.isJson) {
      findings.push({
        code: 'header-not-object',
        severity: 'error',
        message: `The header is valid JSON but ${kindOf(header.value)}, not an object, so it cannot name an algorithm.`,
      });
    }
  }

  if (form === 'jwe') {
    findings.push({
      code: 'token-encrypted',
      severity: 'warning',
      message:
        'This is an encrypted token (JWE, 5 segments). Only its protected header can be read; the payload is encrypted and needs the recipient’s private key, which this page never asks for. Open edX does not issue encrypted JWTs.',
    });
    if (header?.json && String(header.json.cty).toUpperCase() === 'JWT') {
      findings.push({
        code: 'nested-jwt',
        severity: 'info',
        message:
          'The header says "cty": "JWT": the encrypted payload is itself a JWT (nested), readable only after decryption.',
        name: 'cty',
      });
    }
    return {token, form, segments, header, lenient, findings};
  }

  let payload: DecodedPart | undefined;
  let nested: Inspection | undefined;
  if (secondSegment) {
    const claimsNested =
      header?.json !== undefined && String(header.json.cty).toUpperCase() === 'JWT';
    let result = decodePart(secondSegment, !claimsNested);
    const isNested =
      claimsNested && result.part?.text !== undefined && looksLikeCompactToken(result.part.text);
    if (claimsNested && !isNested) result = decodePart(secondSegment);
    findings.push(...result.findings);
    lenient ||= result.lenient;
    payload = result.part;
    if (isNested && payload?.text !== undefined) {
      findings.push({
        code: 'nested-jwt',
        severity: 'info',
        message:
          'The header says "cty": "JWT" and the payload is another token (a nested JWT): decode that inner token on its own to read its claims. Open edX never nests tokens.',
        name: 'cty',
      });
      if (depth < MAX_NESTING) {
        const inner = payload.text.trim();
        nested = {
          ...decodeToken(inner, depth + 1),
          extraction: {token: inner, source: 'token', findings: []},
        };
      }
    } else if (payload?.isJson && !payload.json) {
      findings.push({
        code: 'payload-not-object',
        severity: 'error',
        message: `The payload is valid JSON but ${kindOf(payload.value)}, not an object, so it is not a JWT claims set. Shown as text.`,
      });
    } else if (payload?.text !== undefined && !payload.isJson && !/^\s*[[{]/.test(payload.text)) {
      const utf8Problem = findings.some((finding) => finding.code === 'utf8-invalid');
      if (!utf8Problem) {
        // Plain text, not broken JSON: "not valid JSON at character 1" would only be noise.
        const jsonProblem = findings.findIndex((finding) => finding.code === 'json-invalid');
        if (jsonProblem >= 0) findings.splice(jsonProblem, 1);
        findings.push({
          code: 'payload-not-json',
          severity: 'error',
          message:
            'The payload is text, not JSON, so it is not a JWT claims set (it could be another kind of signed content). Shown as text.',
        });
      }
    }
  }

  let signatureBytes: number | undefined;
  if (thirdSegment && thirdSegment.text !== '') {
    const result = decodeSegment(thirdSegment);
    findings.push(...result.findings);
    lenient ||= result.lenient;
    signatureBytes = result.bytes?.length;
  }
  return {token, form, segments, header, payload, signatureBytes, nested, lenient, findings};
}
