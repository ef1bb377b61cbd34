/**
 * The token kinds a JWT change can affect, with the Open edX settings and defaults their lifetimes
 * come from. Pure data and lookups.
 */

export type TokenKindId = 'access' | 'cookie' | 'id-token' | 'client-credentials' | 'refresh';

export interface TokenKindInput {
  readonly id: TokenKindId;
  readonly enabled: boolean;
  /**
   * Lifetime of one token before the change, in seconds: tokens minted by the old code live this
   * long, so it decides when they are gone (the drain).
   */
  readonly oldLifetimeSeconds: number;
  /**
   * Lifetime after the change, in seconds; absent when the change keeps the lifetime. Tokens minted
   * by the new code live this long, so it decides how long they outlast a rollback.
   */
  readonly newLifetimeSeconds?: number;
  /** Seconds a client stops using a token before its `exp` (edx-rest-api-client: 5). */
  readonly marginSeconds?: number;
}

export interface TokenKindInfo {
  readonly id: TokenKindId;
  readonly label: string;
  /** The setting the lifetime comes from. */
  readonly setting: string;
  /** A second setting that can end a token's use earlier, never later, when it is shorter. */
  readonly cappedBy?: string;
  readonly defaultLifetimeSeconds: number;
  readonly defaultMarginSeconds?: number;
  readonly enabledByDefault: boolean;
}

/** Open edX defaults (research sheet §6.1, §8.7). */
export const TOKEN_KINDS: readonly TokenKindInfo[] = [
  {
    id: 'access',
    label: 'JWT access tokens',
    setting: 'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: true,
  },
  {
    // The JWT inside the cookies gets its `exp` from the access-token lifetime (cookies.py calls
    // create_jwt_from_token); the cookies' max-age only makes the browser drop it sooner.
    id: 'cookie',
    label: 'JWT cookies',
    setting: 'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    cappedBy: 'JWT_IN_COOKIE_EXPIRATION',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: true,
  },
  {
    id: 'id-token',
    label: 'create_jwt_for_user tokens',
    setting: 'OAUTH_ID_TOKEN_EXPIRATION',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: false,
  },
  {
    id: 'client-credentials',
    label: 'Cached client-credentials JWTs',
    setting: 'edx-rest-api-client cache (lifetime − 5 s)',
    defaultLifetimeSeconds: 3600,
    defaultMarginSeconds: 5,
    enabledByDefault: true,
  },
  {
    id: 'refresh',
    label: 'Mobile refresh tokens',
    setting: "OAUTH2_PROVIDER['REFRESH_TOKEN_EXPIRE_SECONDS']",
    defaultLifetimeSeconds: 7_776_000,
    enabledByDefault: false,
  },
];

export function tokenKindInfo(id: TokenKindId): TokenKindInfo {
  const info = TOKEN_KINDS.find((kind) => kind.id === id);
  if (info === undefined) throw new Error(`unknown token kind ${id}`);
  return info;
}

export function defaultTokens(): TokenKindInput[] {
  return TOKEN_KINDS.map((kind) => ({
    id: kind.id,
    enabled: kind.enabledByDefault,
    oldLifetimeSeconds: kind.defaultLifetimeSeconds,
    ...(kind.defaultMarginSeconds === undefined ? {} : {marginSeconds: kind.defaultMarginSeconds}),
  }));
}
