/** Plan inputs for the rollout planner's tests: the Open edX defaults, changed where a test says. */
import {
  computePlan,
  defaultTokens,
  type Plan,
  type PlanInput,
  type TokenKindInput,
} from '@site/src/lib/rollout';

export const H = 3600_000;
export const utc = (iso: string): number => Date.parse(iso);

/** Starts 2026-03-10 10:00 UTC, the default token kinds, no stages. */
export function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    title: '',
    start: utc('2026-03-10T10:00:00Z'),
    timeZone: 'UTC',
    tokens: defaultTokens(),
    stages: [],
    ...overrides,
  };
}

/** The token kinds with only `id` affected, at this lifetime (and cache margin). */
export function only(
  id: TokenKindInput['id'],
  lifetimeSeconds: number,
  marginSeconds?: number,
): TokenKindInput[] {
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

/** The computed plan of `input(overrides)`; throws with the error codes when it has errors. */
export function plan(overrides: Partial<PlanInput> = {}): Plan {
  const result = computePlan(input(overrides));
  if (!result.ok) throw new Error(result.errors.map((error) => error.code).join(', '));
  return result.plan;
}
