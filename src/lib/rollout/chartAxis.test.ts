import {axisBreakOf, axisLabels, chartNote, chartScale, type AxisLabel} from './chartAxis';
import {computePlan} from './timeline';
import {defaultTokens} from './tokenKinds';
import type {Plan, PlanInput} from './planTypes';
import {formatInstant, fromWallClock, parseLocalInput} from './time';

const ZONE = 'Europe/Berlin';
const local = (text: string): number => fromWallClock(parseLocalInput(text)!, ZONE)!;

function plan(overrides: Partial<PlanInput> = {}): Plan {
  const result = computePlan({
    title: '',
    start: local('2026-03-10T10:00'),
    timeZone: ZONE,
    tokens: defaultTokens(),
    stages: [],
    ...overrides,
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.code).join());
  return result.plan;
}

/** The two-day staged case: verifiers on Tuesday evening, the issuer switched on Wednesday. */
const twoDays = (): Plan =>
  plan({
    start: local('2026-03-10T16:00'),
    stages: [
      {label: 'verifiers deployed', at: local('2026-03-10T16:30')},
      {label: 'issuer switched', at: local('2026-03-11T14:00')},
    ],
  });

/** A drain seconds after the start, far from the next-day follow-up. */
const quick = (): Plan =>
  plan({
    tokens: defaultTokens().map((t) => ({
      ...t,
      enabled: t.id === 'access',
      oldLifetimeSeconds: 30,
    })),
  });

/** Plot widths: a 390 px phone (the chart box is 358 px wide there), and a desktop. */
const PHONE = 342;
const DESKTOP = 780;

function expectNoOverlap(labels: readonly AxisLabel[], width: number): void {
  for (const label of labels) {
    expect(label.left).toBeGreaterThanOrEqual(0);
    expect(label.right).toBeLessThanOrEqual(width);
  }
  for (const a of labels) {
    for (const b of labels) {
      if (a === b || a.line !== b.line) continue;
      const apart = a.right <= b.left || b.right <= a.left;
      expect([a.key, b.key, apart]).toEqual([a.key, b.key, true]);
    }
  }
}

describe('axis break', () => {
  test('the quiet night before the follow-up is skipped, from the end of the busy part', () => {
    const p = plan();
    const skipped = axisBreakOf(p)!;
    // Busy until the margin watch ends (12:00); nothing happens until the follow-up at 09:00.
    expect(formatInstant(skipped.from, ZONE)).toBe('2026-03-10 12:00 UTC+01:00');
    expect(formatInstant(skipped.to, ZONE)).toBe('2026-03-11 09:00 UTC+01:00');
  });

  test('no break when the busy part is the longer one (the two-day staged case)', () => {
    expect(axisBreakOf(twoDays())).toBeNull();
  });

  test.each([
    ['default', plan],
    ['two days', twoDays],
    ['quick', quick],
  ])('the scale keeps the order of times (%s)', (_name, make) => {
    const p = make();
    for (const width of [PHONE, DESKTOP]) {
      const scale = chartScale(p, width);
      const xs = p.moments.map((moment) => scale.x(moment.at));
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(xs[0]).toBe(0);
      expect(xs.at(-1)).toBe(width);
    }
  });

  test.each([
    ['default', plan],
    ['two days', twoDays],
    ['quick', quick],
  ])(
    'positions are shares of the width, so the chart can draw them in percentages (%s)',
    (_name, make) => {
      const p = make();
      const share = chartScale(p, 1);
      for (const width of [PHONE, DESKTOP]) {
        const scale = chartScale(p, width);
        for (const moment of p.moments) {
          expect(scale.x(moment.at)).toBeCloseTo(width * share.x(moment.at), 9);
        }
        if (share.band !== null) {
          expect(scale.band!.left).toBeCloseTo(width * share.band.left, 9);
          expect(scale.band!.right).toBeCloseTo(width * share.band.right, 9);
        }
      }
    },
  );

  test('nothing is drawn inside the skipped stretch', () => {
    const p = plan();
    const scale = chartScale(p, PHONE);
    const band = scale.band!;
    for (const moment of p.moments) {
      const x = scale.x(moment.at);
      expect([moment.id, x <= band.left || x >= band.right]).toEqual([moment.id, true]);
    }
  });
});

describe('axis labels', () => {
  test.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('on a %s: start, end, the drain and the skipped time, none overlapping', (_name, width) => {
    const p = plan();
    const labels = axisLabels(p, width);
    const byKey = new Map(labels.map((label) => [label.key, label]));
    expect(byKey.get('start')?.text).toBe('03-10 10:00');
    expect(byKey.get('end')?.text).toBe('03-11 09:00');
    expect(byKey.get('drained')?.text).toBe('Drained 11:00');
    expect(byKey.get('drained')?.x).toBe(chartScale(p, width).x(p.drained));
    expect(byKey.get('break')?.text).toBe('21 h skipped');
    expectNoOverlap(labels, width);
  });

  test('a desktop gets more times on the axis than a phone', () => {
    const ticks = (width: number) =>
      axisLabels(plan(), width).filter((l) => l.key.startsWith('tick'));
    expect(ticks(DESKTOP).length).toBeGreaterThan(ticks(PHONE).length);
  });

  test('no time on the axis repeats the drain label above it (two days, desktop)', () => {
    const p = twoDays();
    const labels = axisLabels(p, DESKTOP);
    const drained = labels.find((label) => label.key === 'drained')!;
    const ticks = labels.filter((label) => label.key.startsWith('tick'));
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) {
      expect([tick.text, tick.right <= drained.left || drained.right <= tick.left]).toEqual([
        tick.text,
        true,
      ]);
    }
  });

  test.each([
    ['two days, no break', twoDays, 'Drained 03-11 15:00', false],
    ['a drain right after the start', quick, 'Drained 10:00', true],
  ])('the drain is labelled and nothing overlaps (%s)', (_name, make, drained, broken) => {
    for (const width of [PHONE, DESKTOP]) {
      const labels = axisLabels(make(), width);
      expect(labels.find((label) => label.key === 'drained')?.text).toBe(drained);
      expect(labels.some((label) => label.key === 'break')).toBe(broken);
      expectNoOverlap(labels, width);
    }
  });
});

describe('chartNote: the chart in words', () => {
  test('names the drain, the rollback bar and the skipped stretch', () => {
    expect(chartNote(plan())).toBe(
      'The dashed vertical line marks the drain, 2026-03-10 11:00 UTC+01:00, when every old token has expired. ' +
        'The rollback row shows, as a solid bar, new-style tokens still in use for up to 1 h once the revert is in place. ' +
        'The time axis skips 21 h, from 2026-03-10 12:00 UTC+01:00 to 2026-03-11 09:00 UTC+01:00, when nothing is scheduled: the band across the chart marks where, so the busy hours get most of the width.',
    );
  });

  test('a staged rollout: the revert deploying, then the tokens of the lifetime that sets the exposure; no break', () => {
    const shortened = plan({
      ...twoDays().input,
      tokens: defaultTokens().map((t) =>
        t.id === 'access' ? {...t, newLifetimeSeconds: 1800} : {...t, enabled: false},
      ),
    });
    expect(chartNote(shortened)).toBe(
      'The dashed vertical line marks the drain, 2026-03-11 15:00 UTC+01:00, when every old token has expired. ' +
        'The rollback row shows the revert deploying as long as the change did (22 h, a dashed outline), then, as a solid bar, new-style tokens still in use for up to 30 min (the new lifetime of JWT access tokens).',
    );
  });
});
