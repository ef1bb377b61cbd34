import {formatInstant, fromWallClock, parseLocalInput, tokenKindInfo} from './index';
import {H, only, plan, utc} from '@site/test/rolloutPlans';

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
