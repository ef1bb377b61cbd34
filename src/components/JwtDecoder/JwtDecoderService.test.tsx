import {render, screen, waitFor, within} from '@testing-library/react';
import {NOW, NOW_SECONDS, type KeyFixture} from '@site/test/fixtures/tokens';
import {
  configurePublicKeys,
  createServiceKeys,
  exampleLifetimeSeconds,
  INSIDE,
  outcome,
  pasteSecret,
  renderWithToken,
  setEvaluateAt,
  withPayload,
} from '@site/test/jwtDecoderPanels';
import JwtDecoder, {EXAMPLE_SECRET, EXAMPLE_TOKEN} from '.';
import {toLocalInput} from './EvaluateAt';

// Each test types, pastes and waits for several simulations (WebCrypto, lazy chunks).
jest.setTimeout(30_000);

/** An RS512 token issued at NOW; its public key is the service's JWT_PUBLIC_SIGNING_JWK_SET. */
let rs512: KeyFixture;

beforeAll(async () => {
  rs512 = await createServiceKeys();
});

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
