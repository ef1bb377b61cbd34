/**
 * The last step of the service model: `_set_token_defaults` in
 * edx_rest_framework_extensions/auth/jwt/decoder.py (10.7.0). A missing version becomes 1.0.0,
 * `semantic_version.Version` reads it and JWT_SUPPORTED_VERSION, only a higher major is rejected,
 * then missing `is_restricted` and `filters` get their defaults.
 */
import {quoteJson} from '../boundedJson';
import {pythonTruthy} from './python';
import type {StepRejection, StepResult} from './trace';
import type {ModelError, SimulationStep} from './types';
import {majorVersion} from './version';

const TITLE = 'Defaults and version';

/** `Version()` raised on the token's version or on JWT_SUPPORTED_VERSION. */
function unreadableVersion(
  version: unknown,
  supportedVersion: string,
  tokenUnreadable: boolean,
  defaultsApplied: readonly string[],
): StepResult<never> {
  const which = tokenUnreadable
    ? `the token's version ${quoteJson(version)}`
    : `JWT_SUPPORTED_VERSION ${quoteJson(supportedVersion)}`;
  // semantic_version's Version() raises ValueError for text it cannot parse or a falsy value,
  // and TypeError from its regex for any other value that is not a string.
  const unreadable = tokenUnreadable ? version : supportedVersion;
  const error: ModelError =
    typeof unreadable === 'string' || !pythonTruthy(unreadable) ? 'ValueError' : 'TypeError';
  const message = `The version check cannot read ${which} as a semantic version.`;
  const rejection: StepRejection = {
    code: 'version-unreadable',
    reason: message,
    reported: {error, message},
    defaultsApplied,
  };
  return {
    ok: false,
    steps: [
      {
        id: 'defaults',
        title: TITLE,
        status: 'failed',
        detail: `semantic_version cannot read ${which}.`,
      },
    ],
    caveats: [
      `An unreadable version raises ${error}, not InvalidTokenError: the service likely answers with a server error rather than 401.`,
    ],
    rejection,
  };
}

/** The version check and defaults; the value is the defaults filled in, as the reader sees them. */
export function tokenDefaultsStep(
  payload: Readonly<Record<string, unknown>>,
  supportedVersion: string,
): StepResult<readonly string[]> {
  const defaultsApplied: string[] = [];
  if (!('version' in payload)) defaultsApplied.push('version = "1.0.0"');
  const version = 'version' in payload ? payload.version : '1.0.0';
  const tokenMajor = majorVersion(version);
  const supportedMajor = majorVersion(supportedVersion);
  if (tokenMajor === undefined || supportedMajor === undefined) {
    return unreadableVersion(version, supportedVersion, tokenMajor === undefined, defaultsApplied);
  }
  if (tokenMajor > supportedMajor) {
    const step: SimulationStep = {
      id: 'defaults',
      title: TITLE,
      status: 'failed',
      detail: `Major version ${tokenMajor} is above the supported major ${supportedMajor} (JWT_SUPPORTED_VERSION ${supportedVersion}).`,
    };
    const unsupported = `JWT version number [${String(version)}] is unsupported`;
    return {
      ok: false,
      steps: [step],
      rejection: {
        code: 'version-unsupported',
        reason: `${unsupported}: its major version is above ${supportedMajor}.`,
        reported: {error: 'InvalidTokenError', message: unsupported},
        defaultsApplied,
      },
    };
  }
  if (!('is_restricted' in payload)) defaultsApplied.push('is_restricted = false');
  if (!('filters' in payload)) defaultsApplied.push('filters = []');
  const filled = defaultsApplied.length > 0 ? ` Filled in: ${defaultsApplied.join(', ')}.` : '';
  return {
    ok: true,
    value: defaultsApplied,
    steps: [
      {
        id: 'defaults',
        title: TITLE,
        status: 'passed',
        detail: `Version ${String(version)} accepted (only a higher major than ${supportedMajor} is rejected).${filled}`,
      },
    ],
  };
}
