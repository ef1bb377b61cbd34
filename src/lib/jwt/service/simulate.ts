/**
 * A model of the shared Open edX JWT decoder, `jwt_decode_handler` in edx-drf-extensions
 * (edx_rest_framework_extensions/auth/jwt/decoder.py, as of 10.7.0), as a pipeline of steps that
 * stops at the first one that fails, as the decoder does at the first exception:
 *
 * 1. issuers (./issuers): the first `JWT_ISSUERS` entry supplies the secret and the audience (an
 *    empty list falls back to the deprecated single settings, `settings.py get_jwt_issuers`);
 * 2. key set (./keys, ./verification): a missing or empty `JWT_PUBLIC_SIGNING_JWK_SET` is an
 *    unsafe configuration, for which the model gives no outcome; otherwise the setting is loaded
 *    as PyJWT 2.6.0 `PyJWKSet.from_json` loads it (the version the fact sheet reproduces the
 *    decoder with, §8.11), and a load error stops the decoder before any verification;
 * 3. asymmetric pass (./verification, ./signature): each public key in order (kid ignored), RSA
 *    keys with RS256/RS512, oct keys with HS256, other key types never; PyJWT checks exp/iat/nbf
 *    with zero leeway and aud whenever the first issuer has an AUDIENCE;
 * 4. fallback pass: the same keys plus the first issuer's SECRET_KEY (unless asymmetric-only);
 *    when it fails too, the error raised is the last key's, which is what the service reports;
 * 5. claims pass (./claimsPass; `verify_signature` False, so PyJWT leaves iat and nbf alone):
 *    exp and iat required, exp checked if JWT_VERIFY_EXPIRATION (with JWT_LEEWAY), aud if
 *    JWT_VERIFY_AUDIENCE;
 * 6. issuer check (./issuers): the token's iss checked by hand against every entry;
 * 7. defaults (./tokenDefaults): version 1.0.0 when missing, higher major rejected, is_restricted
 *    and filters.
 *
 * Never throws; nothing leaves the page.
 */
import type {Inspection} from '../types';
import {claimsPassStep} from './claimsPass';
import {issuerCheckStep, issuersStep} from './issuers';
import {publicKeysConfigured} from './keys';
import {tokenDefaultsStep} from './tokenDefaults';
import {SimulationTrace} from './trace';
import type {
  ServiceSettings,
  SimulateOptions,
  Simulation,
  UnsafeConfigurationSimulation,
} from './types';
import {asymmetricPassStep, fallbackPassStep, keySetStep, readTokenStep} from './verification';

export {DEFAULT_SERVICE_SETTINGS} from './defaults';
export {loadPublicKeys} from './keys';
export {algorithmsForKeyType, mostTelling} from './signature';

/** Why a service with no public keys gets no outcome, and what to configure. */
export const UNSAFE_CONFIGURATION: Pick<UnsafeConfigurationSimulation, 'reason' | 'advice'> = {
  reason:
    'JWT_PUBLIC_SIGNING_JWK_SET is missing or empty, so this service has no public signing keys. The shared decoder relies on them to verify tokens: running a service without them is unsupported and unsafe, so this panel predicts no outcome for the token.',
  advice:
    "Configure JWT_PUBLIC_SIGNING_JWK_SET in every service that verifies JWTs, as a JSON string holding the LMS's public JWK Set with every active public key, and check that jwt_auth_verify_asymmetric_keys_count is above 0 on each of them. To continue here, paste that JWK Set into the JWT_PUBLIC_SIGNING_JWK_SET field.",
};

/** Simulates `jwt_decode_handler(token)` (or the asymmetric-only variant) at `options.now`. */
export async function simulateService(
  inspection: Inspection,
  settings: ServiceSettings,
  options: SimulateOptions,
): Promise<Simulation> {
  const now = options.now.getTime() / 1000;
  const symmetricAllowed = !options.asymmetricOnly;
  const trace = new SimulationTrace();
  trace.attributes.push({name: 'jwt_auth_check_symmetric_key', value: symmetricAllowed});
  // The decoder is not meant to run without public keys: no outcome is predicted (decisions/0012).
  if (!publicKeysConfigured(settings)) {
    trace.attributes.push({name: 'jwt_auth_verify_asymmetric_keys_count', value: 0});
    return {outcome: 'unsafe-configuration', ...UNSAFE_CONFIGURATION, ...trace.record()};
  }
  const {value: issuers} = trace.add(issuersStep(settings));
  const keys = trace.add(keySetStep(settings));
  if (!keys.ok) return trace.reject(keys.rejection);
  const {value: parts} = trace.add(readTokenStep(inspection));
  const asymmetric = trace.add(await asymmetricPassStep(parts, keys.value, issuers.first, now));
  if (!asymmetric.value.verified) {
    const fallback = trace.add(
      await fallbackPassStep({
        parts,
        keys: keys.value,
        first: issuers.first,
        now,
        symmetricAllowed,
        asymmetric: asymmetric.value.pass,
      }),
    );
    if (!fallback.ok) {
      return trace.reject(fallback.rejection, ['claims-pass', 'issuer-check', 'defaults']);
    }
  }
  // Only reached with a decodable payload: a signature pass succeeded.
  const payload = parts.payload ?? {};
  const audience = issuers.first.audience;
  const claims = trace.add(claimsPassStep({payload, settings, audience, now}));
  if (!claims.ok) return trace.reject(claims.rejection, ['issuer-check', 'defaults']);
  const issuer = trace.add(issuerCheckStep(payload, issuers));
  if (!issuer.ok) return trace.reject(issuer.rejection, ['defaults']);
  const defaults = trace.add(tokenDefaultsStep(payload, settings.supportedVersion));
  if (!defaults.ok) return trace.reject(defaults.rejection);
  const how = asymmetric.value.verified
    ? 'Verified by a public key'
    : 'Verified only by the fallback pass';
  return {
    outcome: 'accepted',
    reason: `${how}, claims valid, issuer ${issuer.value}.`,
    defaultsApplied: defaults.value,
    ...trace.record(),
  };
}
