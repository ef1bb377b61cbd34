/**
 * Types of the Open edX service model: the settings a verifying service has, and what the shared
 * decoder of edx-drf-extensions (`edx_rest_framework_extensions/auth/jwt/decoder.py`) would do with
 * a token under them.
 */

/** One entry of `JWT_AUTH['JWT_ISSUERS']`. */
export interface IssuerSettings {
  readonly issuer: string | null;
  /** `null` is Python's None (no audience); '' stays '' as in Python. */
  readonly audience: string | null;
  readonly secretKey: string | null;
}

/** The `JWT_AUTH` settings the decoder reads. */
export interface ServiceSettings {
  readonly issuers: readonly IssuerSettings[];
  /** `JWT_PUBLIC_SIGNING_JWK_SET`: a JSON string of a JWK Set, or '' when unset. */
  readonly publicJwkSet: string;
  /**
   * Set when a pasted block gave `JWT_PUBLIC_SIGNING_JWK_SET` as a non-empty mapping, list, number
   * or `true` instead of a string: the Python type name (`dict`, `list`, …). `publicJwkSet` then
   * holds its JSON text for display only; the decoder's `json.loads` raises TypeError on it.
   */
  readonly publicJwkSetType?: string;
  /** `JWT_SUPPORTED_VERSION` (decoder fallback 1.2.0). */
  readonly supportedVersion: string;
  /** `JWT_LEEWAY` in seconds (used by the claims pass only). */
  readonly leeway: number;
  readonly verifyExpiration: boolean;
  readonly verifyAudience: boolean;
}

export interface SimulateOptions {
  /** The verifying service's clock. */
  readonly now: Date;
  /** Model `get_asymmetric_only_jwt_decode_handler` (the mobile session exchange). */
  readonly asymmetricOnly?: boolean;
}

/** Name of the PyJWT (or settings) error the real decoder would raise at a step. */
export type ModelError =
  | 'DecodeError'
  | 'InvalidAlgorithmError'
  | 'InvalidSignatureError'
  | 'ExpiredSignatureError'
  | 'ImmatureSignatureError'
  | 'InvalidAudienceError'
  | 'MissingRequiredClaimError'
  | 'InvalidIssuedAtError'
  | 'InvalidTokenError'
  | 'PyJWKSetError'
  | 'InvalidKeyError'
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'KeyError'
  | 'AttributeError'
  | 'NotImplementedError';

/** Stable codes of the rejection reasons. */
export type RejectionCode =
  | 'jwk-set-unusable'
  | 'token-unreadable'
  | 'signature-not-verified'
  | 'claims-invalid'
  | 'issuer-no-match'
  | 'version-unsupported'
  | 'version-unreadable';

export type StepId =
  | 'first-issuer'
  | 'asymmetric-pass'
  | 'symmetric-pass'
  | 'claims-pass'
  | 'issuer-check'
  | 'defaults';

export type StepStatus = 'passed' | 'failed' | 'skipped';

/** What happened with one key in a signature pass. */
export interface KeyAttempt {
  /** `public key 1 (kid "a", RSA)` or `SECRET_KEY of the first issuer`. */
  readonly label: string;
  readonly algorithms: readonly string[];
  readonly ok: boolean;
  /** The signature matched: any error came from the payload or the claims. */
  readonly signatureVerified?: boolean;
  readonly error?: ModelError;
  readonly message: string;
}

export interface SimulationStep {
  readonly id: StepId;
  readonly title: string;
  readonly status: StepStatus;
  readonly detail: string;
  readonly attempts?: readonly KeyAttempt[];
}

/**
 * Every custom attribute `decoder.py` sets with `set_custom_attribute` (fact sheet §9.1), in the
 * order the decoder sets them. Each has an entry in src/data/monitoringAttributes.ts.
 */
export const DECODER_ATTRIBUTES = [
  'jwt_auth_check_symmetric_key',
  'jwt_auth_verify_asymmetric_keys_count',
  'jwt_auth_asymmetric_verified',
  'jwt_auth_verify_all_keys_count',
  'jwt_auth_symmetric_verified',
  'jwt_auth_verification_failed',
  'jwt_auth_issuer',
  'jwt_auth_issuer_verification',
] as const;

export type DecoderAttributeName = (typeof DECODER_ATTRIBUTES)[number];

/** A custom attribute the real decoder would set (`set_custom_attribute`). */
export interface RecordedAttribute {
  readonly name: DecoderAttributeName;
  readonly value: string | number | boolean | null;
}

/** An exception as the service raises it. */
export interface ModelFailure {
  readonly error: ModelError;
  readonly message: string;
  /** For a signature failure: the key whose `jwt.decode` call raised it. */
  readonly key?: string;
}

interface SimulationBase {
  /** One sentence: why the token was accepted or rejected, or why no outcome is given. */
  readonly reason: string;
  readonly steps: readonly SimulationStep[];
  readonly attributes: readonly RecordedAttribute[];
  /** Where this run relies on details the model cannot reproduce exactly. */
  readonly caveats: readonly string[];
}

export interface AcceptedSimulation extends SimulationBase {
  readonly outcome: 'accepted';
  /** Defaults the decoder fills in (`version`, `is_restricted`, `filters`). */
  readonly defaultsApplied: readonly string[];
}

export interface RejectedSimulation extends SimulationBase {
  readonly outcome: 'rejected';
  readonly code: RejectionCode;
  /**
   * The exception the service reports: `JwtAuthentication` records it in `jwt_auth_failed`, and
   * after failed signature passes the decoder's `Token verification failed.` log shows it. After
   * failed signature passes it is the last key's error, whatever the real reason.
   */
  readonly reported: ModelFailure;
  /**
   * Why the token really failed. The same as `reported` except after failed signature passes,
   * where it is the failure that got furthest (past the algorithm and signature checks if any did).
   */
  readonly cause: ModelFailure;
  readonly defaultsApplied: readonly string[];
}

/**
 * `JWT_PUBLIC_SIGNING_JWK_SET` is missing or empty. The decoder is not meant to run like that, so
 * the model gives no outcome for the token, only what to configure.
 */
export interface UnsafeConfigurationSimulation extends SimulationBase {
  readonly outcome: 'unsafe-configuration';
  /** What to configure, in one or two sentences. */
  readonly advice: string;
}

export type Simulation = AcceptedSimulation | RejectedSimulation | UnsafeConfigurationSimulation;
