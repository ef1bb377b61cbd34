/**
 * @jest-environment node
 */
/*
 * Validates the reference datasets the way docusaurus.io validates its showcase
 * data: one test per entry, and failure messages that say which entry is wrong
 * and how to fix it.
 */
import {claims, claimsByOrigin, findClaim, findHeaderParameter, headerParameters} from '../claims';
import {findClaimSummary, findHeaderParameterSummary} from '../claimSummaries';
import {glossary, findGlossaryTerm} from '../glossary';
import {
  findMonitoringAttribute,
  monitoringAreas,
  monitoringAttributes,
} from '../monitoringAttributes';
import {findSetting, settingGroups, settingPath, settings} from '../settings';
import type {Source} from '../types';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {compileGlossaryMatcher} from '../../lib/site/glossaryLinks';

/** Throws a contributor-facing error unless `condition` holds. */
function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

function checkText(dataset: string, entry: string, field: string, value: unknown): void {
  check(
    typeof value === 'string' && value.trim().length > 0,
    `${dataset} entry "${entry}": "${field}" is empty. Write it in your own words ` +
      'from a public source, or remove the entry.',
  );
}

function checkSources(
  dataset: string,
  entry: string,
  sources: readonly Source[] | undefined,
  required: boolean,
): void {
  if (!required && sources === undefined) {
    return;
  }
  check(
    Array.isArray(sources) && sources.length > 0,
    `${dataset} entry "${entry}" has no sources. Add at least one public {label, url}, ` +
      `e.g. from src/data/sources.ts (S.platformJwt, S.decoder, S.rfc7519('4.1.4', 'exp')).`,
  );
  const seen = new Set<string>();
  for (const source of sources ?? []) {
    checkText(dataset, entry, 'sources[].label', source.label);
    let url: URL;
    try {
      url = new URL(source.url);
    } catch {
      throw new Error(
        `${dataset} entry "${entry}": source "${source.label}" has an invalid url ` +
          `${JSON.stringify(source.url)}. Use an absolute https:// URL.`,
      );
    }
    check(
      url.protocol === 'https:',
      `${dataset} entry "${entry}": source "${source.label}" uses ${url.protocol} ` +
        `(${source.url}). Only https:// links are allowed.`,
    );
    check(
      !seen.has(source.url),
      `${dataset} entry "${entry}" lists ${source.url} twice. Remove the duplicate source.`,
    );
    seen.add(source.url);
  }
}

function duplicates(names: readonly string[]): string[] {
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

function checkUnique(dataset: string, field: string, names: readonly string[]): void {
  const dups = duplicates(names);
  check(
    dups.length === 0,
    `${dataset} has duplicate ${field}s: ${dups.join(', ')}. Each ${field} becomes an HTML id ` +
      `(a link target), so it must be unique: merge the entries or rename one.`,
  );
}

/** HTML ids must not contain whitespace, and links use them verbatim after `#`. */
function checkAnchorSafe(dataset: string, name: string): void {
  check(
    /^[A-Za-z0-9_.-]+$/.test(name),
    `${dataset} entry "${name}": the name is used as an anchor id and may only contain ` +
      `letters, digits, "_", "." and "-". Use a slug such as "log-token-verification-failed".`,
  );
}

describe('claims and header parameters', () => {
  const all = [...headerParameters, ...claims];

  it.each(all.map((claim) => [claim.name, claim] as const))('%s', (_name, claim) => {
    checkAnchorSafe('claims', claim.name);
    checkText('claims', claim.name, 'name', claim.name);
    checkText('claims', claim.name, 'summary', claim.summary);
    checkText('claims', claim.name, 'presence', claim.presence);
    checkText('claims', claim.name, 'readers', claim.readers);
    checkSources('claims', claim.name, claim.sources, true);
    // The JWT decoder shows the summary verbatim next to a value.
    check(
      !claim.summary.includes('`') && !claim.summary.includes('\n'),
      `claims entry "${claim.name}": "summary" is shown as plain text by the JWT decoder; ` +
        'remove backticks and line breaks (use "readers" or "caveat" for code names).',
    );
  });

  it('has no duplicate payload claim names', () => {
    checkUnique(
      'claims',
      'name',
      claims.map((claim) => claim.name),
    );
  });

  it('has no duplicate header parameter names', () => {
    checkUnique(
      'headerParameters',
      'name',
      headerParameters.map((p) => p.name),
    );
  });

  it('keeps header parameters and payload claims apart by origin', () => {
    for (const parameter of headerParameters) {
      check(
        parameter.origin === 'header',
        `headerParameters entry "${parameter.name}" has origin "${parameter.origin}"; use "header".`,
      );
    }
    for (const claim of claims) {
      check(
        claim.origin !== 'header',
        `claims entry "${claim.name}" has origin "header"; move it to headerParameters.`,
      );
    }
  });

  it.each(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'])(
    'documents the RFC 7519 registered claim %s',
    (name) => {
      const claim = findClaim(name);
      check(
        claim !== undefined,
        `Registered claim "${name}" is missing: add its summary to src/data/claimSummaries.ts and its details to src/data/claims.ts.`,
      );
      expect(claim?.origin).toBe('registered');
    },
  );

  it.each(['alg', 'typ', 'kid', 'cty', 'jku', 'x5u', 'crit'])(
    'documents the header parameter %s',
    (name) => {
      check(
        findHeaderParameter(name) !== undefined,
        `Header parameter "${name}" is missing: add it to headerParameterSummaries in src/data/claimSummaries.ts and its details to headerParameters in src/data/claims.ts.`,
      );
    },
  );

  it.each([
    'version',
    'scopes',
    'filters',
    'is_restricted',
    'grant_type',
    'preferred_username',
    'administrator',
    'superuser',
    'email',
    'email_verified',
    'name',
    'given_name',
    'family_name',
    'user_id',
    'roles',
  ])('documents the Open edX claim %s', (name) => {
    check(
      findClaim(name) !== undefined,
      `Claim "${name}" is emitted by the LMS but missing: add its summary to src/data/claimSummaries.ts and its details to src/data/claims.ts.`,
    );
  });

  it('finds claims by exact name only', () => {
    expect(findClaim('scopes')?.name).toBe('scopes');
    expect(findClaim('Scopes')).toBeUndefined();
    expect(findClaim('alg')).toBeUndefined();
    expect(findHeaderParameter('alg')?.origin).toBe('header');
  });

  it('gives the decoder the same summary and type as the reference, by exact name only', () => {
    for (const claim of claims) {
      expect(findClaimSummary(claim.name)).toEqual({
        name: claim.name,
        origin: claim.origin,
        type: claim.type,
        summary: claim.summary,
      });
    }
    for (const parameter of headerParameters) {
      expect(findHeaderParameterSummary(parameter.name)?.summary).toBe(parameter.summary);
    }
    expect(findClaimSummary('Scopes')).toBeUndefined();
    expect(findClaimSummary('alg')).toBeUndefined();
    expect(findClaimSummary('constructor')).toBeUndefined();
    expect(findHeaderParameterSummary('iss')).toBeUndefined();
  });

  it('splits claims by origin without losing any', () => {
    const total =
      claimsByOrigin('registered').length +
      claimsByOrigin('openedx').length +
      claimsByOrigin('oidc').length;
    expect(total).toBe(claims.length);
    expect(claimsByOrigin('header')).toBe(headerParameters);
  });
});

describe('settings', () => {
  it.each(settings.map((setting) => [setting.name, setting] as const))('%s', (_name, setting) => {
    checkAnchorSafe('settings', setting.name);
    checkText('settings', setting.name, 'summary', setting.summary);
    checkText('settings', setting.name, 'type', setting.type);
    checkText('settings', setting.name, 'default', setting.default);
    checkText('settings', setting.name, 'where', setting.where);
    check(
      settingGroups.includes(setting.group),
      `settings entry "${setting.name}" has group "${setting.group}", which the settings page ` +
        `does not show. Use one of: ${settingGroups.join(', ')}.`,
    );
    checkSources('settings', setting.name, setting.sources, true);
  });

  it('has no duplicate setting names', () => {
    checkUnique(
      'settings',
      'name',
      settings.map((setting) => setting.name),
    );
  });

  it.each([
    'JWT_ISSUERS',
    'JWT_ISSUER',
    'JWT_AUDIENCE',
    'JWT_SECRET_KEY',
    'JWT_PUBLIC_SIGNING_JWK_SET',
    'JWT_PRIVATE_SIGNING_JWK',
    'JWT_SIGNING_ALGORITHM',
    'JWT_SUPPORTED_VERSION',
    'JWT_LEEWAY',
    'JWT_VERIFY_EXPIRATION',
    'JWT_VERIFY_AUDIENCE',
    'JWT_AUTH_COOKIE_HEADER_PAYLOAD',
    'JWT_AUTH_COOKIE_SIGNATURE',
    'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    'JWT_IN_COOKIE_EXPIRATION',
    'JWT_AUTH_FORCE_CREATE_ASYMMETRIC',
    'JWT_AUTH_ADD_KID_HEADER',
    'ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE',
    'ENABLE_JWT_AND_LMS_USER_EMAIL_MATCH',
  ])('documents %s', (name) => {
    check(
      findSetting(name) !== undefined,
      `Setting "${name}" is missing from src/data/settings.ts.`,
    );
  });

  it('writes the Django path of nested settings', () => {
    const issuers = findSetting('JWT_ISSUERS');
    const lifetime = findSetting('JWT_ACCESS_TOKEN_EXPIRE_SECONDS');
    expect(issuers && settingPath(issuers)).toBe("JWT_AUTH['JWT_ISSUERS']");
    expect(lifetime && settingPath(lifetime)).toBe('JWT_ACCESS_TOKEN_EXPIRE_SECONDS');
  });
});

describe('monitoring attributes', () => {
  it.each(monitoringAttributes.map((attribute) => [attribute.name, attribute] as const))(
    '%s',
    (_name, attribute) => {
      checkAnchorSafe('monitoringAttributes', attribute.name);
      checkText('monitoringAttributes', attribute.name, 'values', attribute.values);
      checkText('monitoringAttributes', attribute.name, 'setBy', attribute.setBy);
      checkText('monitoringAttributes', attribute.name, 'meaning', attribute.meaning);
      checkText('monitoringAttributes', attribute.name, 'duringRollout', attribute.duringRollout);
      check(
        monitoringAreas.includes(attribute.area),
        `monitoringAttributes entry "${attribute.name}" has area "${attribute.area}"; ` +
          `use one of: ${monitoringAreas.join(', ')}.`,
      );
      check(
        (attribute.kind === 'log') === attribute.name.startsWith('log-'),
        `monitoringAttributes entry "${attribute.name}": log lines (kind "log") are named ` +
          '"log-<slug>" and nothing else may use that prefix.',
      );
      checkSources('monitoringAttributes', attribute.name, attribute.sources, true);
    },
  );

  it('has no duplicate attribute names', () => {
    checkUnique(
      'monitoringAttributes',
      'name',
      monitoringAttributes.map((a) => a.name),
    );
  });

  it.each([
    'jwt_auth_result',
    'jwt_auth_failed',
    'jwt_auth_asymmetric_verified',
    'jwt_auth_symmetric_verified',
    'jwt_auth_verification_failed',
    'jwt_auth_verify_asymmetric_keys_count',
    'jwt_auth_issuer_verification',
    'request_auth_type_guess',
    'request_client_name',
    'edx_drf_extensions_version',
    'create_asymmetric_jwt_count',
    'create_symmetric_jwt_count',
  ])('documents %s', (name) => {
    check(
      findMonitoringAttribute(name) !== undefined,
      `Monitoring attribute "${name}" is missing from src/data/monitoringAttributes.ts.`,
    );
  });
});

describe('glossary', () => {
  it.each(glossary.map((term) => [term.id, term] as const))('%s', (_id, term) => {
    check(
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(term.id),
      `glossary entry "${term.term}" has id "${term.id}"; ids are lowercase words joined by ` +
        'hyphens (e.g. "restricted-application"), because pages link to them as #id.',
    );
    checkText('glossary', term.id, 'term', term.term);
    checkText('glossary', term.id, 'definition', term.definition);
    checkSources('glossary', term.id, term.sources, false);
  });

  it('has no duplicate ids', () => {
    checkUnique(
      'glossary',
      'id',
      glossary.map((term) => term.id),
    );
  });

  it.each([
    'ida',
    'mfe',
    'dot',
    'jwk',
    'jwks',
    'issuer',
    'audience',
    'jws',
    'jwe',
    'restricted-application',
    'client-credentials-grant',
    'scope',
    'filter',
    'leeway',
  ])('has the term other pages link to: #%s', (id) => {
    check(
      findGlossaryTerm(id) !== undefined,
      `Glossary id "${id}" is linked from other pages of the site but missing ` +
        'from src/data/glossary.ts.',
    );
  });

  it.each([
    'adr',
    'drf',
    'sso',
    'hmac',
    'mint',
    'tieredcache',
    'ida',
    'mfe',
    'lms',
    'service-user',
  ])('explains the jargon pages use without explaining it: #%s', (id) => {
    const term = findGlossaryTerm(id);
    check(term !== undefined, `Glossary id "${id}" is missing from src/data/glossary.ts.`);
    check(
      (term?.matches ?? []).length > 0,
      `Glossary entry "${id}" declares no \`matches\`, so its first use on a page is never linked.`,
    );
  });

  it('gives every form that links to an entry to one entry only', () => {
    expect(() =>
      compileGlossaryMatcher(glossary.map((term) => ({id: term.id, matches: term.matches ?? []}))),
    ).not.toThrow();
  });

  it.each(glossary.filter((term) => term.notLinkedOn).map((term) => [term.id, term] as const))(
    '%s: notLinkedOn names pages that exist',
    (_id, term) => {
      for (const page of term.notLinkedOn ?? []) {
        const file = path.join(__dirname, '..', '..', '..', 'docs', page);
        check(
          existsSync(`${file}.mdx`) || existsSync(`${file}.md`),
          `glossary entry "${term.id}": notLinkedOn names "${page}", but docs/${page}.mdx does not exist. ` +
            'Use the page path under docs/ without its extension.',
        );
      }
    },
  );
});
