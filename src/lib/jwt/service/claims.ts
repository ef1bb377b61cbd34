/**
 * The claim checks PyJWT 2.6.0 runs inside `jwt.decode` (`_validate_claims` in jwt/api_jwt.py), in
 * its order: required claims, `iat`, `nbf`, `exp`, then `aud`. Later 2.x releases differ in how they
 * compare `iat` with the clock (readTokenStep in ./verification adds a caveat where that matters). Which of them run depends on the
 * call: with `verify_signature` False PyJWT turns the `iat` and `nbf` checks off unless the caller
 * turns them on (`decode_complete`, 2.1.0 to 2.12.1). Pure and synchronous.
 */
import {quoteJson} from '../boundedJson';
import {pythonInt, pythonTypeName} from './python';
import type {ModelError} from './types';

export interface ClaimCheckOptions {
  /** Seconds since the epoch on the verifying service's clock (a float, like `time.time()`). */
  readonly now: number;
  readonly leeway: number;
  readonly require: readonly string[];
  /** PyJWT's `verify_iat` and `verify_nbf`: on by default, off when the signature is not verified. */
  readonly verifyIat: boolean;
  readonly verifyNbf: boolean;
  readonly verifyExp: boolean;
  readonly verifyAud: boolean;
  /** Python `None` is `null`; an empty string stays an empty string, as in Python. */
  readonly audience: string | null;
}

export interface ClaimCheckFailure {
  readonly error: ModelError;
  readonly message: string;
}

function fail(error: ModelError, message: string): ClaimCheckFailure {
  return {error, message};
}

/**
 * `int(payload[claim])` as PyJWT calls it: a ValueError (text that is not an integer) becomes the
 * claim's own error; a TypeError (null, a list or a mapping) or an OverflowError (infinity) is not
 * caught and escapes as it is.
 */
function intClaim(
  payload: Readonly<Record<string, unknown>>,
  claim: 'iat' | 'nbf' | 'exp',
  onValueError: ClaimCheckFailure,
): number | ClaimCheckFailure {
  const value = payload[claim];
  const int = pythonInt(value);
  if (int === 'ValueError') return onValueError;
  if (int === 'TypeError') {
    return fail(
      'TypeError',
      `int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(value)}' (the ${claim} claim).`,
    );
  }
  if (int === 'OverflowError') {
    return fail(
      'OverflowError',
      `cannot convert float infinity to integer (the ${claim} claim). Python reads a number this large as infinity only when it is written with a fraction or an exponent (1e400); written as plain digits it is a Python int, which PyJWT compares as a number.`,
    );
  }
  return int;
}

/** Returns the first failure PyJWT would raise, or undefined when the claims pass. */
export function checkClaims(
  payload: Readonly<Record<string, unknown>>,
  options: ClaimCheckOptions,
): ClaimCheckFailure | undefined {
  const {leeway} = options;
  // PyJWT 2.6.0 reads its clock in whole seconds (`timegm(...utctimetuple())`); 2.7.0 and later
  // keep the fraction. For whole-second claims and leeway the two agree.
  const now = Math.floor(options.now);
  for (const claim of options.require) {
    if (payload[claim] === undefined || payload[claim] === null) {
      return fail('MissingRequiredClaimError', `Token is missing the "${claim}" claim.`);
    }
  }
  if ('iat' in payload && options.verifyIat) {
    // PyJWT 2.6.0 only asks whether int() takes the iat, then compares the value as it is (2.7.0
    // and later compare int(iat)): text int() takes cannot be compared with the clock.
    const readable = intClaim(
      payload,
      'iat',
      fail('InvalidIssuedAtError', 'Issued At claim (iat) must be an integer.'),
    );
    if (typeof readable !== 'number') return readable;
    if (typeof payload.iat === 'string') {
      return fail(
        'TypeError',
        `'>' not supported between instances of 'str' and '${pythonTypeName(now + leeway)}' (the iat claim).`,
      );
    }
    const iat = Number(payload.iat);
    if (iat > now + leeway) {
      return fail(
        'ImmatureSignatureError',
        `The token is not yet valid (iat): iat is ${Math.ceil(iat - now)} s ahead of the service clock, tolerance ${leeway} s.`,
      );
    }
  }
  if ('nbf' in payload && options.verifyNbf) {
    const nbf = intClaim(
      payload,
      'nbf',
      fail('DecodeError', 'Not Before claim (nbf) must be an integer.'),
    );
    if (typeof nbf !== 'number') return nbf;
    if (nbf > now + leeway) {
      return fail('ImmatureSignatureError', 'The token is not yet valid (nbf).');
    }
  }
  if ('exp' in payload && options.verifyExp) {
    const exp = intClaim(
      payload,
      'exp',
      fail('DecodeError', 'Expiration Time claim (exp) must be an integer.'),
    );
    if (typeof exp !== 'number') return exp;
    if (exp <= now - leeway) {
      return fail(
        'ExpiredSignatureError',
        `Signature has expired: exp is ${Math.floor(now - exp)} s behind the service clock, tolerance ${leeway} s.`,
      );
    }
  }
  if (options.verifyAud) return checkAudience(payload, options.audience);
  return undefined;
}

function checkAudience(
  payload: Readonly<Record<string, unknown>>,
  audience: string | null,
): ClaimCheckFailure | undefined {
  const claim = payload.aud;
  const empty =
    claim === undefined ||
    claim === null ||
    claim === '' ||
    claim === false ||
    claim === 0 ||
    (Array.isArray(claim) && claim.length === 0);
  if (audience === null) {
    return empty
      ? undefined
      : fail(
          'InvalidAudienceError',
          'Invalid audience: the token has an "aud" claim but the service expects none (AUDIENCE is None).',
        );
  }
  if (empty) return fail('MissingRequiredClaimError', 'Token is missing the "aud" claim.');
  const claims = typeof claim === 'string' ? [claim] : claim;
  if (!Array.isArray(claims) || claims.some((item) => typeof item !== 'string')) {
    return fail('InvalidAudienceError', 'Invalid claim format in token ("aud").');
  }
  if (!claims.includes(audience)) {
    return fail(
      'InvalidAudienceError',
      `Audience doesn't match: the token has ${quoteJson(claim)}, the first issuer's AUDIENCE is ${quoteJson(audience)}.`,
    );
  }
  return undefined;
}
