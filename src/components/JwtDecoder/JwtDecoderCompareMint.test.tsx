import {render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createServiceKeys,
  INSIDE,
  KEY_GENERATION_MS,
  LAZY_LOAD_MS,
  outcome,
  renderWithToken,
  setEvaluateAt,
  valueOf,
  withPayload,
} from '@site/test/jwtDecoderPanels';
import JwtDecoder, {EXAMPLE_TOKEN} from '.';

// Each test types, pastes and waits for the decoder's lazy chunks, WebCrypto and key generation.
jest.setTimeout(30_000);

beforeAll(async () => {
  await createServiceKeys();
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
