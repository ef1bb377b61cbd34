/**
 * Shapes of the reference data rendered on /docs/reference/ and reused by the
 * tools (the JWT decoder explains claims with `ClaimDoc.summary`, the service
 * simulator links to monitoring attribute entries by name).
 *
 * Every entry carries at least one public source so readers can check the fact
 * against the code or standard it describes.
 */

/** A public document that backs an entry: a GitHub file at a named ref, an RFC section, a PR. */
export interface Source {
  /** Short human label, ideally naming the version or date the fact describes. */
  readonly label: string;
  /** Absolute https URL. */
  readonly url: string;
}

/** Where a claim or header parameter is defined. */
export type ClaimOrigin =
  /** RFC 7519 §4.1 registered claim names. */
  | 'registered'
  /** Claims defined by Open edX (oauth_dispatch, edx-drf-extensions, clients). */
  | 'openedx'
  /** Names borrowed from the OpenID Connect standard claims. */
  | 'oidc'
  /** JOSE header parameters (RFC 7515 / RFC 7519 §5). */
  | 'header';

/** The JSON type a reader should expect for the value. */
export type ClaimType =
  'string' | 'number' | 'boolean' | 'string[]' | 'object' | 'string | string[]' | 'string | null';

export interface ClaimDoc {
  /** Exact claim or header parameter name; also the anchor id on the claims page. */
  readonly name: string;
  readonly origin: ClaimOrigin;
  readonly type: ClaimType;
  /** When the LMS includes it (or that it does not). */
  readonly presence: string;
  /** One plain sentence: what the value means in Open edX. Shown next to the value by the decoder. */
  readonly summary: string;
  /** Who reads it, i.e. the blast radius of changing it. */
  readonly readers: string;
  /** Optional pitfall worth knowing before relying on the value. */
  readonly caveat?: string;
  readonly sources: readonly Source[];
}

/** Which settings dictionary (or kind of switch) a setting lives in. */
export type SettingGroup =
  /** A key inside the Django `JWT_AUTH` dict. */
  | 'JWT_AUTH'
  /** A key inside the Django `EDX_DRF_EXTENSIONS` dict. */
  | 'EDX_DRF_EXTENSIONS'
  /** A key inside Django OAuth Toolkit's `OAUTH2_PROVIDER` dict in the LMS. */
  | 'OAUTH2_PROVIDER'
  /** A top-level Django setting of the LMS. */
  | 'LMS'
  /** A top-level Django setting, or an environment variable, of a calling service (IDA). */
  | 'IDA'
  /** A feature toggle (setting toggle or waffle switch) that gates JWT behaviour. */
  | 'toggle';

export interface SettingDoc {
  /** Exact key or toggle name; also the anchor id on the settings page. */
  readonly name: string;
  readonly group: SettingGroup;
  /**
   * How to write it in Django settings when that differs from the name, e.g.
   * `EDX_DRF_EXTENSIONS['ENABLE_JWT_AND_LMS_USER_EMAIL_MATCH']`. See `settingPath`.
   */
  readonly path?: string;
  /** Python type of the value, informally (`str`, `list[dict]`, `JSON str`, ...). */
  readonly type: string;
  /** Default as documented, `not set`, or a note on where different services differ. */
  readonly default: string;
  /** Which service or library reads it. */
  readonly where: string;
  readonly summary: string;
  /** For toggles: temporary/permanent/removed and the target removal date. */
  readonly status?: string;
  /** What to watch out for when changing it during a rollout. */
  readonly rolloutNote?: string;
  readonly sources: readonly Source[];
}

/** What kind of signal an observability entry is. */
export type MonitoringKind =
  /** A custom attribute on the monitoring transaction (e.g. New Relic / Datadog span tag). */
  | 'attribute'
  /** A counter incremented on the transaction. */
  | 'counter'
  /** A log line. The name is a stable slug; `values` holds the message. */
  | 'log'
  /** A field a client library sets on its own error reports or logging service. */
  | 'client';

/** Which code records the signal; the monitoring page has one section per area. */
export type MonitoringArea =
  /** edx-drf-extensions `decoder.py`. */
  | 'decoder'
  /** edx-drf-extensions `JwtAuthentication`. */
  | 'authentication'
  /** edx-drf-extensions middleware (JWT cookie and request attributes). */
  | 'middleware'
  /** openedx-platform (LMS) token creation and default auth classes. */
  | 'lms'
  /** Calling services and browsers: edx-rest-api-client, frontend-platform. */
  | 'clients'
  /** Log lines from any of the above. */
  | 'logs';

export interface MonitoringAttributeDoc {
  /** Exact attribute name (or a stable `log-...` slug for log lines); also the anchor id. */
  readonly name: string;
  readonly kind: MonitoringKind;
  readonly area: MonitoringArea;
  /** The possible values, or the message text for a log line. */
  readonly values: string;
  /** Library/service and module that sets it. */
  readonly setBy: string;
  readonly meaning: string;
  /** What a healthy vs an unhealthy reading looks like while a JWT change rolls out. */
  readonly duringRollout: string;
  readonly sources: readonly Source[];
}

export interface GlossaryTerm {
  /** Lowercase, hyphenated; also the anchor id on the glossary page. */
  readonly id: string;
  readonly term: string;
  /**
   * The exact forms pages write the term in (`['IDA', 'IDAs']`). The first use of any of them in a
   * page's prose links to the entry (src/plugins/remark-glossary-links); a form that starts with a
   * lower-case letter also matches capitalised. Without it the term is never linked automatically.
   */
  readonly matches?: readonly string[];
  /**
   * Pages (paths under docs/ without the extension) that explain the term in depth themselves, or
   * use its words in another sense: there its first use is not linked.
   */
  readonly notLinkedOn?: readonly string[];
  readonly definition: string;
  readonly sources?: readonly Source[];
}
