/**
 * Shared result types of the JWT inspector. Every function in src/lib/jwt returns one of these
 * instead of throwing: callers switch on the stable string `code`s, never on message text.
 */

/** How much a finding matters. `error`: a verifier would reject the token (or it is unreadable). */
export type Severity = 'error' | 'warning' | 'info';

/** Stable codes of everything the inspector can report about the input, the token or its claims. */
export type FindingCode =
  // What the extractor did with the pasted text
  | 'input-empty'
  | 'input-whitespace-removed'
  | 'input-quotes-removed'
  | 'input-prefix-removed'
  | 'input-authorization-header'
  | 'input-token-found-in-text'
  | 'input-cookies-reassembled'
  | 'input-cookie-signature-missing'
  | 'input-cookie-header-payload-missing'
  | 'input-no-token'
  | 'input-too-large'
  // Structure and encoding
  | 'segments-wrong-count'
  | 'segment-empty'
  | 'base64url-invalid-character'
  | 'base64url-invalid-length'
  | 'base64-standard-alphabet'
  | 'base64-padding'
  | 'utf8-invalid'
  | 'json-invalid'
  | 'header-not-object'
  | 'payload-not-object'
  | 'payload-not-json'
  | 'token-encrypted'
  | 'nested-jwt'
  | 'json-too-deep'
  | 'json-too-long-to-show'
  // Header
  | 'alg-missing'
  | 'alg-none'
  | 'alg-symmetric'
  | 'alg-not-accepted-by-openedx'
  | 'signature-empty'
  | 'header-jku'
  | 'header-x5u'
  | 'header-crit'
  // Claims
  | 'exp-missing'
  | 'iat-missing'
  | 'exp-expired'
  | 'nbf-not-yet-valid'
  | 'iat-in-future'
  | 'timestamp-milliseconds'
  | 'lifetime-over-one-hour'
  | 'version-missing'
  | 'version-invalid'
  | 'version-unsupported-major'
  | 'claim-wrong-type'
  | 'size-near-cookie-limit'
  | 'size-over-cookie-limit';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** One or two plain sentences for the reader. */
  readonly message: string;
  /** The claim or header parameter the finding is about, when there is one. */
  readonly name?: string;
}

/** What each segment of a compact token holds (RFC 7515 §7.1, RFC 7516 §7.1). */
export type SegmentRole =
  'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag' | 'extra';

/** One dot-separated piece of the token, with its position for colouring and diagnostics. */
export interface Segment {
  readonly role: SegmentRole;
  /** 1-based position, as a reader counts. */
  readonly index: number;
  readonly text: string;
  /** Offset of the first character in the token. */
  readonly start: number;
}

/**
 * A decoded header or payload. `json` is set when the bytes are a JSON object; otherwise `value`
 * (any other JSON value) or `text` (not JSON) holds what could be read.
 */
export interface DecodedPart {
  readonly segment: Segment;
  readonly bytes?: Uint8Array;
  readonly text?: string;
  readonly json?: Readonly<Record<string, unknown>>;
  /** A JSON value that is not an object (array, string, number…). */
  readonly value?: unknown;
  /** Set when `value` or `json` was parsed; false when the part is not JSON at all. */
  readonly isJson: boolean;
  /**
   * What the Header or Payload panel shows: the JSON indented by two spaces (or the text), within
   * the display limits of boundedJson.ts. Absent when nothing could be read.
   */
  readonly shown?: string;
  /** True when `shown` leaves something out (too deep or too long); `text` always has it all. */
  readonly shownCut?: boolean;
}

/** Where the token came from in the pasted text. */
export type TokenSource =
  'empty' | 'token' | 'authorization-header' | 'cookie-header' | 'separate-cookies' | 'text';

export interface Extraction {
  readonly token: string;
  readonly source: TokenSource;
  /** What was removed or re-assembled, as `info`/`warning` findings. */
  readonly findings: readonly Finding[];
}

export type TokenForm = 'empty' | 'jws' | 'jwe' | 'malformed';

/** Everything that can be read from the input without a clock or a key. */
export interface Inspection {
  readonly extraction: Extraction;
  /** The token as decoded (after extraction). */
  readonly token: string;
  readonly form: TokenForm;
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  /** Absent for a JWE, whose payload is encrypted. */
  readonly payload?: DecodedPart;
  /** Size in bytes of the decoded signature, when it could be decoded. */
  readonly signatureBytes?: number;
  /** The inner token of a nested JWT (`cty: JWT`), decoded the same way. */
  readonly nested?: Inspection;
  /** True when a segment is standard base64 or padded: readable, but no verifier accepts it. */
  readonly lenient: boolean;
  /** Findings that need neither a clock nor a key (structure, encoding, header). */
  readonly findings: readonly Finding[];
}

/** A NumericDate shown three ways (RFC 7519 §2). */
export interface TimeView {
  readonly name: string;
  readonly seconds: number;
  /** `2011-03-22T18:43:00Z` */
  readonly utc: string;
  /** `2011-03-22T19:43:00+01:00 (Europe/Paris)` */
  readonly local: string;
  /** `expires in 42 minutes`, `expired 3 hours ago`, `issued 5 seconds ago`… */
  readonly relative: string;
  /** The value is so large it is probably milliseconds; the `*` fields then use value / 1000. */
  readonly looksLikeMilliseconds: boolean;
}

/** The clock-dependent view of an inspection. */
export interface Evaluation {
  /** Every finding: the inspection's plus the claim findings, errors first. */
  readonly findings: readonly Finding[];
  /** Time claims that hold numbers, keyed by claim name (`exp`, `iat`, `nbf`). */
  readonly times: Readonly<Record<string, TimeView>>;
}

export type SignatureStatus = 'verified' | 'invalid' | 'not-checked';

/** Stable reason codes for the signature status. */
export type SignatureCode =
  | 'signature-valid'
  | 'signature-mismatch'
  | 'signature-empty'
  | 'no-token'
  | 'no-key'
  | 'token-malformed'
  | 'token-not-base64url'
  | 'token-encrypted'
  | 'alg-missing'
  | 'alg-none'
  | 'alg-unsupported'
  | 'alg-not-allowed-for-key'
  | 'crit-unsupported'
  | 'key-invalid'
  | 'key-empty'
  | 'key-too-short'
  | 'key-private-pem'
  | 'jwks-empty'
  | 'crypto-unavailable'
  | 'verification-error';

/** Notes that accompany a status without changing it. */
export type SignatureNoteCode =
  | 'hmac-secret-short'
  | 'private-jwk-public-part-used'
  | 'jwks-key-matched'
  | 'jwks-kid-not-found'
  | 'jwks-keys-skipped';

export interface SignatureNote {
  readonly code: SignatureNoteCode;
  readonly severity: Severity;
  readonly message: string;
}

export interface SignatureResult {
  readonly status: SignatureStatus;
  readonly code: SignatureCode;
  /** Plain reason shown after the status label. */
  readonly message: string;
  readonly notes: readonly SignatureNote[];
}

/** How an HMAC secret typed as text is turned into key bytes. */
export type SecretEncoding = 'text' | 'base64' | 'base64url';
