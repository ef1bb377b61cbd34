import {
  defaultTokens,
  formatInstant,
  fromWallClock,
  parseLocalInput,
  type PlanInput,
} from './index';
import {H, only, plan, utc} from '@site/test/rolloutPlans';

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
