import {act, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import {b64u, deeplyNestedToken, RFC7515_A1} from '@site/test/fixtures/tokens';
import JwtDecoder, {EXAMPLE_SECRET, EXAMPLE_TOKEN} from '.';

async function renderDecoder(props: {sampleToken?: string} = {}) {
  const user = userEvent.setup();
  render(<JwtDecoder {...props} />);
  // The inspector loads lazily; the empty-state prompt appears once it has.
  await screen.findByText(/Signature not checked/);
  await waitFor(() => expect(screen.queryByText(/needs JavaScript/)).not.toBeInTheDocument());
  return user;
}

async function paste(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const box = screen.getByRole('textbox', {name: label});
  await user.clear(box);
  box.focus();
  await user.paste(text);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
  sessionStorage.clear();
});

describe('JwtDecoder', () => {
  it('server-renders the form and a note that it needs JavaScript', () => {
    const html = renderToString(<JwtDecoder sampleToken={EXAMPLE_TOKEN} />);
    expect(html).toContain('Encoded token');
    expect(html).toContain('Verification key');
    expect(html).toContain('needs JavaScript');
    expect(html).toContain(EXAMPLE_TOKEN);
    expect(html).toContain('Stays in your browser');
  });

  it('has the accessible names the docs promise', async () => {
    await renderDecoder();
    expect(screen.getByRole('textbox', {name: 'Encoded token'})).toBeInTheDocument();
    expect(screen.getByRole('textbox', {name: 'Header and payload cookie'})).toBeInTheDocument();
    expect(screen.getByRole('textbox', {name: 'Signature cookie'})).toBeInTheDocument();
    expect(screen.getByRole('textbox', {name: 'Verification key'})).toBeInTheDocument();
    expect(screen.getByRole('combobox', {name: 'Secret encoding'})).toBeInTheDocument();
    expect(screen.getByRole('status', {name: 'Signature status'})).toHaveTextContent(
      /^Signature not checked/,
    );
    expect(screen.getByText(/Decoding and signature checks run on this page only/)).toBeVisible();
  });

  it('offers "Evaluate at" once there is a token, and keeps its value when the token changes', async () => {
    const user = await renderDecoder();
    const evaluateAt = () => screen.queryByRole('group', {name: 'Evaluate at'});
    expect(evaluateAt()).not.toBeInTheDocument();
    await paste(user, 'Encoded token', EXAMPLE_TOKEN);
    const skew = await screen.findByRole('spinbutton', {name: 'Service clock skew (seconds)'});
    expect(evaluateAt()).toBeInTheDocument();
    await user.clear(skew);
    await user.type(skew, '30');
    await paste(user, 'Encoded token', '');
    expect(evaluateAt()).not.toBeInTheDocument();
    await paste(user, 'Encoded token', EXAMPLE_TOKEN);
    expect(
      await screen.findByRole('spinbutton', {name: 'Service clock skew (seconds)'}),
    ).toHaveValue(30);
  });

  it('decodes as the user types: claims with explanations and links, findings, copy buttons', async () => {
    const user = await renderDecoder();
    await paste(user, 'Encoded token', `Authorization: JWT ${EXAMPLE_TOKEN}`);
    const findings = await screen.findByRole('list', {name: 'Findings'});
    expect(within(findings).getByText(/Expired .* ago/)).toBeInTheDocument();
    expect(within(findings).getByText('exp-expired')).toBeInTheDocument();
    expect(within(findings).getByText('alg-symmetric')).toBeInTheDocument();
    expect(within(findings).getByText('input-authorization-header')).toBeInTheDocument();

    const claims = screen.getByRole('table', {name: /Payload claims/});
    const scopes = within(claims).getByRole('row', {name: /scopes/});
    expect(scopes).toHaveTextContent('["user_id","email","profile"]');
    expect(within(scopes).getByRole('link', {name: 'Reference for scopes'})).toHaveAttribute(
      'href',
      '/docs/reference/claims#scopes',
    );
    const exp = within(claims).getByRole('row', {name: /^exp/});
    expect(exp).toHaveTextContent('UTC: 2026-01-01T01:00:00Z');
    expect(exp).toHaveTextContent(/Local: 2026-01-01T\d\d:00:00[+-]\d\d:\d\d \(/);
    expect(exp).toHaveTextContent(/expired .* ago/);
    expect(screen.getByRole('button', {name: 'Copy header'})).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Copy payload'})).toBeInTheDocument();
    expect(
      screen.getByTestId('jwt-token-segments').querySelector('[data-role="payload"]'),
    ).toHaveTextContent(EXAMPLE_TOKEN.split('.')[1]!);
  });

  it('lays out an example result unseen before the first token, and shows the token in its place', async () => {
    const user = await renderDecoder();
    // Once the browser is idle: hidden from assistive technology and out of the tab order.
    const segments = await screen.findByTestId('jwt-token-segments');
    const example = segments.closest('[inert]');
    expect(example).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', {name: 'Findings'})).not.toBeInTheDocument();
    expect(screen.queryByRole('group', {name: 'Evaluate at'})).not.toBeInTheDocument();

    await paste(user, 'Encoded token', RFC7515_A1.token);
    await screen.findByRole('table', {name: /Payload claims/});
    // The same elements, now in place: a paste updates them instead of creating them.
    expect(screen.getByTestId('jwt-token-segments')).toBe(segments);
    expect(segments.closest('[inert]')).toBeNull();
    expect(segments.closest('[aria-hidden="true"]')).toBeNull();
    expect(segments).toHaveTextContent(RFC7515_A1.token);
    expect(screen.getByRole('group', {name: 'Evaluate at'})).toBeInTheDocument();

    // Emptied again, the box shows the prompt, and the example goes back out of sight.
    await user.clear(screen.getByRole('textbox', {name: 'Encoded token'}));
    expect(await screen.findByRole('button', {name: 'try an example token'})).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByTestId('jwt-token-segments').closest('[inert]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('verifies the signature separately from the claims', async () => {
    const user = await renderDecoder({sampleToken: EXAMPLE_TOKEN});
    await paste(user, 'Verification key', EXAMPLE_SECRET);
    const status = screen.getByRole('status', {name: 'Signature status'});
    await waitFor(() => expect(status).toHaveTextContent(/^Signature verified/));
    expect(screen.getByRole('list', {name: 'Findings'})).toHaveTextContent('exp-expired');
    await user.type(screen.getByRole('textbox', {name: 'Verification key'}), 'x');
    await waitFor(() => expect(status).toHaveTextContent(/^Signature invalid.*signature-mismatch/));
  });

  it('checks RFC 7515 A.1 with a base64url secret', async () => {
    const user = await renderDecoder({sampleToken: RFC7515_A1.token});
    await user.selectOptions(screen.getByRole('combobox', {name: 'Secret encoding'}), 'base64url');
    await paste(user, 'Verification key', RFC7515_A1.secretBase64url);
    await waitFor(() =>
      expect(screen.getByRole('status', {name: 'Signature status'})).toHaveTextContent(
        /^Signature verified/,
      ),
    );
  });

  it('re-assembles the two cookies', async () => {
    const user = await renderDecoder();
    const [hp1, hp2, sig] = EXAMPLE_TOKEN.split('.') as [string, string, string];
    await paste(user, 'Header and payload cookie', `${hp1}.${hp2}`);
    await paste(user, 'Signature cookie', sig);
    expect(await screen.findByText('input-cookies-reassembled')).toBeInTheDocument();
    expect(screen.getByRole('table', {name: /Payload claims/})).toHaveTextContent(
      'preferred_username',
    );
  });

  it('diagnoses a lone signature cookie instead of asking for a token', async () => {
    const user = await renderDecoder();
    expect(screen.getByText(/Paste a token above, or/)).toBeInTheDocument();
    await paste(user, 'Signature cookie', EXAMPLE_TOKEN.split('.')[2]!);
    const findings = await screen.findByRole('list', {name: 'Findings'});
    expect(within(findings).getByText('input-cookie-header-payload-missing')).toBeInTheDocument();
    expect(findings).toHaveTextContent(/Only the signature cookie is there/);
    expect(screen.queryByText(/Paste a token above, or/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('status', {name: 'Signature status'})).toHaveTextContent(
        /^Signature not checked: No token could be read from the input; the findings say why\. no-token$/,
      ),
    );

    await user.clear(screen.getByRole('textbox', {name: 'Signature cookie'}));
    expect(await screen.findByText(/Paste a token above, or/)).toBeInTheDocument();
    expect(screen.queryByRole('list', {name: 'Findings'})).not.toBeInTheDocument();
  });

  it.each(['Authorization: ', '""'])(
    'says there is no token in %p rather than showing the empty prompt',
    async (input) => {
      const user = await renderDecoder();
      await paste(user, 'Encoded token', input);
      const findings = await screen.findByRole('list', {name: 'Findings'});
      expect(within(findings).getByText('input-no-token')).toBeInTheDocument();
      expect(findings).toHaveTextContent(/there is no token/);
      expect(screen.queryByText(/Paste a token above, or/)).not.toBeInTheDocument();
    },
  );

  it('offers to decode the inner token of a nested JWT, as its note says', async () => {
    const user = await renderDecoder();
    const outer = `${b64u('{"alg":"HS256","cty":"JWT"}')}.${b64u(EXAMPLE_TOKEN)}.c2ln`;
    await paste(user, 'Encoded token', outer);
    expect(await screen.findByRole('region', {name: 'Payload'})).toHaveTextContent(
      'Another token (nested JWT): use "Decode the inner token" below to read it.',
    );
    await user.click(screen.getByRole('button', {name: 'Decode the inner token'}));
    expect(screen.getByRole('textbox', {name: 'Encoded token'})).toHaveValue(EXAMPLE_TOKEN);
    expect(await screen.findByRole('table', {name: /Payload claims/})).toHaveTextContent(
      'preferred_username',
    );
  });

  it('diagnoses malformed input precisely and still shows what it can', async () => {
    const user = await renderDecoder();
    await paste(user, 'Encoded token', `${EXAMPLE_TOKEN.split('.')[0]}.ab$c.sig`);
    const findings = await screen.findByRole('list', {name: 'Findings'});
    expect(findings).toHaveTextContent(/payload \(segment 2\) contains "\$" at position 3/);
    expect(screen.getByRole('region', {name: 'Header'})).toHaveTextContent('"alg": "HS256"');
  });

  it('renders claim values as text, never as HTML', async () => {
    const user = await renderDecoder();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await paste(
      user,
      'Encoded token',
      `${b64u('{"alg":"HS256"}')}.${b64u(JSON.stringify({name: evil}))}.c2ln`,
    );
    await screen.findByRole('list', {name: 'Findings'});
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(screen.getAllByText(evil, {exact: false}).length).toBeGreaterThan(0);
  });

  it('reads a #token= fragment on load and shares only the token after a warning', async () => {
    window.history.replaceState(null, '', `/docs/tools/jwt-decoder#token=${EXAMPLE_TOKEN}`);
    const user = await renderDecoder();
    // user-event installs its own clipboard; watch it.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    expect(screen.getByRole('textbox', {name: 'Encoded token'})).toHaveValue(EXAMPLE_TOKEN);
    // Read once, then gone from the address bar and this history entry, and the reader is told.
    expect(window.location.href).toBe('http://localhost/docs/tools/jwt-decoder');
    expect(screen.getByText(/This token came from the link you opened/)).toHaveTextContent(
      /removed it from the address bar and from this page’s history entry/,
    );
    await paste(user, 'Verification key', EXAMPLE_SECRET);
    await user.click(await screen.findByRole('button', {name: 'Copy share link'}));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByText(/Anyone who gets it can read/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: 'Copy the link anyway'}));
    await screen.findByText('Share link copied.');
    const [[link]] = writeText.mock.calls as unknown as [[string]];
    expect(new URL(link).search).toBe('');
    expect(new URL(link).hash).toBe(`#token=${EXAMPLE_TOKEN}`);
    expect(link).not.toContain(EXAMPLE_SECRET);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('shows a payload nested 5,000 deep to a limit, says so, and still copies all of it', async () => {
    const user = await renderDecoder();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    const token = deeplyNestedToken(5000);
    await paste(user, 'Encoded token', token);
    const findings = await screen.findByRole('list', {name: 'Findings'});
    expect(within(findings).getByText('json-too-deep')).toBeInTheDocument();
    expect(findings).toHaveTextContent(/nested 5,001 levels deep/);
    const payload = screen.getByRole('region', {name: 'Payload'});
    const shown = payload.querySelector('pre')?.textContent ?? '';
    expect(shown).toContain('"sub": "deep-user"');
    expect(shown).toContain('[…]');
    expect(shown.length).toBeLessThan(10_000);
    const claims = screen.getByRole('table', {name: /Payload claims/});
    expect(within(claims).getByRole('row', {name: /^deep/}).textContent?.length).toBeLessThan(
      2_000,
    );
    await user.click(within(payload).getByRole('button', {name: 'Copy payload'}));
    const [[copied]] = writeText.mock.calls as unknown as [[string]];
    expect(copied).toBe(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    // The rest of the decoder keeps working: another token decodes.
    await paste(user, 'Encoded token', EXAMPLE_TOKEN);
    expect(await screen.findByText('"preferred_username": "edx"', {exact: false})).toBeVisible();
  });

  it('shows all of a long token and its payload, the part out of sight a frame after the rest', async () => {
    const user = await renderDecoder();
    const roles = Array.from(
      {length: 300},
      (_, i) => `enterprise_learner:${i}-course-v1:edX+DemoX`,
    );
    const token = `${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u(JSON.stringify({sub: 'long', roles}))}.c2ln`;
    await paste(user, 'Encoded token', token);
    const payload = await screen.findByRole('region', {name: 'Payload'});
    await waitFor(() =>
      expect(payload.querySelector('pre')).toHaveTextContent(`"${roles.at(-1)}"`),
    );
    expect(payload.querySelector('pre')?.textContent).toBe(
      JSON.stringify({sub: 'long', roles}, null, 2),
    );
    await waitFor(() => expect(screen.getByTestId('jwt-token-segments')).toHaveTextContent(token));
  });

  it('reads a share link whose token nests 5,000 deep, and keeps only the other fragment parts', async () => {
    const token = deeplyNestedToken(5000);
    window.history.replaceState(null, '', `/docs/tools/jwt-decoder?x=1#a=1&token=${token}`);
    await renderDecoder();
    const findings = await screen.findByRole('list', {name: 'Findings'});
    expect(within(findings).getByText('json-too-deep')).toBeInTheDocument();
    expect(window.location.href).toBe('http://localhost/docs/tools/jwt-decoder?x=1#a=1');
  });

  it('compares with a second token nested 5,000 deep', async () => {
    const user = await renderDecoder();
    await paste(user, 'Encoded token', deeplyNestedToken(3, 'a'));
    await paste(user, 'Second token', deeplyNestedToken(5000, 'b'));
    expect(await screen.findByRole('status', {name: 'Comparison summary'})).toHaveTextContent(
      /2 claims differ: sub a → b, deep \[\[\[/,
    );
    expect(
      screen.getByText(
        "The second token's payload nests 5,001 levels deep; values deeper than 32 levels are shown as […] or {…}.",
      ),
    ).toBeInTheDocument();
  });

  it('updates relative times every second', async () => {
    jest.useFakeTimers({now: new Date('2026-01-01T00:59:58Z'), advanceTimers: true});
    try {
      render(<JwtDecoder sampleToken={EXAMPLE_TOKEN} />);
      const claims = await screen.findByRole('table', {name: /Payload claims/});
      expect(within(claims).getByRole('row', {name: /^exp/})).toHaveTextContent(
        'expires in 2 seconds',
      );
      await act(async () => {
        jest.advanceTimersByTime(3000);
      });
      expect(within(claims).getByRole('row', {name: /^exp/})).toHaveTextContent(
        /expired 1 second ago/,
      );
      expect(screen.getByRole('list', {name: 'Findings'})).toHaveTextContent('exp-expired');
    } finally {
      jest.useRealTimers();
    }
  });
});
