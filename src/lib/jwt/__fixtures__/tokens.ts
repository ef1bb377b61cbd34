/**
 * Test-only key material and tokens. The RSA key pair and its self-signed certificate were made
 * for these tests with `openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=jwt-decoder-test`; they
 * protect nothing.
 */
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  SignJWT,
  type JWK,
  type JWTPayload,
} from 'jose';

/** RFC 7515 A.1 (HS256), also the example of RFC 7519 §3.1 (facts sheet §13, V1). */
export const RFC7515_A1 = {
  token:
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  jwk: {
    kty: 'oct',
    k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
  },
  /** The same 64-byte key as base64url text, for the "base64url" secret encoding. */
  secretBase64url:
    'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
  headerText: '{"typ":"JWT",\r\n "alg":"HS256"}',
  payloadText: '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
} as const;

/** RFC 7515 A.5: the unsecured (`alg: none`) version of the same payload (facts sheet §13, V3). */
export const RFC7515_A5 =
  'eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.';

export const TEST_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDWuWjhM77Zc3at
uNDbHjo1ZmdK4gZf5lvzz3H9drTArxv6Q3Ko6k/ZfPMt3idWSnCUmnVsMwDKwEwZ
en8dIs6Qo6NUe+oQXbI80+coz+Syqb+1o++TnDniPqws56RFYh7HyelJfW+Icbmt
/QYPC3Df1q/ReAmnhqKrE+6R7u4Ga4t/EwcNu8taFoF4j8ggdrobpMkjRKXgFZPU
J/joSPL8PtXX37TDEhmU0mBbuMy4Tag/m6fWRjnrtSm3epX/SNG2w/erizkFtwac
C2oD/erQ3KHyrezB0Q/yxJCTUxMDXo3fWZwz5IaWzMeFkgsfT0h6/nesGiPROM47
Czr13B35AgMBAAECggEAAPDumgAXT84vALts5Oz4vdetT7l2ZDC3CfZIjl8ZEzgh
RANMKxvdzjr7OOH+o6TvYeNcbOU7VWgq3Ti5emf25lDlTB8/6yLx/0zBeF8S5kqS
rcniaK/4W/rA1/CK+off0SncJSeQ19UBxpazkljPPZfsDNu9FRgkueG8O7UDo5EO
jHNZiJPfqJ5u5r5USDXbRUJhG1toE+hB+iMiPdPkkIeSu+fLziopkq1RyX76uenN
0CpfnIs+yUL1tVS2gHW8ylI172HGjlBOflMmU6kP/eoE6p3nAJSnwEOz4R+dTkKx
vSRwwsYNKb3a5XGbRdttoO1rfxH00l0BtJe5ccdmYQKBgQD2FFKvSVPXusJY/TND
bYC0LifoZWH7XyeX2AsZNMHY7/aN4y6WTvejeJEiWC22o+xuZb8vCTtx/jSXwYw4
Gn4y95AsSUESzOgNDbglLGreFC10mkYKvwLZy6CEssrlkxt1VYOiiEvsTCaDo8ee
8uHe4YlglpZwd3BD1TAO8eeaiQKBgQDfYXv06Fwnw8lVjaYFOITbROpkpyXJo5xR
onKJu9/fhSQsywA/r57RKCjEFSFHoytUKz2W8+/5KTeEjmXwHvPWnjoHAzAjBejE
24KXObTHsGuYnWnILlWaQ0FT/0i97QgNxEXoi+cV6JmqU9zx4ytAu4C+auPTJj8C
n2bWAsHL8QKBgQCVK9yzxY+9xsjpiRP6W/cZQqGOj2bGKvilY6HWtdSM3WpouL8U
/um/fub8GtgbT2OTyLoMmVwfzimzlPCbUfQOkWQkdIOuEejZgOeQIUznMvQbKyoq
eYAQ5w93Yar9YB/VEPGrJVRg+gie5DmucS3bHn1Yv/CSXNUBScrIRHxRgQKBgBh3
SuZWFNHeJc0TCJ4FxLdnYuzHSeI94z8ltbnUM/79TCsDyPEwwQpThbOERPLdsj8z
xTklWqFFnGkOV6fnG/njtqNR/BG58fatvC3oCh7c+cvrYcylFocg2qTijwsOTRWE
68s+l37UzQ/Uw5xSr0gVwVIZzv4vcDNPVioWfzdhAoGARfGuQYTP+uaA5jJLl3x3
nBQ2UuhORqi9IhOeQEjnsgufr4OA1deZsZySxIpDpbw3NsQCLV4HpC8Xe6818PfN
n17wMsfK/SMDv/u1P/ShaxU3ArHHkg07LoETzj489Qj3wBJKx9UwJRGw0Evt2EUe
aQWlbHmVNtjCm/JQuqXy3EQ=
-----END PRIVATE KEY-----`;

/** Self-signed certificate for TEST_PRIVATE_KEY_PEM. */
export const TEST_CERTIFICATE_PEM = `-----BEGIN CERTIFICATE-----
MIIDGTCCAgGgAwIBAgIUUNP/ZQSdwoYyfAtBWPtgpBFIMAcwDQYJKoZIhvcNAQEL
BQAwGzEZMBcGA1UEAwwQand0LWRlY29kZXItdGVzdDAgFw0yNjExMjgxNTQ3MDRa
GA8yMTI2MTEwNDE1NDcwNFowGzEZMBcGA1UEAwwQand0LWRlY29kZXItdGVzdDCC
ASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANa5aOEzvtlzdq240NseOjVm
Z0riBl/mW/PPcf12tMCvG/pDcqjqT9l88y3eJ1ZKcJSadWwzAMrATBl6fx0izpCj
o1R76hBdsjzT5yjP5LKpv7Wj75OcOeI+rCznpEViHsfJ6Ul9b4hxua39Bg8LcN/W
r9F4CaeGoqsT7pHu7gZri38TBw27y1oWgXiPyCB2uhukySNEpeAVk9Qn+OhI8vw+
1dfftMMSGZTSYFu4zLhNqD+bp9ZGOeu1Kbd6lf9I0bbD96uLOQW3BpwLagP96tDc
ofKt7MHRD/LEkJNTEwNejd9ZnDPkhpbMx4WSCx9PSHr+d6waI9E4zjsLOvXcHfkC
AwEAAaNTMFEwHQYDVR0OBBYEFK3DnVLrLKwTKYxZ6a0hkmtszfWjMB8GA1UdIwQY
MBaAFK3DnVLrLKwTKYxZ6a0hkmtszfWjMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZI
hvcNAQELBQADggEBAHRP8BPTaFusgS83nqk6NMH4qwoUwSwALHENGiiimgz8bDrj
EZcacBXVeAM33ECifx+u++htnx09BmIOuK2C7ArEwXpuN/8OL98zs9BcRRf0vzR3
Q4E2JYhEe0+jGOZX5MUCQohco2bT0KN4bc4cCAW6R81GRcOqGymrizhztvv4jxDw
fa8lwojABMQM1UQg6RHQX2HcLnKBPeeLMO8osH01qcs9uUDvoOzA0199Cc0lpQU7
ufr/J1hOEO+qMuLS0tEhtFR7R9G9GBIOeRrLbNzs2kYGl8QnXvAauKjB2J5qqxTT
xPqmlL1aGTPPIHTEnsj3gauxIkNaI11Q+bgfyHU=
-----END CERTIFICATE-----`;

/** The fixed "now" of the tests: 2024-05-01T12:00:00Z. */
export const NOW = new Date('2024-05-01T12:00:00Z');
export const NOW_SECONDS = NOW.getTime() / 1000;

/** Claims shaped like the LMS's `_create_jwt` output, issued at NOW and valid for one hour. */
export function openEdxClaims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: 'http://127.0.0.1:8000/oauth2',
    aud: 'change-me',
    exp: NOW_SECONDS + 3600,
    iat: NOW_SECONDS,
    sub: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    preferred_username: 'edx',
    scopes: ['user_id', 'email', 'profile'],
    version: '1.2.0',
    filters: ['user:me'],
    is_restricted: false,
    email_verified: true,
    grant_type: 'password',
    user_id: 3,
    email: 'edx@example.com',
    name: 'Ed X',
    family_name: 'X',
    given_name: 'Ed',
    administrator: false,
    superuser: false,
    ...overrides,
  };
}

export async function signHs256(
  secret: string | Uint8Array,
  claims: JWTPayload = openEdxClaims(),
  header: Record<string, unknown> = {},
): Promise<string> {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return new SignJWT(claims).setProtectedHeader({alg: 'HS256', typ: 'JWT', ...header}).sign(key);
}

export interface KeyFixture {
  readonly alg: string;
  readonly token: string;
  readonly publicJwk: JWK;
  readonly privateJwk: JWK;
  readonly spki: string;
}

/** A fresh key pair for `alg` and a token signed with it (kid "test-<alg>"). */
export async function asymmetricFixture(
  alg: 'RS256' | 'RS512' | 'ES256',
  claims: JWTPayload = openEdxClaims(),
  kid: string | null = `test-${alg}`,
): Promise<KeyFixture> {
  const {privateKey, publicKey} = await generateKeyPair(alg, {extractable: true});
  const token = await new SignJWT(claims)
    .setProtectedHeader({alg, typ: 'JWT', ...(kid ? {kid} : {})})
    .sign(privateKey);
  const publicJwk = {...(await exportJWK(publicKey)), ...(kid ? {kid} : {})};
  const privateJwk = {...(await exportJWK(privateKey)), ...(kid ? {kid} : {})};
  return {alg, token, publicJwk, privateJwk, spki: await exportSPKI(publicKey)};
}

/** A token signed with the key of TEST_CERTIFICATE_PEM. */
export async function signWithCertificateKey(alg: 'RS256' | 'RS512' = 'RS512'): Promise<string> {
  const key = await importPKCS8(TEST_PRIVATE_KEY_PEM, alg);
  return new SignJWT(openEdxClaims()).setProtectedHeader({alg, typ: 'JWT'}).sign(key);
}

/** Base64url of UTF-8 text, for hand-built malformed tokens. */
export function b64u(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * A token whose `deep` claim is an array nested `depth` levels deep (`[[[…]]]`), next to an
 * ordinary `sub`: the shape of a hostile payload that recursive printers cannot handle.
 */
export function deeplyNestedToken(depth: number, sub = 'deep-user'): string {
  const claims = `{"sub":${JSON.stringify(sub)},"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  return `${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u(claims)}.c2ln`;
}
