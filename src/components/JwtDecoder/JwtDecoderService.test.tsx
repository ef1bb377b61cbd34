import {fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JwtDecoder, {EXAMPLE_SECRET, EXAMPLE_TOKEN} from '.';
import {toLocalInput} from './EvaluateAt';

/** Half an hour after EXAMPLE_TOKEN was issued (iat 2026-01-01T00:00:00Z, one hour lifetime). */
const INSIDE = new Date('2026-01-01T00:30:00Z');

async function renderWithToken() {
  const user = userEvent.setup();
  render(<JwtDecoder sampleToken={EXAMPLE_TOKEN} />);
  await screen.findByRole('heading', {name: 'Claims'});
  return user;
}

function valueOf(element: HTMLElement): string {
  return (element as HTMLTextAreaElement).value;
}

function outcome() {
  return screen.getByRole('status', {name: 'Service outcome'});
}

function setEvaluateAt(date: Date) {
  fireEvent.change(screen.getByLabelText('Date and time (your time zone)'), {
    target: {value: toLocalInput(date)},
  });
}

describe('JwtDecoder: as an Open edX service sees it', () => {
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

  it('accepts with the first issuer secret at a time inside the lifetime, and links attributes', async () => {
    const user = await renderWithToken();
    setEvaluateAt(INSIDE);
    await user.type(screen.getByRole('textbox', {name: 'Issuer 1 SECRET_KEY'}), EXAMPLE_SECRET);
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
    await user.type(screen.getByRole('textbox', {name: 'Issuer 1 SECRET_KEY'}), EXAMPLE_SECRET);
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
      /^18 claims differ: version 1\.2\.0 → 1\.3\.0, aud removed, .* and 13 more\.$/,
    );
    const table = screen.getByRole('table', {name: 'Differences between the two tokens'});
    expect(within(table).getByRole('rowheader', {name: /^version/})).toBeInTheDocument();

    await user.clear(box);
    box.focus();
    await user.paste(`${header}.%%%.${signature}`);
    expect(await screen.findByText(/claims cannot be decoded/)).toBeInTheDocument();
  });
});

describe('JwtDecoder: create a test token', () => {
  it('creates an RS512 token from the template and loads it into the decoder', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await screen.findByRole('button', {name: 'Start from the Open edX template'});
    expect(screen.getByText('For testing only.')).toBeVisible();
    await user.click(screen.getByRole('button', {name: 'Start from the Open edX template'}));
    expect(valueOf(screen.getByRole('textbox', {name: 'Test claims (JSON)'}))).toContain(
      '"version": "1.2.0"',
    );
    expect(screen.getByRole('combobox', {name: 'Algorithm'})).toHaveValue('RS512');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    expect(await screen.findByRole('alert')).toHaveTextContent('Generate an RS512 key pair first.');
    await user.click(screen.getByRole('button', {name: 'Generate an RS512 key pair'}));
    const jwks = await screen.findByRole('textbox', {
      name: 'Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET',
    });
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

  it('signs HS256 with a typed secret', async () => {
    const user = userEvent.setup();
    render(<JwtDecoder />);
    await user.click(await screen.findByRole('button', {name: 'Start from the Open edX template'}));
    await user.selectOptions(screen.getByRole('combobox', {name: 'Algorithm'}), 'HS256');
    await user.type(screen.getByRole('textbox', {name: 'Test secret'}), 'a-test-secret');
    await user.click(screen.getByRole('button', {name: 'Create test token'}));
    expect(valueOf(await screen.findByRole('textbox', {name: 'Test token'}))).toMatch(/^eyJ/);
  });
});
