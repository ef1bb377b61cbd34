/**
 * Reads a pasted `JWT_AUTH` block (YAML, as in an Open edX config file, or JSON, which is YAML
 * too) into service settings: ./settingsYaml reads the YAML as PyYAML would, then each setting
 * the decoder reads is checked the way the decoder will use it. Loaded on demand: the `yaml`
 * parser is only fetched when someone pastes a block. Never throws, and never freezes the page:
 * the block, the issuer list and alias expansion are capped (issue #16), and each refusal says
 * which cap.
 */
import {formatCount} from '../limits';
import {isObject} from '../json';
import {pythonTruthy, pythonTypeName} from './python';
import {readSettingsBlock} from './settingsYaml';
import type {IssuerSettings, ServiceSettings} from './types';

export {MAX_ALIASES, MAX_SETTINGS_CHARS} from './settingsYaml';

/** Entries of JWT_ISSUERS; deployments have one to a few. */
export const MAX_ISSUERS = 100;

export type ParsedSettings =
  | {
      readonly ok: true;
      /** Only the settings the block names; the caller keeps its own values for the rest. */
      readonly settings: Partial<ServiceSettings>;
      readonly notes: readonly string[];
    }
  | {readonly ok: false; readonly message: string; readonly line?: number};

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

function issuerEntry(value: unknown): IssuerSettings | undefined {
  if (!isObject(value)) return undefined;
  return {
    issuer: text(value.ISSUER),
    audience: text(value.AUDIENCE),
    secretKey: text(value.SECRET_KEY),
  };
}

/**
 * The keys of a `JWT_ISSUERS` entry the decoder reads with `entry['KEY']`, which raises KeyError
 * when the key is absent: all three of the first entry (decoder.py `_verify_jwt_signature`,
 * `_decode_and_verify_token`), and `ISSUER` of every later one the issuer check reaches.
 */
const FIRST_ISSUER_KEYS = ['ISSUER', 'AUDIENCE', 'SECRET_KEY'] as const;

function missingIssuerKey(entries: readonly Record<string, unknown>[]): string | undefined {
  for (const [index, entry] of entries.entries()) {
    const needed = index === 0 ? FIRST_ISSUER_KEYS : (['ISSUER'] as const);
    const missing = needed.find((key) => !(key in entry));
    if (missing === undefined) continue;
    const when =
      index === 0
        ? 'so every JWT request fails'
        : 'whenever a token’s iss matches no earlier entry';
    return `JWT_ISSUERS entry ${index + 1} has no ${missing} key. The decoder reads it as entry['${missing}'], which raises KeyError, ${when}. Add the key (null stands for None).`;
  }
  return undefined;
}

type Block = Readonly<Record<string, unknown>>;

/** The settings read so far and the notes about them; each reader adds to both. */
interface Reading {
  readonly settings: {-readonly [K in keyof ServiceSettings]?: ServiceSettings[K]};
  readonly notes: string[];
}

/** A reader's refusal, or undefined when the block's value for its setting is usable. */
type Refusal = string | undefined;

/** `JWT_ISSUERS`, every entry a mapping with the keys the decoder reads. */
function readIssuerList(list: unknown, reading: Reading): Refusal {
  if (!Array.isArray(list)) return 'JWT_ISSUERS must be a list of {ISSUER, AUDIENCE, SECRET_KEY}.';
  if (list.length > MAX_ISSUERS) {
    return `Not read: JWT_ISSUERS has ${formatCount(list.length)} entries, and the settings reader reads at most ${MAX_ISSUERS} (deployments have one to a few).`;
  }
  const entries = list.map(issuerEntry);
  if (entries.some((entry) => entry === undefined)) {
    return 'Each JWT_ISSUERS entry must be a mapping.';
  }
  const missing = missingIssuerKey(list as Record<string, unknown>[]);
  if (missing) return missing;
  reading.settings.issuers = entries.filter(
    (entry): entry is IssuerSettings => entry !== undefined,
  );
  return undefined;
}

/** settings.get_jwt_issuers(): `if jwt_issuers:`, so an empty (or null) list falls back too. */
function readDeprecatedIssuer(block: Block, reading: Reading): Refusal {
  if (Array.isArray(block.JWT_ISSUER)) {
    return 'JWT_ISSUER holds a list: that belongs under JWT_ISSUERS (a known configuration drift).';
  }
  reading.settings.issuers = [
    {
      issuer: text(block.JWT_ISSUER),
      audience: text(block.JWT_AUDIENCE),
      secretKey: text(block.JWT_SECRET_KEY),
    },
  ];
  reading.notes.push(
    'JWT_ISSUERS' in block
      ? 'JWT_ISSUERS is empty, so the decoder falls back to the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY (and warns), exactly as when it is missing.'
      : 'No JWT_ISSUERS: the decoder builds one entry from the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY (and warns).',
  );
  if (block.JWT_SECRET_KEY === undefined) {
    reading.notes.push(
      "JWT_SECRET_KEY is not set, so drf-jwt uses Django's SECRET_KEY, which this panel cannot know: type it as the SECRET_KEY of entry 1 to model it.",
    );
  }
  return undefined;
}

/** The issuers: `JWT_ISSUERS` when truthy, else the deprecated single settings if any is named. */
function readIssuers(block: Block, reading: Reading): Refusal {
  if (pythonTruthy(block.JWT_ISSUERS)) return readIssuerList(block.JWT_ISSUERS, reading);
  const deprecatedNamed =
    'JWT_ISSUER' in block || 'JWT_SECRET_KEY' in block || 'JWT_AUDIENCE' in block;
  if ('JWT_ISSUERS' in block || deprecatedNamed) return readDeprecatedIssuer(block, reading);
  return undefined;
}

/**
 * `JWT_PUBLIC_SIGNING_JWK_SET`: a string as it is; a falsy value loads no keys
 * (`if asymmetric_keys:`); any other value is kept with its Python type, which makes
 * `json.loads` raise TypeError in the decoder.
 */
function readPublicJwkSet(block: Block, reading: Reading): Refusal {
  if (!('JWT_PUBLIC_SIGNING_JWK_SET' in block)) return undefined;
  const value = block.JWT_PUBLIC_SIGNING_JWK_SET;
  const {settings} = reading;
  if (typeof value === 'string') settings.publicJwkSet = value;
  else if (!pythonTruthy(value)) settings.publicJwkSet = '';
  else {
    settings.publicJwkSet = JSON.stringify(value, null, 2);
    settings.publicJwkSetType = pythonTypeName(value);
    reading.notes.push(
      `Warning: JWT_PUBLIC_SIGNING_JWK_SET is a ${settings.publicJwkSetType}, but the decoder expects a JSON string. PyJWKSet.from_json passes it to json.loads, which raises TypeError, so every JWT request fails. Quote it as a string (for example a YAML block scalar).`,
    );
  }
  return undefined;
}

/** `JWT_SUPPORTED_VERSION` as text (None falls back to the decoder's 1.2.0). */
function readSupportedVersion(block: Block, reading: Reading): Refusal {
  if ('JWT_SUPPORTED_VERSION' in block) {
    reading.settings.supportedVersion = text(block.JWT_SUPPORTED_VERSION) ?? '1.2.0';
  }
  return undefined;
}

/** `JWT_LEEWAY`: PyJWT adds it to numbers, so a string (such as PyYAML's '1e3') cannot work. */
function readLeeway(block: Block, reading: Reading): Refusal {
  if (!('JWT_LEEWAY' in block)) return undefined;
  const leeway = block.JWT_LEEWAY;
  if (typeof leeway !== 'number' || !Number.isFinite(leeway)) {
    return `JWT_LEEWAY must be a number of seconds${typeof leeway === 'string' ? ` (PyYAML reads ${JSON.stringify(leeway)} as a string)` : ''}.`;
  }
  reading.settings.leeway = leeway;
  return undefined;
}

/** The two verify flags: the decoder passes them to PyJWT as options, which test truthiness. */
function readVerifyFlags(block: Block, reading: Reading): Refusal {
  for (const [key, field] of [
    ['JWT_VERIFY_EXPIRATION', 'verifyExpiration'],
    ['JWT_VERIFY_AUDIENCE', 'verifyAudience'],
  ] as const) {
    if (!(key in block)) continue;
    const value = block[key];
    reading.settings[field] = pythonTruthy(value);
    if (typeof value !== 'boolean') {
      reading.notes.push(
        `${key} is ${value === null ? 'null (None)' : `the ${pythonTypeName(value)} ${JSON.stringify(value)}`}, not a boolean. The decoder only tests its truthiness, so it counts as ${pythonTruthy(value) ? 'true' : 'false'}.`,
      );
    }
  }
  return undefined;
}

/** The readers, in the order their notes appear; the first refusal stops the reading. */
const READERS = [
  readIssuers,
  readPublicJwkSet,
  readSupportedVersion,
  readLeeway,
  readVerifyFlags,
] as const;

export function parseSettings(source: string): ParsedSettings {
  const read = readSettingsBlock(source);
  if (!read.ok) return read;
  const reading: Reading = {settings: {}, notes: []};
  for (const reader of READERS) {
    const refusal = reader(read.block, reading);
    if (refusal !== undefined) return {ok: false, message: refusal};
  }
  if (Object.keys(reading.settings).length === 0) {
    return {
      ok: false,
      message:
        'No decoder setting found. Expected keys such as JWT_ISSUERS or JWT_PUBLIC_SIGNING_JWK_SET.',
    };
  }
  return {ok: true, settings: reading.settings, notes: reading.notes};
}
