/**
 * Pulls a compact JWT out of whatever a reader pasted: a bare token, a token wrapped in quotes or
 * line breaks, an `Authorization:` header, a `Cookie:` header with the two Open edX JWT cookies, or
 * a JSON response that contains a token. Never throws; says what it removed as `info` findings.
 */
import type {Extraction, Finding} from './types';

/** The Open edX cookie names (JWT_AUTH_COOKIE_HEADER_PAYLOAD, JWT_AUTH_COOKIE_SIGNATURE, JWT_AUTH_COOKIE). */
export const HEADER_PAYLOAD_COOKIE = 'edx-jwt-cookie-header-payload';
export const SIGNATURE_COOKIE = 'edx-jwt-cookie-signature';
export const JOINED_COOKIE = 'edx-jwt-cookie';

const QUOTES = /^(["'`])([\s\S]*)\1$/;
const SCHEME = /^(bearer|jwt)\s+/i;
const AUTHORIZATION = /^\s*["']?authorization["']?\s*:\s*(.*)$/im;
/** Characters a (possibly lenient) compact token is made of. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-+/=.]+$/;
/** A run that looks like a compact JWS/JWE starting with a JSON object (`eyJ` = `{"`). */
const TOKEN_IN_TEXT = /eyJ[A-Za-z0-9_\-+/=]*(?:\.[A-Za-z0-9_\-+/=]*){1,4}/g;

function info(code: Finding['code'], message: string): Finding {
  return {code, severity: 'info', message};
}

function stripQuotes(text: string): {text: string; removed: boolean} {
  let current = text.trim();
  let removed = false;
  for (let match = QUOTES.exec(current); match; match = QUOTES.exec(current)) {
    current = (match[2] ?? '').trim();
    removed = true;
  }
  return {text: current, removed};
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

  const header = AUTHORIZATION.exec(text);
  if (header) {
    text = (header[1] ?? '').trim().replace(/[,;]+$/, '');
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
      const candidates = [...text.matchAll(TOKEN_IN_TEXT)].map((match) => match[0]);
      const best = candidates.sort((a, b) => b.length - a.length)[0];
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
