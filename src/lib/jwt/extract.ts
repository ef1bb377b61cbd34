/**
 * Pulls a compact JWT out of whatever a reader pasted: a bare token, a token wrapped in quotes or
 * line breaks, an `Authorization:` header, a `Cookie:` header with the two Open edX JWT cookies, or
 * a JSON response that contains a token. Never throws; says what it removed as `info` findings.
 *
 * Time grows in proportion to the input (issue #16): every pattern here is anchored to the start
 * of a line or fails at once, quotes are stripped in one pass from both ends, and tokens in text
 * are found by a scan, so no input makes a pattern backtrack once per character. Input over
 * MAX_INPUT_CHARS is refused before anything else.
 */
import {formatCount, MAX_INPUT_CHARS} from './limits';
import type {Extraction, Finding} from './types';

/** The Open edX cookie names (JWT_AUTH_COOKIE_HEADER_PAYLOAD, JWT_AUTH_COOKIE_SIGNATURE, JWT_AUTH_COOKIE). */
export const HEADER_PAYLOAD_COOKIE = 'edx-jwt-cookie-header-payload';
export const SIGNATURE_COOKIE = 'edx-jwt-cookie-signature';
export const JOINED_COOKIE = 'edx-jwt-cookie';

const QUOTES = `"'\``;
const SCHEME = /^(bearer|jwt)\s+/i;
/** One line that names the Authorization header, in a request dump or as a JSON key. */
const AUTHORIZATION_LINE = /^\s*["']?authorization["']?\s*:([\s\S]*)$/i;
/** Characters a (possibly lenient) compact token is made of. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-+/=.]+$/;
/** One character of a (possibly lenient) compact token, dots included. */
const TOKEN_CHAR = /[A-Za-z0-9_\-+/=.]/;
/** A compact JWS has 3 segments, a JWE 5. */
const MAX_SEGMENTS = 5;

function info(code: Finding['code'], message: string): Finding {
  return {code, severity: 'info', message};
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && char.trim() === '';
}

/** Removes matching quotes (and the spaces inside them) from both ends, layer by layer, in one pass. */
function stripQuotes(text: string): {text: string; removed: boolean} {
  let start = 0;
  let end = text.length;
  const trim = () => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
  };
  trim();
  let removed = false;
  while (end - start >= 2 && QUOTES.includes(text[start]!) && text[end - 1] === text[start]) {
    start++;
    end--;
    removed = true;
    trim();
  }
  return {text: text.slice(start, end), removed};
}

/** `text` without any of `chars` at its end. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The value of the first line that names the Authorization header; when that line ends at the
 * colon, the next line that is not blank.
 */
function authorizationValue(text: string): string | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = AUTHORIZATION_LINE.exec(line);
    if (!match) continue;
    const value = (match[1] ?? '').trim();
    if (value !== '') return value;
    return lines.slice(index + 1).find((next) => next.trim() !== '') ?? '';
  }
  return undefined;
}

/**
 * The runs of text that look like a compact JWS or JWE starting with a JSON object (`eyJ` is
 * base64url for `{"`): from an `eyJ` up to five dot-separated segments. One scan of the text.
 */
function tokensInText(text: string): string[] {
  const found: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && TOKEN_CHAR.test(text[i]!)) continue;
    // Searched on its own, so no search runs past the end of its run.
    const run = text.slice(runStart, i);
    runStart = i + 1;
    let start = run.indexOf('eyJ');
    while (start >= 0) {
      let end = start;
      let dots = 0;
      while (end < run.length && !(run[end] === '.' && dots === MAX_SEGMENTS - 1)) {
        if (run[end] === '.') dots++;
        end++;
      }
      // No dot after this eyJ means none after any later one in the run either.
      if (dots === 0) break;
      found.push(run.slice(start, end));
      start = run.indexOf('eyJ', end + 1);
    }
  }
  return found;
}

/** The refusal of input over MAX_INPUT_CHARS: how big it is, the limit, and what to paste instead. */
function tooLarge(length: number, what: string): Extraction {
  return {
    token: '',
    source: 'empty',
    findings: [
      {
        code: 'input-too-large',
        severity: 'error',
        message: `${what} ${formatCount(length)} characters long; the decoder reads at most ${formatCount(MAX_INPUT_CHARS)} (256 KB), so it did not decode it. An Open edX JWT is a few kilobytes: paste only the token, or the Authorization or Cookie header line that carries it.`,
      },
    ],
  };
}

/** Cookie name → value for every `name=value` pair in a Cookie/Set-Cookie header or a pasted list. */
function cookiePairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const body = line.replace(/^\s*(set-)?cookie\s*:/i, '');
    for (const piece of body.split(';')) {
      const at = piece.indexOf('=');
      if (at <= 0) continue;
      const name = piece.slice(0, at).trim();
      const value = stripQuotes(piece.slice(at + 1)).text.replace(/\s+/g, '');
      if (!pairs.has(name)) pairs.set(name, value);
    }
  }
  return pairs;
}

/** Re-joins the two Open edX cookies as JwtAuthCookieMiddleware does: `header.payload` + `.` + signature. */
export function joinCookies(headerPayload: string, signature: string): Extraction {
  const length = headerPayload.length + signature.length;
  if (length > MAX_INPUT_CHARS) return tooLarge(length, 'The two cookies are together');
  const hp = stripQuotes(
    headerPayload.replace(new RegExp(`^\\s*${HEADER_PAYLOAD_COOKIE}\\s*=`), ''),
  ).text.replace(/\s+/g, '');
  const sig = stripQuotes(
    signature.replace(new RegExp(`^\\s*${SIGNATURE_COOKIE}\\s*=`), ''),
  ).text.replace(/\s+/g, '');
  const findings: Finding[] = [];
  if (hp === '' && sig === '') {
    return {token: '', source: 'empty', findings: [info('input-empty', 'Nothing to decode yet.')]};
  }
  if (hp === '') {
    findings.push({
      code: 'input-cookie-header-payload-missing',
      severity: 'error',
      message: `Only the signature cookie is there. Paste ${HEADER_PAYLOAD_COOKIE} too: the header and payload are in it.`,
    });
    return {token: '', source: 'separate-cookies', findings};
  }
  if (sig === '') {
    findings.push({
      code: 'input-cookie-signature-missing',
      severity: 'warning',
      message: `Only the header and payload cookie is there, so there is no signature to check. ${SIGNATURE_COOKIE} is HttpOnly: page scripts cannot read it, but the browser's developer tools show it.`,
    });
    return {token: `${hp}.`, source: 'separate-cookies', findings};
  }
  findings.push(
    info(
      'input-cookies-reassembled',
      `Joined the two Open edX cookies into one token (${HEADER_PAYLOAD_COOKIE} + "." + ${SIGNATURE_COOKIE}), as the JwtAuthCookieMiddleware of edx-drf-extensions does.`,
    ),
  );
  return {token: `${hp}.${sig}`, source: 'separate-cookies', findings};
}

/**
 * Finds the token in pasted text.
 *
 * @example extractToken('Authorization: JWT eyJ...').token === 'eyJ...'
 */
export function extractToken(input: string): Extraction {
  if (input.length > MAX_INPUT_CHARS) return tooLarge(input.length, 'The pasted text is');
  const trimmed = input.trim();
  if (trimmed === '') {
    return {token: '', source: 'empty', findings: [info('input-empty', 'Nothing to decode yet.')]};
  }

  // Cookie header, Set-Cookie lines or bare cookie pairs with the Open edX JWT cookies.
  if (trimmed.includes(`${HEADER_PAYLOAD_COOKIE}=`) || trimmed.includes(`${SIGNATURE_COOKIE}=`)) {
    const pairs = cookiePairs(trimmed);
    const joined = joinCookies(
      pairs.get(HEADER_PAYLOAD_COOKIE) ?? '',
      pairs.get(SIGNATURE_COOKIE) ?? '',
    );
    return {...joined, source: 'cookie-header'};
  }
  if (new RegExp(`(^|[;\\s:])${JOINED_COOKIE}=`).test(trimmed)) {
    const value = cookiePairs(trimmed).get(JOINED_COOKIE) ?? '';
    return {
      token: value,
      source: 'cookie-header',
      findings: [
        info('input-token-found-in-text', `Took the token from the ${JOINED_COOKIE} cookie.`),
      ],
    };
  }

  const findings: Finding[] = [];
  let text = trimmed;
  let source: Extraction['source'] = 'token';

  const header = authorizationValue(text);
  if (header !== undefined) {
    text = trimEndOf(header, ',;').trim();
    source = 'authorization-header';
    findings.push(
      info('input-authorization-header', 'Took the token from the Authorization header.'),
    );
  }

  let quoted = false;
  const unquote = () => {
    const result = stripQuotes(text);
    text = result.text;
    quoted ||= result.removed;
  };
  unquote();
  const scheme = SCHEME.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
    findings.push(
      info(
        'input-prefix-removed',
        `Removed the "${scheme[1]} " prefix. Open edX services expect "JWT " (JWT_AUTH_HEADER_PREFIX); many other clients send "Bearer ".`,
      ),
    );
    unquote();
  }
  if (quoted) findings.push(info('input-quotes-removed', 'Removed the quotes around the token.'));

  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, '');
    if (TOKEN_CHARS.test(compact)) {
      findings.push(
        info('input-whitespace-removed', 'Removed spaces and line breaks inside the token.'),
      );
      text = compact;
    } else {
      const best = tokensInText(text).reduce<string | undefined>(
        (longest, candidate) =>
          longest === undefined || candidate.length > longest.length ? candidate : longest,
        undefined,
      );
      if (best !== undefined) {
        findings.push(info('input-token-found-in-text', 'Found the token inside the pasted text.'));
        return {token: best, source: 'text', findings};
      }
      findings.push({
        code: 'input-no-token',
        severity: 'error',
        message:
          'The text has spaces and no part of it looks like a token (a token has no spaces and usually starts with "eyJ"). Decoding it as it is.',
      });
    }
  }
  if (text === '') {
    findings.push({
      code: 'input-no-token',
      severity: 'error',
      message:
        'Nothing is left once the header name, prefix and quotes are removed: there is no token.',
    });
  }
  return {token: text, source, findings};
}
