/**
 * Reads a pasted `JWT_AUTH` block (YAML, as in an Open edX config file, or JSON, which is YAML
 * too) into service settings. Loaded on demand: the `yaml` parser is only fetched when someone
 * pastes a block. Never throws.
 */
import {parseDocument} from 'yaml';
import {isObject} from '../json';
import type {IssuerSettings, ServiceSettings} from './types';

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

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'True' || value === 'true') return true;
  if (value === 'False' || value === 'false') return false;
  return undefined;
}

export function parseSettings(source: string): ParsedSettings {
  if (source.trim() === '') return {ok: false, message: 'The settings box is empty.'};
  const doc = parseDocument(source, {prettyErrors: true, uniqueKeys: false});
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
  const root: unknown = doc.toJS();
  const block = isObject(root) && isObject(root.JWT_AUTH) ? root.JWT_AUTH : root;
  if (!isObject(block)) {
    return {ok: false, message: 'Expected a mapping of settings, such as JWT_AUTH: {…}.'};
  }
  const notes: string[] = [];
  const settings: {-readonly [K in keyof ServiceSettings]?: ServiceSettings[K]} = {};

  if ('JWT_ISSUERS' in block) {
    const list = block.JWT_ISSUERS;
    if (!Array.isArray(list)) {
      return {ok: false, message: 'JWT_ISSUERS must be a list of {ISSUER, AUDIENCE, SECRET_KEY}.'};
    }
    const entries = list.map(issuerEntry);
    if (entries.some((entry) => entry === undefined)) {
      return {ok: false, message: 'Each JWT_ISSUERS entry must be a mapping.'};
    }
    settings.issuers = entries.filter((entry): entry is IssuerSettings => entry !== undefined);
  } else if ('JWT_ISSUER' in block || 'JWT_SECRET_KEY' in block || 'JWT_AUDIENCE' in block) {
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
      'No JWT_ISSUERS: the decoder builds one entry from the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY (and warns).',
    );
  }
  if ('JWT_PUBLIC_SIGNING_JWK_SET' in block) {
    const value = block.JWT_PUBLIC_SIGNING_JWK_SET;
    if (value === null || value === undefined || value === '') settings.publicJwkSet = '';
    else if (typeof value === 'string') settings.publicJwkSet = value;
    else {
      settings.publicJwkSet = JSON.stringify(value);
      notes.push(
        'JWT_PUBLIC_SIGNING_JWK_SET was a mapping; the decoder expects a JSON string, so it is used as its JSON text.',
      );
    }
  }
  if ('JWT_SUPPORTED_VERSION' in block) {
    settings.supportedVersion = text(block.JWT_SUPPORTED_VERSION) ?? '1.2.0';
  }
  if ('JWT_LEEWAY' in block) {
    const leeway = Number(block.JWT_LEEWAY);
    if (!Number.isFinite(leeway)) return {ok: false, message: 'JWT_LEEWAY must be a number.'};
    settings.leeway = leeway;
  }
  for (const [key, field] of [
    ['JWT_VERIFY_EXPIRATION', 'verifyExpiration'],
    ['JWT_VERIFY_AUDIENCE', 'verifyAudience'],
  ] as const) {
    if (key in block) {
      const value = toBoolean(block[key]);
      if (value === undefined) return {ok: false, message: `${key} must be true or false.`};
      settings[field] = value;
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
