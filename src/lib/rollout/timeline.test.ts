import {
  computePlan,
  defaultTokens,
  formatInstant,
  fromWallClock,
  nextDayAt,
  parseLocalInput,
  toLocalInput,
  tokenKindInfo,
  type PlanInput,
  type TokenKindInput,
} from './index';

const H = 3600_000;
const utc = (iso: string): number => Date.parse(iso);

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    title: '',
    start: utc('2026-03-10T10:00:00Z'),
    timeZone: 'UTC',
    tokens: defaultTokens(),
    stages: [],
    ...overrides,
  };
}

function only(id: TokenKindInput['id'], lifetimeSeconds: number, marginSeconds?: number) {
  return defaultTokens().map((token) =>
    token.id === id
      ? {
          id,
          enabled: true,
          oldLifetimeSeconds: lifetimeSeconds,
          ...(marginSeconds === undefined ? {} : {marginSeconds}),
        }
      : {...token, enabled: false},
  );
}

function plan(overrides: Partial<PlanInput> = {}) {
  const result = computePlan(input(overrides));
  if (!result.ok) throw new Error(result.errors.map((error) => error.code).join(', '));
  return result.plan;
}

describe('formatInstant and zones', () => {
  test.each([
    ['UTC', '2026-03-10T10:00:00Z', '2026-03-10 10:00 UTC'],
    ['Europe/Berlin', '2026-03-10T10:00:00Z', '2026-03-10 11:00 UTC+01:00'],
    ['Europe/Berlin', '2026-07-10T10:00:00Z', '2026-07-10 12:00 UTC+02:00'],
    ['America/New_York', '2026-03-10T03:30:00Z', '2026-03-09 23:30 UTC-04:00'],
    ['Asia/Kolkata', '2026-03-10T10:00:00Z', '2026-03-10 15:30 UTC+05:30'],
    ['Pacific/Auckland', '2026-03-10T10:00:00Z', '2026-03-10 23:00 UTC+13:00'],
  ])('%s at %s shows %s', (zone, iso, expected) => {
    expect(formatInstant(utc(iso), zone)).toBe(expected);
  });

  test.each([
    ['Europe/Berlin', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['Europe/Berlin', '2026-03-28T10:00', '2026-03-28T09:00:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'], // overlap: earlier wins
    ['Asia/Kolkata', '2026-01-01T00:00', '2025-12-31T18:30:00.000Z'],
  ])('local input %s %s is %s', (zone, local, iso) => {
    const wall = parseLocalInput(local)!;
    expect(new Date(fromWallClock(wall, zone)!).toISOString()).toBe(iso);
    expect(toLocalInput(utc(iso), zone)).toBe(local);
  });

  test('a time in the spring-forward gap does not exist', () => {
    expect(fromWallClock(parseLocalInput('2026-03-29T02:30')!, 'Europe/Berlin')).toBeNull();
  });

  test.each(['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '10:00', 'x'])(
    'parseLocalInput rejects %p',
    (value) => {
      expect(parseLocalInput(value)).toBeNull();
    },
  );
});

describe('computePlan', () => {
  test('Open edX defaults: one hour sets the pace, cache margin 5 s shorter', () => {
    const p = plan();
    expect(p.windows.map((w) => [w.id, w.lastExpires - p.input.start])).toEqual([
      ['access', H],
      ['cookie', H],
      ['client-credentials', H - 5000],
    ]);
    expect(p.drained).toBe(p.input.start + H);
    expect(p.watches.map((w) => [w.id, w.from, w.to])).toEqual([
      ['close-watch', p.input.start, p.input.start + H],
      ['margin-watch', p.input.start + H, p.input.start + 2 * H],
    ]);
    expect(new Date(p.followUp).toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(p.safeRemoval).toBe(p.followUp);
    // No stages: the change, and so the revert, is taken to be in place at once.
    expect(p.rollback).toEqual({
      decidedAt: p.drained,
      revertSeconds: 0,
      exposureSeconds: 3600,
      landsAt: p.drained + H,
    });
    expect(p.moments.map((m) => m.id)).toEqual([
      'start',
      'expiry-client-credentials',
      'expiry-access',
      'expiry-cookie',
      'drained',
      'watch-end',
      'rollback',
      'follow-up',
      'safe-removal',
    ]);
    expect(p.range).toEqual({from: p.input.start, to: p.followUp});
  });

  test.each([
    ['seconds', 30, undefined, 30_000],
    ['one hour', 3600, undefined, H],
    ['cache margin', 3600, 5, H - 5000],
    ['ten hours', 36_000, undefined, 10 * H],
    ['one day', 86_400, undefined, 24 * H],
    ['90 days', 7_776_000, undefined, 90 * 24 * H],
  ])(
    'lifetime %s: last old token expires after the last stage plus the lifetime',
    (_n, s, m, ms) => {
      const start = utc('2026-03-10T10:00:00Z');
      const stages = [{label: 'issuer switched', at: start + 20 * 60_000}];
      const p = plan({tokens: only('access', s, m), stages});
      expect(p.changeComplete).toBe(start + 20 * 60_000);
      expect(p.windows[0]!.lastExpires).toBe(start + 20 * 60_000 + ms);
      expect(p.drained).toBe(start + 20 * 60_000 + ms);
      expect(p.safeRemoval).toBe(Math.max(p.drained + H, p.followUp));
      // The revert is assumed to deploy as long as the change did (20 min), then tokens drain.
      expect(p.rollback.landsAt).toBe(p.drained + 20 * 60_000 + ms);
    },
  );

  test.each([
    // zone, start (UTC), follow-up (UTC), start as shown
    ['UTC', '2026-03-10T23:30:00Z', '2026-03-11T09:00:00.000Z', '2026-03-10 23:30 UTC'],
    [
      'Europe/Berlin',
      '2026-03-10T23:30:00Z',
      '2026-03-12T08:00:00.000Z',
      '2026-03-11 00:30 UTC+01:00',
    ],
    [
      'America/Los_Angeles',
      '2026-03-10T05:00:00Z',
      '2026-03-10T16:00:00.000Z',
      '2026-03-09 22:00 UTC-07:00',
    ],
    [
      'Australia/Sydney',
      '2026-03-10T10:00:00Z',
      '2026-03-10T22:00:00.000Z',
      '2026-03-10 21:00 UTC+11:00',
    ],
  ])('next-day follow-up in %s', (zone, start, followUp, shown) => {
    const p = plan({timeZone: zone, start: utc(start)});
    expect(new Date(p.followUp).toISOString()).toBe(followUp);
    expect(formatInstant(p.input.start, zone)).toBe(shown);
  });

  test('DST change: a start the evening before the clocks go forward', () => {
    // Europe/Berlin switches to summer time on 2026-03-29 at 02:00 local.
    const start = fromWallClock(parseLocalInput('2026-03-28T23:30')!, 'Europe/Berlin')!;
    const p = plan({timeZone: 'Europe/Berlin', start, tokens: only('access', 4 * 3600)});
    // Four real hours later the wall clock shows 04:30, not 03:30.
    expect(formatInstant(p.drained, 'Europe/Berlin')).toBe('2026-03-29 04:30 UTC+02:00');
    // 09:00 local the next day is only 8.5 real hours after a 23:30 start.
    expect(p.followUp - start).toBe(8.5 * H);
    expect(formatInstant(p.followUp, 'Europe/Berlin')).toBe('2026-03-29 09:00 UTC+02:00');
  });

  test('DST change: clocks go back in New York', () => {
    const start = fromWallClock(parseLocalInput('2026-10-31T22:00')!, 'America/New_York')!;
    const p = plan({timeZone: 'America/New_York', start, tokens: only('access', 3600)});
    expect(p.followUp - start).toBe(12 * H); // 11 wall-clock hours + the repeated hour
    expect(formatInstant(p.followUp, 'America/New_York')).toBe('2026-11-01 09:00 UTC-05:00');
  });

  test('nextDayAt skips a missing hour', () => {
    // America/Havana moves clocks from 00:00 to 01:00; ask for 00:00 on that day.
    const before = utc('2026-03-07T12:00:00Z');
    const at = nextDayAt(before, 'America/Havana', 0);
    expect(formatInstant(at, 'America/Havana')).toBe('2026-03-08 01:00 UTC-04:00');
  });

  test('stages are listed among the moments', () => {
    const start = utc('2026-03-10T10:00:00Z');
    const p = plan({
      stages: [
        {label: 'verifiers deployed', at: start},
        {label: 'toggle on for 10%', at: start + 2 * H},
      ],
    });
    expect(p.moments.slice(0, 3).map((m) => [m.id, m.label])).toEqual([
      ['start', 'Change starts'],
      ['stage-1', 'Stage: verifiers deployed'],
      ['stage-2', 'Stage: toggle on for 10%'],
    ]);
    expect(p.drained).toBe(start + 3 * H);
  });
});

describe('rollback', () => {
  test('the revert takes as long to deploy as the change did, then the longest lifetime drains', () => {
    const start = utc('2026-03-10T10:00:00Z');
    const p = plan({
      tokens: only('access', 3600),
      stages: [
        {label: 'verifiers deployed', at: start + H},
        {label: 'issuer switched', at: start + 2 * H},
      ],
    });
    expect(p.drained).toBe(start + 3 * H);
    expect(p.rollback).toEqual({
      decidedAt: start + 3 * H,
      revertSeconds: 2 * 3600,
      exposureSeconds: 3600,
      landsAt: start + 3 * H + 2 * H + H,
    });
    const moment = p.moments.find((m) => m.id === 'rollback')!;
    expect(moment.at).toBe(p.rollback.landsAt);
    expect(moment.detail).toBe(
      'With its revert deploying as long as the change did (2 h, start to last stage), new-style tokens minted until the revert is in place stay in use for up to 1 h more: the old code must accept them until then.',
    );
    expect(p.range.to).toBe(Math.max(p.safeRemoval, p.rollback.landsAt));
  });

  test('without stages the revert is in place at once, and the moment says to add the deploy time', () => {
    const p = plan({tokens: only('refresh', 86_400)});
    expect(p.rollback.landsAt).toBe(p.drained + 24 * H);
    expect(p.moments.find((m) => m.id === 'rollback')!.detail).toMatch(
      /^With its revert in place at once, as the change was \(no stages: add your deploy time\), .* up to 1 day more:/,
    );
  });
});

describe('token kinds', () => {
  test('the JWT cookies live as long as the JWT inside them; the cookie max-age can only cut that short', () => {
    const cookie = tokenKindInfo('cookie');
    expect(cookie.setting).toBe('JWT_ACCESS_TOKEN_EXPIRE_SECONDS');
    expect(cookie.cappedBy).toBe('JWT_IN_COOKIE_EXPIRATION');
    expect(cookie.defaultLifetimeSeconds).toBe(tokenKindInfo('access').defaultLifetimeSeconds);
  });
});

describe('computePlan errors', () => {
  const start = utc('2026-03-10T10:00:00Z');
  test.each<[string, Partial<PlanInput>, string, string]>([
    [
      'invalid start',
      {start: Number.NaN},
      'invalid-start',
      'The start time is not a valid date and time.',
    ],
    [
      'bad zone',
      {timeZone: 'Mars/Olympus'},
      'invalid-time-zone',
      '"Mars/Olympus" is not a time zone this browser knows.',
    ],
    [
      'no kinds',
      {tokens: defaultTokens().map((t) => ({...t, enabled: false}))},
      'no-token-kinds',
      'Choose at least one token kind.',
    ],
    [
      'zero lifetime',
      {tokens: only('cookie', 0)},
      'lifetime-not-positive',
      'The lifetime of JWT cookies must be a positive number of seconds.',
    ],
    [
      'negative lifetime',
      {tokens: only('access', -5)},
      'lifetime-not-positive',
      'The lifetime of JWT access tokens must be a positive number of seconds.',
    ],
    [
      'margin too big',
      {tokens: only('client-credentials', 5, 5)},
      'margin-not-below-lifetime',
      'The cache margin of Cached client-credentials JWTs must be shorter than its lifetime.',
    ],
    [
      'stage before start',
      {stages: [{label: 'verifiers deployed', at: start - 60_000}]},
      'stage-before-start',
      'Stage 1 "verifiers deployed" is before the start time.',
    ],
    [
      'stages out of order',
      {
        stages: [
          {label: 'verifiers deployed', at: start + 2 * H},
          {label: 'issuer switched', at: start + H},
        ],
      },
      'stages-out-of-order',
      'Stage 2 "issuer switched" is earlier than stage 1 "verifiers deployed": list the stages in the order they happen.',
    ],
    [
      'stage without time',
      {stages: [{label: 'x', at: Number.NaN}]},
      'stage-invalid-time',
      'The time of stage 1 "x" is not a valid date and time.',
    ],
    [
      'stage without name',
      {stages: [{label: ' ', at: start}]},
      'stage-label-missing',
      'Stage 1 needs a name.',
    ],
  ])('%s', (_name, overrides, code, message) => {
    const result = computePlan(input(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({code, message});
  });
});

describe('old and new lifetimes', () => {
  const start = utc('2026-03-10T10:00:00Z');
  /** "Shorten the access-token lifetime from 3600 s to 1800 s." */
  const shortened = (overrides: Partial<PlanInput> = {}) =>
    plan({
      tokens: defaultTokens().map((token) =>
        token.id === 'access'
          ? {...token, oldLifetimeSeconds: 3600, newLifetimeSeconds: 1800}
          : {...token, enabled: false},
      ),
      ...overrides,
    });

  test('old tokens drain after the old lifetime: 60 min after the switch, not 30', () => {
    const p = shortened();
    expect(p.windows[0]).toMatchObject({
      id: 'access',
      oldEffectiveSeconds: 3600,
      newEffectiveSeconds: 1800,
      lastExpires: start + H,
    });
    expect(p.drained).toBe(start + H);
    expect(p.moments.find((m) => m.id === 'expiry-access')!.detail).toBe(
      'Minted by the old code until the change completed, they live the old lifetime, 1 h (new ones: 30 min).',
    );
  });

  test('tokens minted under the new lifetime decide the rollback exposure', () => {
    const p = shortened({stages: [{label: 'issuer switched', at: start + 20 * 60_000}]});
    expect(p.drained).toBe(start + 20 * 60_000 + H);
    expect(p.rollback.exposureSeconds).toBe(1800);
    // Decided when the close watch ends, a 20 min revert, then 30 min of new-lifetime tokens.
    expect(p.rollback.landsAt).toBe(p.drained + 20 * 60_000 + 30 * 60_000);
    expect(p.moments.find((m) => m.id === 'rollback')!.detail).toContain(
      'new-style tokens minted until the revert is in place stay in use for up to 30 min more (the new lifetime of JWT access tokens)',
    );
  });

  test('the rollback names the kind whose lifetime sets it: an unchanged cookie lifetime outlasts a shortened access token', () => {
    // The default kinds, only the access-token lifetime entered as shortened: the JWT cookies keep
    // 1 h, so they, not the 30 min, decide how long new-style tokens outlast a rollback.
    const p = plan({
      tokens: defaultTokens().map((token) =>
        token.id === 'access' ? {...token, newLifetimeSeconds: 1800} : token,
      ),
    });
    expect(p.rollback.exposureSeconds).toBe(3600);
    expect(p.moments.find((m) => m.id === 'rollback')!.detail).toContain(
      'stay in use for up to 1 h more (the lifetime of JWT cookies, entered as unchanged)',
    );
  });

  test('a longer new lifetime makes the rollback longer, not the drain', () => {
    const p = plan({tokens: only('access', 3600).map((t) => ({...t, newLifetimeSeconds: 7200}))});
    expect(p.drained).toBe(start + H);
    expect(p.rollback.landsAt).toBe(p.drained + 2 * H);
  });

  test('an unchanged lifetime needs one entry: the new lifetime defaults to the old', () => {
    const p = plan({tokens: only('access', 5400)});
    expect(p.windows[0]).toMatchObject({oldEffectiveSeconds: 5400, newEffectiveSeconds: 5400});
    expect(p.rollback.exposureSeconds).toBe(5400);
    expect(p.moments.find((m) => m.id === 'expiry-access')!.detail).toBe(
      'Minted by the old code until the change completed, they live 1 h 30 min.',
    );
  });

  test('the cache margin shortens the old and the new lifetime of cached client-credentials JWTs', () => {
    const p = plan({
      tokens: only('client-credentials', 3600, 5).map((t) => ({...t, newLifetimeSeconds: 1800})),
    });
    expect(p.windows[0]).toMatchObject({oldEffectiveSeconds: 3595, newEffectiveSeconds: 1795});
  });

  test.each<[string, Partial<TokenKindInput>, string, string]>([
    [
      'a new lifetime of zero',
      {newLifetimeSeconds: 0},
      'new-lifetime-not-positive',
      'The new lifetime of JWT access tokens must be a positive number of seconds (leave it empty if it does not change).',
    ],
    [
      'a margin not below the new lifetime',
      {marginSeconds: 60, newLifetimeSeconds: 60},
      'margin-not-below-lifetime',
      'The cache margin of JWT access tokens must be shorter than its lifetime before and after the change.',
    ],
  ])('%s is refused', (_name, patch, code, message) => {
    const result = computePlan(
      input({tokens: only('access', 3600).map((t) => ({...t, ...patch}))}),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({code, message});
  });
});

describe('a staged rollout over two days: every derived time counts from the last stage', () => {
  // Berlin, UTC+01:00: start Tuesday 16:00, verifiers the same evening, the issuer switched
  // Wednesday at 14:00 (the stage that completes the change).
  const zone = 'Europe/Berlin';
  const local = (text: string): number => fromWallClock(parseLocalInput(text)!, zone)!;
  const twoDays = () =>
    plan({
      timeZone: zone,
      start: local('2026-03-10T16:00'),
      tokens: only('access', 3600).map((t) => ({...t, newLifetimeSeconds: 1800})),
      stages: [
        {label: 'verifiers deployed', at: local('2026-03-10T16:30')},
        {label: 'issuer switched', at: local('2026-03-11T14:00')},
      ],
    });
  const shown = (at: number): string => formatInstant(at, zone);

  test('the change completes at the last stage', () => {
    expect(shown(twoDays().changeComplete)).toBe('2026-03-11 14:00 UTC+01:00');
  });

  test('drain: the last stage plus the old lifetime', () => {
    expect(shown(twoDays().drained)).toBe('2026-03-11 15:00 UTC+01:00');
  });

  test('watch end: one hour after that drain', () => {
    const p = twoDays();
    expect(shown(p.watches[1]!.to)).toBe('2026-03-11 16:00 UTC+01:00');
    expect(shown(p.moments.find((m) => m.id === 'watch-end')!.at)).toBe(
      '2026-03-11 16:00 UTC+01:00',
    );
  });

  test('next-day follow-up: 09:00 on the day after the last stage, not after the start', () => {
    const p = twoDays();
    expect(shown(p.followUp)).toBe('2026-03-12 09:00 UTC+01:00');
    expect(p.moments.find((m) => m.id === 'follow-up')!.at).toBe(p.followUp);
  });

  test('earliest removal of the old key or code: after that follow-up', () => {
    const p = twoDays();
    expect(shown(p.safeRemoval)).toBe('2026-03-12 09:00 UTC+01:00');
    expect(p.safeRemoval).toBeGreaterThan(p.changeComplete);
  });

  test('rollback: decided when the close watch ends, reverted as long as the change took', () => {
    const p = twoDays();
    expect(p.rollback.decidedAt).toBe(p.drained);
    expect(p.rollback.revertSeconds).toBe(22 * 3600);
    expect(shown(p.rollback.landsAt)).toBe('2026-03-12 13:30 UTC+01:00');
  });

  test('no derived time falls before the last stage', () => {
    const p = twoDays();
    for (const moment of p.moments.filter((m) => m.kind !== 'start' && m.kind !== 'stage')) {
      expect([moment.id, moment.at >= p.changeComplete]).toEqual([moment.id, true]);
    }
  });
});
