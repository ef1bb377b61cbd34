/**
 * What the decoder view shows for an inspection: whether there is a token, whether the input has
 * a problem to diagnose, the claims and header tables, the token's lifetime and the notes of the
 * Header and Payload panels. Pure and small, with type-only imports: the view imports it
 * statically, so it must not pull the inspector (and jose) into the page's first chunk.
 */
import type {DecodedPart, Inspection} from './types';

export type JsonEntries = Readonly<Record<string, unknown>>;

export interface DecodedView {
  /** The input held a token (in any form, even a malformed one). */
  readonly hasToken: boolean;
  /**
   * No token, but something to diagnose (only the signature cookie, a bare "Authorization:"):
   * the findings show it. Only a truly empty input gets the "paste a token" prompt.
   */
  readonly inputProblem: boolean;
  /** The payload's claims, when it is a JSON object (never for a JWE). */
  readonly claims?: JsonEntries;
  readonly headerParameters?: JsonEntries;
  /** exp − iat in seconds, when both are numbers. */
  readonly lifetimeSeconds?: number;
  /** What the Payload panel shows: nothing for a JWE, whose payload is encrypted. */
  readonly payload?: DecodedPart;
  readonly headerNote?: string;
  readonly payloadNote?: string;
}

const NOT_DECODED = 'Could not be decoded: see the findings.';

/** Why the Payload panel shows no claims set, if it does not. */
export function payloadNote(inspection: Inspection | undefined): string | undefined {
  if (inspection?.form === 'jwe') {
    return 'Encrypted. A JWE payload can only be read with the recipient’s private key.';
  }
  if (inspection?.nested) {
    return 'Another token (nested JWT): use "Decode the inner token" below to read it.';
  }
  if (inspection?.payload && !inspection.payload.json) {
    return 'Not a JSON object, so not a claims set. Shown as text.';
  }
  if (!inspection?.payload) return NOT_DECODED;
  return undefined;
}

/** exp − iat in seconds, when both claims are numbers. */
export function lifetimeSeconds(claims: JsonEntries | undefined): number | undefined {
  return typeof claims?.exp === 'number' && typeof claims.iat === 'number'
    ? claims.exp - claims.iat
    : undefined;
}

export function decodedView(inspection: Inspection | undefined): DecodedView {
  const hasToken = inspection !== undefined && inspection.form !== 'empty';
  const claims = inspection?.form === 'jwe' ? undefined : inspection?.payload?.json;
  return {
    hasToken,
    inputProblem:
      !hasToken &&
      (inspection?.findings.some((finding) => finding.code !== 'input-empty') ?? false),
    claims,
    headerParameters: inspection?.header?.json,
    lifetimeSeconds: lifetimeSeconds(claims),
    payload: inspection?.form === 'jwe' ? undefined : inspection?.payload,
    headerNote: inspection?.header ? undefined : NOT_DECODED,
    payloadNote: payloadNote(inspection),
  };
}

/**
 * A number typed in a number field (seconds of clock skew or leeway): what the field holds, or 0
 * while it is empty or not a number, as the reader types a sign or clears it.
 */
export function numberOrZero(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}
