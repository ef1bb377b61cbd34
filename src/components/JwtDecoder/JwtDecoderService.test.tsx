import {fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  asymmetricFixture,
  NOW,
  NOW_SECONDS,
  openEdxClaims,
  type KeyFixture,
} from '@site/test/fixtures/tokens';
import JwtDecoder, {EXAMPLE_SECRET, EXAMPLE_TOKEN} from '.';
import {toLocalInput} from './EvaluateAt';

// Each test types, pastes and waits for several simulations (WebCrypto, lazy chunks).
jest.setTimeout(30_000);

/** The decoder's code loads lazily; the first render of a run can take seconds on a busy machine. */
const LAZY_LOAD_MS = 10_000;
/** Generating an RSA key pair searches for primes: usually well under a second, but not always. */
const KEY_GENERATION_MS = 10_000;

/** Half an hour after EXAMPLE_TOKEN was issued (iat 2026-01-01T00:00:00Z, one hour lifetime). */
const INSIDE = new Date('2026-01-01T00:30:00Z');

/** An RS512 token issued at NOW and its key: the service's JWT_PUBLIC_SIGNING_JWK_SET. */
let rs512: KeyFixture;
let publicJwkSet = '';

beforeAll(async () => {
  rs512 = await asymmetricFixture('RS512', openEdxClaims());
  publicJwkSet = JSON.stringify({keys: [rs512.publicJwk]});
});

async function renderWithToken(
  token = EXAMPLE_TOKEN,
  publicKeys: 'configured' | 'none' = 'configured',
) {
  const user = userEvent.setup();
  render(<JwtDecoder sampleToken={token} />);
  await screen.findByRole('heading', {name: 'Claims'}, {timeout: LAZY_LOAD_MS});
  if (publicKeys === 'configured') await configurePublicKeys(user);
  return user;
}

/** Pastes the public JWK Set a correctly configured service has. */
async function configurePublicKeys(user: ReturnType<typeof userEvent.setup>) {
  const field = screen.getByRole('textbox', {name: 'JWT_PUBLIC_SIGNING_JWK_SET'});
  await user.clear(field);
  field.focus();
  await user.paste(publicJwkSet);
}

/**
 * Pastes the example secret into the first issuer's SECRET_KEY, as one change: typed key by key, each
 * of its 34 characters would rerun the simulation, which makes the suite slow on a busy machine.
 */
async function pasteSecret(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('textbox', {name: 'Issuer 1 SECRET_KEY'}));
  await user.paste(EXAMPLE_SECRET);
}

function valueOf(element: HTMLElement): string {
  return (element as HTMLTextAreaElement).value;
}

function outcome() {
  return screen.getByRole('status', {name: 'Service outcome'});
}

/** EXAMPLE_TOKEN with its payload replaced (the signature no longer matches; not needed here). */
function withPayload(change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = EXAMPLE_TOKEN.split('.');
  const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<
    string,
    unknown
  >;
  const encoded = btoa(JSON.stringify(change(claims)))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  return `${header}.${encoded}.${signature}`;
}

function exampleLifetimeSeconds(): number {
  let lifetime = 0;
  withPayload((claims) => {
    lifetime = Number(claims.exp) - Number(claims.iat);
    return claims;
  });
  return lifetime;
}

function setEvaluateAt(date: Date) {
  fireEvent.change(screen.getByLabelText('Date and time (your time zone)'), {
    target: {value: toLocalInput(date)},
  });
}

describe('JwtDecoder: as an Open edX service sees it', () => {
  it('opens the box for a pasted JWT_AUTH block when the page is opened at #service-panel', async () => {
    window.history.replaceState(null, '', '#service-panel');
    try {
      render(<JwtDecoder />);
      // Let the decoder's lazily loaded code arrive inside this test, not in a later one.
      await screen.findByRole('button', {name: 'try an example token'}, {timeout: 10_000});
      const panel = screen.getByRole('region', {name: 'As an Open edX service sees it'});
      expect(panel).toHaveAttribute('id', 'service-panel');
      const box = within(panel)
        .getByText('Paste a JWT_AUTH block (YAML or JSON)')
        .closest('details');
      await waitFor(() => expect(box).toHaveAttribute('open'));
      expect(within(panel).getByRole('textbox', {name: 'JWT_AUTH settings'})).toBeVisible();
    } finally {
      window.history.replaceState(null, '', window.location.pathname);
    }
  });

  it('keeps the JWT_AUTH box closed when the page is opened without that anchor', async () => {
    render(<JwtDecoder />);
    await screen.findByRole('button', {name: 'try an example token'}, {timeout: 10_000});
    const box = screen.getByText('Paste a JWT_AUTH block (YAML or JSON)').closest('details');
    expect(box).not.toHaveAttribute('open');
  });

  it('labels every setting and rejects the example token without the secret', async () => {
    await renderWithToken();
    for (const name of [
      'Issuer 1 ISSUER',
      'Issuer 1 AUDIENCE',
      'Issuer 1 SECRET_KEY',
      'JWT_PUBLIC_SIGNING_JWK_SET',
      'JWT_SUPPORTED_VERSION',
      'JWT_AUTH settings',
    ]) {
      expect(screen.getByRole('textbox', {name})).toBeInTheDocument();
    }
    expect(screen.getByRole('spinbutton', {name: 'JWT_LEEWAY (seconds)'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'JWT_VERIFY_AUDIENCE'})).toBeChecked();
    expect(
      screen.getByRole('checkbox', {name: 'Mobile session exchange (asymmetric-only decoder)'}),
    ).not.toBeChecked();
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Rejected/));
    expect(within(outcome()).getByText('signature-not-verified')).toBeInTheDocument();
  });

  it('with no public keys shows an unsafe configuration, never Accepted or Rejected, and what to configure', async () => {
    const user = await renderWithToken(EXAMPLE_TOKEN, 'none');
    setEvaluateAt(INSIDE);
    await waitFor(() =>
      expect(outcome()).toHaveTextContent(
        /^Unsafe configuration: configure JWT_PUBLIC_SIGNING_JWK_SET/,
      ),
    );
    expect(outcome()).toHaveTextContent(/running a service without them is unsupported and unsafe/);
    expect(outcome()).toHaveTextContent(
      /Configure JWT_PUBLIC_SIGNING_JWK_SET in every service that verifies JWTs/,
    );
    expect(screen.queryByRole('list', {name: 'Decoder steps'})).not.toBeInTheDocument();
    const table = screen.getByRole('table', {name: 'Custom attributes the decoder would record'});
    expect(
      within(table).getByRole('row', {name: /jwt_auth_verify_asymmetric_keys_count/}),
    ).toHaveTextContent(/0$/);

    // The right secret changes nothing: the keys are missing.
    await pasteSecret(user);
    await user.click(
      screen.getByRole('checkbox', {name: 'Mobile session exchange (asymmetric-only decoder)'}),
    );
    await waitFor(() => expect(outcome()).toHaveTextContent(/Unsafe configuration/));
    expect(outcome()).not.toHaveTextContent(/Accepted|Rejected/);

    // With the keys, the service has an outcome again; a pasted empty setting removes it.
    await user.click(
      screen.getByRole('checkbox', {name: 'Mobile session exchange (asymmetric-only decoder)'}),
    );
    await configurePublicKeys(user);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    await user.click(screen.getByText('Paste a JWT_AUTH block (YAML or JSON)'));
    const box = screen.getByRole('textbox', {name: 'JWT_AUTH settings'});
    box.focus();
    await user.paste("JWT_AUTH:\n  JWT_PUBLIC_SIGNING_JWK_SET: ''\n");
    await user.click(screen.getByRole('button', {name: 'Apply settings'}));
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Unsafe configuration/));
  });

  it('shows what monitoring reports and, when it differs, why the token really failed', async () => {
    const user = await renderWithToken(rs512.token);
    await pasteSecret(user);
    setEvaluateAt(NOW);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));

    // Two hours later the RS512 token has expired, but the secret is the last key tried.
    setEvaluateAt(new Date((NOW_SECONDS + 7200) * 1000));
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Rejected/));
    expect(outcome()).toHaveTextContent(
      /Monitoring shows InvalidAlgorithmError: jwt_auth_failed records Exception:InvalidAlgorithmError\(…\), the error of the last key tried \(SECRET_KEY of the first issuer \(oct\)\)/,
    );
    expect(outcome()).toHaveTextContent(
      /Why it really failed: ExpiredSignatureError from public key 1 \(RSA, kid "test-RS512"\): Signature has expired/,
    );
    expect(within(outcome()).getByRole('link', {name: 'jwt_auth_failed'})).toHaveAttribute(
      'href',
      '/docs/reference/monitoring-attributes#jwt_auth_failed',
    );

    // Without the secret the public key is the last one tried: the real error is reported.
    await user.clear(screen.getByRole('textbox', {name: 'Issuer 1 SECRET_KEY'}));
    await waitFor(() =>
      expect(outcome()).toHaveTextContent(/Monitoring shows ExpiredSignatureError/),
    );
    expect(outcome()).not.toHaveTextContent(/Why it really failed/);
  });

  it('accepts with the first issuer secret at a time inside the lifetime, and links attributes', async () => {
    const user = await renderWithToken();
    setEvaluateAt(INSIDE);
    await pasteSecret(user);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    const table = screen.getByRole('table', {name: 'Custom attributes the decoder would record'});
    const link = within(table).getByRole('link', {name: 'jwt_auth_symmetric_verified'});
    expect(link).toHaveAttribute(
      'href',
      '/docs/reference/monitoring-attributes#jwt_auth_symmetric_verified',
    );
    expect(within(table).getByRole('link', {name: 'jwt_auth_issuer_verification'})).toBeVisible();
    expect(table).toHaveTextContent('matches-first-issuer');

    // The mobile session exchange never tries the secret.
    await user.click(
      screen.getByRole('checkbox', {name: 'Mobile session exchange (asymmetric-only decoder)'}),
    );
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Rejected/));
  });

  it('uses Evaluate at and the clock skew for the findings and the simulation', async () => {
    const user = await renderWithToken();
    await pasteSecret(user);
    setEvaluateAt(INSIDE);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    expect(screen.queryByText('exp-expired')).not.toBeInTheDocument();
    // +1 hour: past exp.
    await user.click(screen.getByRole('button', {name: '+1 hour'}));
    await waitFor(() => expect(outcome()).toHaveTextContent(/ExpiredSignatureError/));
    expect(screen.getAllByText('exp-expired').length).toBeGreaterThan(0);
    // Back inside, but the service clock runs 3600 s ahead.
    setEvaluateAt(INSIDE);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    const skew = screen.getByRole('spinbutton', {name: 'Service clock skew (seconds)'});
    await user.clear(skew);
    await user.type(skew, '3600');
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Rejected/));
  });

  it('"Deploy time + token lifetime" adds exp − iat to the deploy time, and is disabled without exp or iat', async () => {
    const user = await renderWithToken();
    await pasteSecret(user);
    const deploy = INSIDE;
    setEvaluateAt(deploy);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    const lifetime = exampleLifetimeSeconds();
    expect(lifetime).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`exp − iat, ${lifetime} s`))).toBeInTheDocument();
    const quickPick = screen.getByRole('button', {name: 'Deploy time + token lifetime'});
    expect(quickPick).toBeEnabled();
    await user.click(quickPick);
    // The input shows the local time (a browser drops ":00" seconds from the value).
    const input = screen.getByLabelText<HTMLInputElement>('Date and time (your time zone)');
    const expected = new Date(deploy.getTime() + lifetime * 1000);
    expect(toLocalInput(expected)).toContain(input.value);
    expect(new Date(input.value).getTime()).toBe(expected.getTime());
    // The last token minted before the deploy has expired by then.
    await waitFor(() => expect(outcome()).toHaveTextContent(/ExpiredSignatureError/));
    expect(outcome()).toHaveTextContent(/^Rejected/);

    const tokenBox = screen.getByRole('textbox', {name: 'Encoded token'});
    for (const missing of ['exp', 'iat']) {
      await user.clear(tokenBox);
      tokenBox.focus();
      await user.paste(withPayload(({[missing]: _dropped, ...rest}) => rest));
      await waitFor(() =>
        expect(screen.getByRole('button', {name: 'Deploy time + token lifetime'})).toBeDisabled(),
      );
      expect(screen.getByText(/exp − iat, unknown for this token/)).toBeInTheDocument();
    }
  });

  it('says where the model is not exact', async () => {
    await renderWithToken();
    const disclaimer = screen.getByText(/Where the model is not exact/).closest('p');
    expect(disclaimer).toBeVisible();
    expect(disclaimer).toHaveTextContent(/PyJWT 2\.6\.0/);
    expect(disclaimer).toHaveTextContent(
      /only the exception it records in jwt_auth_failed is modelled; user lookup, jwt_auth_result and cookies are not/,
    );
  });

  it('warns when a pasted block gives JWT_PUBLIC_SIGNING_JWK_SET as a mapping, until the field is edited', async () => {
    const user = await renderWithToken();
    setEvaluateAt(INSIDE);
    await user.click(screen.getByText('Paste a JWT_AUTH block (YAML or JSON)'));
    const box = screen.getByRole('textbox', {name: 'JWT_AUTH settings'});
    box.focus();
    await user.paste(
      'JWT_AUTH:\n  JWT_PUBLIC_SIGNING_JWK_SET:\n    keys: [{kty: RSA, n: x, e: AQAB}]\n',
    );
    await user.click(screen.getByRole('button', {name: 'Apply settings'}));
    expect(
      await screen.findByText(
        /Warning: JWT_PUBLIC_SIGNING_JWK_SET is a dict/,
        {},
        {timeout: 10_000},
      ),
    ).toBeVisible();
    const field = screen.getByRole('textbox', {name: 'JWT_PUBLIC_SIGNING_JWK_SET'});
    expect(field).toHaveAccessibleDescription(/gave this setting as a dict, not a JSON string/);
    await waitFor(() => expect(outcome()).toHaveTextContent(/jwk-set-unusable/));
    expect(outcome()).toHaveTextContent(/TypeError|json\.loads/);

    await user.clear(field);
    expect(field).not.toHaveAccessibleDescription(/gave this setting/);
    await waitFor(() => expect(outcome()).not.toHaveTextContent(/jwk-set-unusable/));
  });

  it('applies a pasted YAML block and reports bad YAML with its line', async () => {
    const user = await renderWithToken();
    setEvaluateAt(INSIDE);
    await user.click(screen.getByText('Paste a JWT_AUTH block (YAML or JSON)'));
    const box = screen.getByRole('textbox', {name: 'JWT_AUTH settings'});
    box.focus();
    await user.paste('JWT_AUTH:\n  JWT_ISSUERS: [\n  - x: "unclosed');
    await user.click(screen.getByRole('button', {name: 'Apply settings'}));
    expect(await screen.findByRole('alert')).toHaveTextContent(/line \d+/);

    await user.clear(box);
    box.focus();
    await user.paste(
      `JWT_AUTH:\n  JWT_ISSUERS:\n    - ISSUER: https://other.example.com\n      AUDIENCE: change-me\n      SECRET_KEY: ${EXAMPLE_SECRET}\n    - ISSUER: http://127.0.0.1:8000/oauth2\n      AUDIENCE: x\n      SECRET_KEY: y\n`,
    );
    await user.click(screen.getByRole('button', {name: 'Apply settings'}));
    await waitFor(() =>
      expect(screen.getByRole('textbox', {name: 'Issuer 2 ISSUER'})).toHaveValue(
        'http://127.0.0.1:8000/oauth2',
      ),
    );
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    expect(
      screen.getByRole('table', {name: 'Custom attributes the decoder would record'}),
    ).toHaveTextContent('matches-later-issuer');
  });
});

describe('JwtDecoder: compare with another token', () => {
  it('summarises and tabulates differences, also against a malformed token', async () => {
    const user = await renderWithToken();
    const [header, , signature] = EXAMPLE_TOKEN.split('.');
    const claims = {version: '1.3.0', iss: 'http://127.0.0.1:8000/oauth2'};
    const payload = btoa(JSON.stringify(claims))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    const box = screen.getByRole('textbox', {name: 'Second token'});
    box.focus();
    await user.paste(`${header}.${payload}.${signature}`);
    const summary = await screen.findByRole('status', {name: 'Comparison summary'});
    expect(summary).toHaveTextContent(
      /^18 claims differ: version 1\.2\.0 → 1\.3\.0, aud removed, .* and 13 more\. Lifetime 1 h → cannot be computed: the second token has no exp and no iat\.$/,
    );
    const table = screen.getByRole('table', {name: 'Differences between the two tokens'});
    expect(within(table).getByRole('rowheader', {name: /^version/})).toBeInTheDocument();

    await user.clear(box);
    box.focus();
    await user.paste(`${header}.%%%.${signature}`);
    expect(await screen.findByText(/claims cannot be decoded/)).toBeInTheDocument();
  });
});

describe('JwtDecoder: compare the lifetimes and dates of two tokens', () => {
  it('shows each exp as dates, the lifetime difference, and which side is which', async () => {
    const user = await renderWithToken();
    // Evaluate at half an hour after EXAMPLE_TOKEN was issued, so relative times are fixed.
    setEvaluateAt(INSIDE);
    // The same token, minted for 30 min instead of 1 h.
    const box = screen.getByRole('textbox', {name: 'Second token'});
    box.focus();
    await user.paste(withPayload((claims) => ({...claims, exp: (claims.iat as number) + 1800})));
    const summary = await screen.findByRole('status', {name: 'Comparison summary'});
    expect(summary).toHaveTextContent(
      '1 claim differs: exp 2026-01-01T01:00:00Z → 2026-01-01T00:30:00Z. Lifetime 1 h → 30 min (token above → second token, exp − iat).',
    );
    const table = screen.getByRole('table', {name: 'Differences between the two tokens'});
    const row = within(table).getByRole('row', {name: /^exp/});
    const [above, second] = within(row).getAllByRole('cell').slice(1);
    // Dates in UTC and in the reader's zone, relative to "Evaluate at"; never only the number.
    expect(above).toHaveTextContent('Token above');
    expect(above).toHaveTextContent('1767229200');
    expect(above).toHaveTextContent('expires in 30 minutes');
    expect(above).toHaveTextContent('UTC: 2026-01-01T01:00:00Z');
    expect(above).toHaveTextContent(/Local: 2026-01-01T\d\d:00:00[+-]\d\d:\d\d \(/);
    expect(second).toHaveTextContent('Second token');
    expect(second).toHaveTextContent('expired 0 seconds ago');
    expect(second).toHaveTextContent('UTC: 2026-01-01T00:30:00Z');
  });
});

describe('JwtDecoder: create a test token', () => {
  it('creates an RS512 token from the template and loads it into the decoder', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await screen.findByRole(
      'button',
      {name: 'Start from the Open edX template'},
      {timeout: LAZY_LOAD_MS},
    );
    expect(screen.getByText('For testing only.')).toBeVisible();
    // The boxes start from the template; the button issues it again.
    expect(valueOf(screen.getByRole('textbox', {name: 'Test claims (JSON)'}))).toContain(
      '"version": "1.2.0"',
    );
    expect(valueOf(screen.getByRole('textbox', {name: 'Test header (JSON)'}))).toContain(
      '"alg": "RS512"',
    );
    await user.clear(screen.getByRole('textbox', {name: 'Test claims (JSON)'}));
    await user.click(screen.getByRole('button', {name: 'Start from the Open edX template'}));
    expect(valueOf(screen.getByRole('textbox', {name: 'Test claims (JSON)'}))).toContain(
      '"version": "1.2.0"',
    );
    expect(screen.getByRole('combobox', {name: 'Algorithm'})).toHaveValue('RS512');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    expect(await screen.findByRole('alert')).toHaveTextContent('Generate an RS512 key pair first.');
    await user.click(screen.getByRole('button', {name: 'Generate an RS512 key pair'}));
    const jwks = await screen.findByRole(
      'textbox',
      {name: 'Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET'},
      {timeout: KEY_GENERATION_MS},
    );
    expect(valueOf(jwks)).toContain('"kty": "RSA"');
    expect(valueOf(jwks)).not.toContain('"d"');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    const minted = await screen.findByRole('textbox', {name: 'Test token'});
    await user.click(screen.getByRole('button', {name: 'Load into the decoder'}));
    expect(screen.getByRole('textbox', {name: 'Encoded token'})).toHaveValue(
      (minted as HTMLTextAreaElement).value,
    );
    expect(await screen.findByRole('heading', {name: 'Claims'})).toBeInTheDocument();

    // The service panel accepts it with the generated public JWK Set.
    const set = screen.getByRole('textbox', {name: 'JWT_PUBLIC_SIGNING_JWK_SET'});
    set.focus();
    await user.paste((jwks as HTMLTextAreaElement).value);
    await waitFor(() => expect(outcome()).toHaveTextContent(/^Accepted/));
    expect(
      screen.getByRole('table', {name: 'Custom attributes the decoder would record'}),
    ).toHaveTextContent('jwt_auth_asymmetric_verified');
  });

  it('gives the public JWK Set the kid typed in the test header, and loads the token with its key', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await screen.findByRole(
      'button',
      {name: 'Start from the Open edX template'},
      {timeout: LAZY_LOAD_MS},
    );
    const header = screen.getByRole('textbox', {name: 'Test header (JSON)'});
    await user.clear(header);
    header.focus();
    await user.paste('{"alg": "RS512", "typ": "JWT", "kid": "lms-2026"}');
    await user.click(screen.getByRole('button', {name: 'Generate an RS512 key pair'}));
    const jwks = await screen.findByRole(
      'textbox',
      {name: 'Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET'},
      {timeout: KEY_GENERATION_MS},
    );
    expect(JSON.parse(valueOf(jwks))).toMatchObject({keys: [{kid: 'lms-2026', alg: 'RS512'}]});
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    await screen.findByRole('textbox', {name: 'Test token'});
    await user.click(screen.getByRole('button', {name: 'Load into the decoder'}));
    expect(screen.getByRole('textbox', {name: 'Verification key'})).toHaveValue(valueOf(jwks));
    const status = screen.getByRole('status', {name: 'Signature status'});
    await waitFor(() => expect(status).toHaveTextContent(/^Signature verified/));
    expect(status).not.toHaveTextContent('jwks-kid-not-found');
  });

  it('loads an HS256 test token with its secret as the verification key', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await user.click(
      await screen.findByRole(
        'button',
        {name: 'Start from the Open edX template'},
        {timeout: LAZY_LOAD_MS},
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', {name: 'Algorithm'}), 'HS256');
    await user.type(screen.getByRole('textbox', {name: 'Test secret'}), 'a-test-secret');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    await screen.findByRole('textbox', {name: 'Test token'});
    await user.selectOptions(screen.getByRole('combobox', {name: 'Secret encoding'}), 'base64');
    await user.click(screen.getByRole('button', {name: 'Load into the decoder'}));
    expect(screen.getByRole('textbox', {name: 'Verification key'})).toHaveValue('a-test-secret');
    expect(screen.getByRole('combobox', {name: 'Secret encoding'})).toHaveValue('text');
    await waitFor(() =>
      expect(screen.getByRole('status', {name: 'Signature status'})).toHaveTextContent(
        /^Signature verified/,
      ),
    );
  });

  it('says that the Open edX decoder never uses the EC keys of ES256 tokens', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await screen.findByRole(
      'button',
      {name: 'Start from the Open edX template'},
      {timeout: LAZY_LOAD_MS},
    );
    expect(screen.queryByText(/never uses EC keys/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', {name: 'Algorithm'}), 'ES256');
    expect(screen.getByText(/never uses EC keys/)).toBeVisible();
  });

  it('signs HS256 with a typed secret', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await user.click(
      await screen.findByRole(
        'button',
        {name: 'Start from the Open edX template'},
        {timeout: LAZY_LOAD_MS},
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', {name: 'Algorithm'}), 'HS256');
    await user.type(screen.getByRole('textbox', {name: 'Test secret'}), 'a-test-secret');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    expect(valueOf(await screen.findByRole('textbox', {name: 'Test token'}))).toMatch(/^eyJ/);
  });
});
