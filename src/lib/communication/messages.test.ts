import fc from 'fast-check';
import {visibleText} from '../markdown/escape';
import {parseOperatorConfig} from '../site/operator';
import {HOSTILE_INPUTS, typedText} from '@site/test/hostileText';
import {EMPTY_DRAFT, parseCommunicationDraft, type CommunicationDraft} from './draft';
import {composeMessages, type MessageId} from './messages';

const filled: CommunicationDraft = {
  whatChanges: 'LMS signs JWTs with the new RS512 key',
  whoIsAffected: 'Every service that verifies LMS tokens;\nthe proctoring partner',
  startLocal: '2026-03-10T10:00',
  watchUntilLocal: '2026-03-10T12:05',
  timeZone: 'Europe/Berlin',
  expectedImpact: 'None if the new key is published everywhere; otherwise 401s',
  howToTell: 'jwt_auth_asymmetric_verified rises to 100%',
  rollbackPlan: 'Switch JWT_SIGNING_KEY back (30 minutes, then one token lifetime)',
  contact: 'Ana Doe, #jwt-rollout',
};

const operator = parseOperatorConfig({
  name: 'Example Learning',
  supportQueue: 'https://support.example.com/queues/auth',
  incidentChannel: '#incidents',
  statusPage: 'https://status.example.com',
});

function text(id: MessageId, draft = filled, config = operator): string {
  return composeMessages(draft, config).messages.find((message) => message.id === id)!.text;
}

describe('composeMessages with a filled form and a configured operator', () => {
  it('writes the support message', () => {
    expect(text('support')).toBe(
      [
        'Subject: JWT change on Example Learning, starting 2026-03-10 09:00 UTC',
        '',
        'Hello,',
        '',
        'We are changing how Example Learning creates or checks JWTs, the tokens that let people and services call APIs and use the micro-frontends.',
        '',
        '- What changes: LMS signs JWTs with the new RS512 key',
        '- Starts: 2026-03-10 09:00 UTC (2026-03-10 10:00 UTC+01:00 in Europe/Berlin)',
        '- We watch closely until: 2026-03-10 11:05 UTC (2026-03-10 12:05 UTC+01:00 in Europe/Berlin)',
        '- Who may notice: Every service that verifies LMS tokens; the proctoring partner',
        '- What they may see: None if the new key is published everywhere; otherwise 401s',
        '- How we tell it is working: jwt_auth_asymmetric_verified rises to 100%',
        '- If it goes wrong: Switch JWT_SIGNING_KEY back (30 minutes, then one token lifetime)',
        '',
        'Problems from a change like this often do not look like sign-in problems at first: 401 or 403 errors from an API, someone signed out of one page but not another, a partner integration that stops syncing. From the start until the day after, please note the start time on any such ticket and pass it on to us.',
        '',
        'Contact: Ana Doe, #jwt-rollout',
        '',
        'Status updates: https://status.example.com',
      ].join('\n'),
    );
  });

  it('writes the partner notice with what to check on their side', () => {
    const partners = text('partners');
    expect(partners.split('\n').slice(0, 5)).toEqual([
      'Subject: Change to JWTs issued by Example Learning on 2026-03-10',
      '',
      'Hello,',
      '',
      'Starting 2026-03-10 09:00 UTC (2026-03-10 10:00 UTC+01:00 in Europe/Berlin), Example Learning changes how it issues or checks JSON Web Tokens (JWTs): LMS signs JWTs with the new RS512 key.',
    ]);
    expect(partners).toContain('going by the expires_in value of the token response');
    expect(partners).toContain(
      'If you see errors after the start time, tell us: Ana Doe, #jwt-rollout.',
    );
  });

  it('writes the incident-channel post', () => {
    expect(text('incident')).toBe(
      [
        'JWT change starting now (2026-03-10 09:00 UTC): LMS signs JWTs with the new RS512 key',
        'Affected: Every service that verifies LMS tokens; the proctoring partner',
        'Expected impact: None if the new key is published everywhere; otherwise 401s',
        'Watching: jwt_auth_asymmetric_verified rises to 100%, closely until 2026-03-10 11:05 UTC (2026-03-10 12:05 UTC+01:00 in Europe/Berlin)',
        'Rollback: Switch JWT_SIGNING_KEY back (30 minutes, then one token lifetime)',
        'Owner: Ana Doe, #jwt-rollout',
      ].join('\n'),
    );
  });

  it('addresses and times each message with the operator names', () => {
    const {messages, missing, problems} = composeMessages(filled, operator);
    expect(messages.map((message) => [message.id, message.to, message.when])).toEqual([
      ['support', 'https://support.example.com/queues/auth', 'A day or so before the start'],
      [
        'partners',
        'Partners and other third parties that request or hold our tokens',
        'As early as you can; for a breaking change, weeks ahead',
      ],
      ['incident', '#incidents', 'When the first deploy or toggle flip begins'],
      [
        'follow-up',
        'https://support.example.com/queues/auth and #incidents',
        'The morning after the start: 2026-03-11 08:00 UTC (2026-03-11 09:00 UTC+01:00 in Europe/Berlin)',
      ],
    ]);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('composeMessages with gaps', () => {
  it('uses neutral names without operator config and shows [placeholders] for empty fields', () => {
    const {messages, missing} = composeMessages(EMPTY_DRAFT, parseOperatorConfig(undefined));
    expect(missing).toEqual([
      'whatChanges',
      'whoIsAffected',
      'startLocal',
      'watchUntilLocal',
      'expectedImpact',
      'howToTell',
      'rollbackPlan',
      'contact',
    ]);
    expect(messages.map((message) => message.to)).toEqual([
      'the support team',
      'Partners and other third parties that request or hold our tokens',
      'the incident channel',
      'the support team and the incident channel',
    ]);
    expect(messages[2]!.text).toBe(
      [
        'JWT change starting now ([start time]): [what changes]',
        'Affected: [who is affected]',
        'Expected impact: [expected impact]',
        'Watching: [how to tell it is working], closely until [watch until]',
        'Rollback: [rollback plan]',
        'Owner: [contact]',
      ].join('\n'),
    );
    expect(messages[0]!.text).toContain(
      'Subject: JWT change on our Open edX site, starting [start time]',
    );
    expect(messages[0]!.text).not.toContain('Status updates');
  });

  it.each([
    [
      {startLocal: '2026-03-29T02:30'},
      'start-in-gap',
      /2026-03-29 02:30 does not exist in Europe\/Berlin/,
    ],
    [{startLocal: 'soon'}, 'start-invalid', /not a date and time/],
    [{watchUntilLocal: '2026-03-29T02:10'}, 'watch-in-gap', /clocks skip it/],
    [
      {watchUntilLocal: '2026-03-10T09:00'},
      'watch-before-start',
      /watch ends before the change starts/,
    ],
    [{timeZone: 'Mars/Olympus'}, 'bad-time-zone', /"Mars\/Olympus" is not a time zone/],
  ])('reports %j as %s', (patch, code, message) => {
    const {problems} = composeMessages({...filled, ...patch}, operator);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({code});
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('parseCommunicationDraft', () => {
  it('reads a saved draft back, and fills fields an older form did not have', () => {
    expect(parseCommunicationDraft(JSON.parse(JSON.stringify(filled)))).toEqual(filled);
    const {contact: _dropped, ...older} = filled;
    expect(parseCommunicationDraft(older)).toEqual({...filled, contact: ''});
  });

  it.each([
    ['not an object', 'draft'],
    ['a list', []],
    ['a number in a text field', {...filled, contact: 5}],
    ['an oversized field', {...filled, whatChanges: 'x'.repeat(2001)}],
  ])('rejects %s', (_label, data) => {
    expect(parseCommunicationDraft(data)).toBeNull();
  });
});

describe('composeMessages with what people type (#16)', () => {
  // Invisible or reordering characters: controls, bidi overrides and isolates, zero-width spaces.
  const INVISIBLE =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2028\u2029\uFEFF]|[\uD800-\uDFFF]/u;

  it.each(HOSTILE_INPUTS)('%s stays on its line, with invisible characters shown', (_, typed) => {
    const draft = {...filled, whatChanges: typed, contact: typed};
    for (const message of composeMessages(draft, operator).messages) {
      expect(message.text).not.toMatch(INVISIBLE);
    }
    const shown = visibleText(typed)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    expect(text('incident', draft).split('\n')).toEqual(
      expect.arrayContaining([`Owner: ${shown}`]),
    );
  });

  it('property: no typed field adds a line or an invisible character to a message', () => {
    const lines = composeMessages(filled, operator).messages.map(
      (message) => message.text.split('\n').length,
    );
    fc.assert(
      fc.property(typedText, typedText, (what, contact) => {
        const draft = {...filled, whatChanges: what, contact};
        composeMessages(draft, operator).messages.forEach((message, index) => {
          expect(message.text).not.toMatch(INVISIBLE);
          expect(message.text.split('\n')).toHaveLength(lines[index]!);
        });
      }),
      {numRuns: 300},
    );
  });
});
