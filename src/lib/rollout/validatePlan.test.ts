import {computePlan, type PlanInput, type TokenKindInput, defaultTokens} from './index';
import {H, input, only, utc} from '@site/test/rolloutPlans';

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
