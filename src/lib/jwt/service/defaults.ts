import type {ServiceSettings} from './types';

/** Decoder defaults: `JwtTokenVersion.default_latest_supported` and the LMS settings. */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  issuers: [{issuer: 'http://127.0.0.1:8000/oauth2', audience: 'change-me', secretKey: ''}],
  publicJwkSet: '',
  supportedVersion: '1.2.0',
  leeway: 1,
  verifyExpiration: true,
  verifyAudience: true,
};
