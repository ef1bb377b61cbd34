/**
 * Reads a pasted `JWT_AUTH` block (YAML, as in an Open edX config file, or JSON, which is YAML
 * too) into service settings. Open edX loads its YAML config with PyYAML's `yaml.safe_load`
 * (openedx-platform lms/envs/production.py), which implements YAML 1.1, so the block is read the
 * same way: `yes`/`no`/`on`/`off` are booleans. Loaded on demand: the `yaml` parser is only
 * fetched when someone pastes a block. Never throws, and never freezes the page: the block, the
 * issuer list and alias expansion are capped (issue #16), and each refusal says which cap.
 */
import {parseDocument, type Tags} from 'yaml';
import {isObject} from '../json';
import {formatCount} from '../limits';
import type {IssuerSettings, ServiceSettings} from './types';
import {pythonTruthy, pythonTypeName} from './python';

/**
 * PyYAML's implicit resolvers (lib/yaml/resolver.py) where they differ from the `yaml` package's
 * YAML 1.1 schema: PyYAML has no `y`/`n` booleans, no decimal int with a leading zero, and needs a
 * dot (and a signed exponent) in a float.
 */
const PYYAML = {
  true: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  false: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  int: /^[-+]?(?:0|[1-9][0-9_]*)$/,
  intTime: /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/,
  float: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/,
  floatExp: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)[eE][-+][0-9]+$/,
} as const;

const BOOL = 'tag:yaml.org,2002:bool';
const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';

/** The `yaml` package's YAML 1.1 tags, with PyYAML's tests for plain scalars. */
function pyyamlTags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || tag.collection !== undefined || !tag.test) return tag;
    if (tag.tag === BOOL) return {...tag, test: tag.identify?.(true) ? PYYAML.true : PYYAML.false};
    if (tag.tag === INT && tag.format === undefined) return {...tag, test: PYYAML.int};
    if (tag.tag === INT && tag.format === 'TIME') return {...tag, test: PYYAML.intTime};
    if (tag.tag === FLOAT && tag.format === 'EXP') return {...tag, test: PYYAML.floatExp};
    if (tag.tag === FLOAT && tag.format === undefined && tag.test.test('1.5')) {
      return {...tag, test: PYYAML.float};
    }
    return tag;
  });
}

/**
 * Characters of a pasted block. A JWT_AUTH block with several issuers and RSA public keys is a
 * few thousand; parsing YAML costs milliseconds per kilobyte, so a larger block would hold the
 * page for a noticeable time (300 KB of `!!binary` took 15 s).
 */
export const MAX_SETTINGS_CHARS = 32_768;
/** Entries of JWT_ISSUERS; deployments have one to a few. */
export const MAX_ISSUERS = 100;
/** Alias (`*name`) uses while building the values: an alias bomb expands exponentially. */
export const MAX_ALIASES = 100;

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

export function parseSettings(source: string): ParsedSettings {
  if (source.trim() === '') return {ok: false, message: 'The settings box is empty.'};
  if (source.length > MAX_SETTINGS_CHARS) {
    return {
      ok: false,
      message: `Not read: the block is ${formatCount(source.length)} characters long, and the settings reader reads at most ${formatCount(MAX_SETTINGS_CHARS)} (a JWT_AUTH block with several issuers and keys is a few thousand). Paste only the JWT_AUTH block, without large values such as !!binary data.`,
    };
  }
  const doc = parseDocument(source, {
    version: '1.1',
    customTags: pyyamlTags,
    prettyErrors: true,
    uniqueKeys: false,
  });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line;
    const firstLine = (problem.message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return {
      ok: false,
      message: `Not valid YAML or JSON${line === undefined ? '' : ` (line ${line})`}: ${firstLine}`,
      line,
    };
  }
  let root: unknown;
  try {
    root = doc.toJS({maxAliasCount: MAX_ALIASES});
  } catch (error) {
    // The yaml package throws a ReferenceError when aliases expand past maxAliasCount.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        ok: false,
        message: `Not read: the block's aliases (*name) expand to more than ${MAX_ALIASES} copies of their anchors, which could freeze the page (an alias bomb). Write the values out instead of aliasing them.`,
      };
    }
    return {
      ok: false,
      message: `Not read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const block = isObject(root) && isObject(root.JWT_AUTH) ? root.JWT_AUTH : root;
  if (!isObject(block)) {
    return {ok: false, message: 'Expected a mapping of settings, such as JWT_AUTH: {…}.'};
  }
  const notes: string[] = [];
  const settings: {-readonly [K in keyof ServiceSettings]?: ServiceSettings[K]} = {};

  const issuersList = block.JWT_ISSUERS;
  const deprecatedNamed =
    'JWT_ISSUER' in block || 'JWT_SECRET_KEY' in block || 'JWT_AUDIENCE' in block;
  if (pythonTruthy(issuersList)) {
    if (!Array.isArray(issuersList)) {
      return {ok: false, message: 'JWT_ISSUERS must be a list of {ISSUER, AUDIENCE, SECRET_KEY}.'};
    }
    if (issuersList.length > MAX_ISSUERS) {
      return {
        ok: false,
        message: `Not read: JWT_ISSUERS has ${formatCount(issuersList.length)} entries, and the settings reader reads at most ${MAX_ISSUERS} (deployments have one to a few).`,
      };
    }
    const entries = issuersList.map(issuerEntry);
    if (entries.some((entry) => entry === undefined)) {
      return {ok: false, message: 'Each JWT_ISSUERS entry must be a mapping.'};
    }
    const missing = missingIssuerKey(issuersList as Record<string, unknown>[]);
    if (missing) return {ok: false, message: missing};
    settings.issuers = entries.filter((entry): entry is IssuerSettings => entry !== undefined);
  } else if ('JWT_ISSUERS' in block || deprecatedNamed) {
    // settings.get_jwt_issuers(): `if jwt_issuers:` so an empty (or null) list falls back too.
    if (Array.isArray(block.JWT_ISSUER)) {
      return {
        ok: false,
        message:
          'JWT_ISSUER holds a list: that belongs under JWT_ISSUERS (a known configuration drift).',
      };
    }
    settings.issuers = [
      {
        issuer: text(block.JWT_ISSUER),
        audience: text(block.JWT_AUDIENCE),
        secretKey: text(block.JWT_SECRET_KEY),
      },
    ];
    notes.push(
      'JWT_ISSUERS' in block
        ? 'JWT_ISSUERS is empty, so the decoder falls back to the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY (and warns), exactly as when it is missing.'
        : 'No JWT_ISSUERS: the decoder builds one entry from the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY (and warns).',
    );
    if (block.JWT_SECRET_KEY === undefined) {
      notes.push(
        "JWT_SECRET_KEY is not set, so drf-jwt uses Django's SECRET_KEY, which this panel cannot know: type it as the SECRET_KEY of entry 1 to model it.",
      );
    }
  }
  if ('JWT_PUBLIC_SIGNING_JWK_SET' in block) {
    const value = block.JWT_PUBLIC_SIGNING_JWK_SET;
    if (typeof value === 'string') settings.publicJwkSet = value;
    else if (!pythonTruthy(value)) {
      // get_verification_jwk_key_set(): `if asymmetric_keys:` so None, {} or [] load no keys.
      settings.publicJwkSet = '';
    } else {
      settings.publicJwkSet = JSON.stringify(value, null, 2);
      settings.publicJwkSetType = pythonTypeName(value);
      notes.push(
        `Warning: JWT_PUBLIC_SIGNING_JWK_SET is a ${settings.publicJwkSetType}, but the decoder expects a JSON string. PyJWKSet.from_json passes it to json.loads, which raises TypeError, so every JWT request fails. Quote it as a string (for example a YAML block scalar).`,
      );
    }
  }
  if ('JWT_SUPPORTED_VERSION' in block) {
    settings.supportedVersion = text(block.JWT_SUPPORTED_VERSION) ?? '1.2.0';
  }
  if ('JWT_LEEWAY' in block) {
    // PyJWT adds the leeway to numbers, so a string (such as PyYAML's '1e3') cannot work.
    const leeway = block.JWT_LEEWAY;
    if (typeof leeway !== 'number' || !Number.isFinite(leeway)) {
      return {
        ok: false,
        message: `JWT_LEEWAY must be a number of seconds${typeof leeway === 'string' ? ` (PyYAML reads ${JSON.stringify(leeway)} as a string)` : ''}.`,
      };
    }
    settings.leeway = leeway;
  }
  // The decoder passes both values to PyJWT as options, which only test their truthiness.
  for (const [key, field] of [
    ['JWT_VERIFY_EXPIRATION', 'verifyExpiration'],
    ['JWT_VERIFY_AUDIENCE', 'verifyAudience'],
  ] as const) {
    if (key in block) {
      const value = block[key];
      settings[field] = pythonTruthy(value);
      if (typeof value !== 'boolean') {
        notes.push(
          `${key} is ${value === null ? 'null (None)' : `the ${pythonTypeName(value)} ${JSON.stringify(value)}`}, not a boolean. The decoder only tests its truthiness, so it counts as ${pythonTruthy(value) ? 'true' : 'false'}.`,
        );
      }
    }
  }
  if (Object.keys(settings).length === 0) {
    return {
      ok: false,
      message:
        'No decoder setting found. Expected keys such as JWT_ISSUERS or JWT_PUBLIC_SIGNING_JWK_SET.',
    };
  }
  return {ok: true, settings, notes};
}
