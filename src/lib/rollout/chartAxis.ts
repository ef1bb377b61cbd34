/**
 * The time axis of the planner's chart, as numbers: where each instant is drawn, where a quiet
 * stretch is skipped, and which times are written under the axis on which line, so that no two
 * labels overlap even on a 390 px phone. Pure: the chart (components/RolloutTimeline/Chart.tsx)
 * only draws what this returns.
 */
import {formatCompactDuration, formatInstant} from './time';
import type {Plan} from './planTypes';
import {exposureSource} from './wording';

/** Share of the width given to the busy part (start to the end of the watches and the rollback). */
const BUSY_SHARE = 0.78;
/**
 * The band that marks a skipped stretch: its offset after the busy part and its width, as shares of
 * the plot width (about 4 and 15 px on a desktop). Shares keep every position proportional to the
 * width, so the chart draws its geometry in percentages and only its labels depend on the width.
 */
const BAND_OFFSET = 0.006;
const BAND_WIDTH = 0.022;
/** Room between the band and the first instant after it, as a share of the plot width. */
const AFTER_BAND = 0.014;
/** Below this plot width only the first and last times are written as ticks (plus drain, break). */
const NARROW = 500;
/** Average advance of a 12 px label character, a little generous so that estimates never overlap. */
const CHAR_WIDTH = 7;
/** Least room between two labels on one line, px. */
const LABEL_GAP = 8;
/** Lines of labels under the axis: times on the first, drain and skipped time on the others. */
const MAX_LINES = 3;

/** A stretch of time the axis leaves out, because nothing happens in it. */
export interface AxisBreak {
  /** The end of the busy part: the last watch or the rollback, whichever ends later. */
  readonly from: number;
  /** The first moment after it (the next-day follow-up, usually). */
  readonly to: number;
}

export interface ChartScale {
  /**
   * Horizontal position of an instant, 0 to the plot width; order-preserving and proportional to
   * the width (at width 1 it is the share of the width).
   */
  x(at: number): number;
  /** The band that marks the skipped stretch, in the unit of x, or null when the axis is continuous. */
  readonly band: {readonly left: number; readonly right: number} | null;
}

/**
 * The stretch to skip: after the busy part, when the wait for the next moment (the next-day
 * follow-up) is longer than the whole busy part; null when the axis stays continuous.
 */
export function axisBreakOf(plan: Plan): AxisBreak | null {
  const from = plan.range.from;
  const busyEnd = Math.max(plan.watches[plan.watches.length - 1]!.to, plan.rollback.landsAt);
  const later = plan.moments.filter((moment) => moment.at > busyEnd).map((moment) => moment.at);
  if (later.length === 0) return null;
  const resume = Math.min(...later);
  return resume - busyEnd > busyEnd - from ? {from: busyEnd, to: resume} : null;
}

const linear =
  (a: number, b: number, left: number, right: number) =>
  (at: number): number =>
    b === a ? right : left + ((at - a) / (b - a)) * (right - left);

export function chartScale(plan: Plan, plotWidth: number): ChartScale {
  const {from, to} = plan.range;
  const skipped = axisBreakOf(plan);
  if (skipped === null) return {x: linear(from, to, 0, plotWidth), band: null};
  const split = plotWidth * BUSY_SHARE;
  const left = split + BAND_OFFSET * plotWidth;
  const band = {left, right: left + BAND_WIDTH * plotWidth};
  const busy = linear(from, skipped.from, 0, split);
  const after = linear(skipped.to, to, band.right + AFTER_BAND * plotWidth, plotWidth);
  return {
    x: (at) => (at <= skipped.from ? busy(at) : at >= skipped.to ? after(at) : split),
    band,
  };
}

export interface AxisLabel {
  /** `start`, `end`, `drained`, `break`, or `tick-1`…: stable per plan. */
  readonly key: string;
  readonly text: string;
  /** Where the text is anchored (its middle, start or end), px. */
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** 0 is the line right under the axis. */
  readonly line: number;
  /** Estimated extent of the text, px. */
  readonly left: number;
  readonly right: number;
  /** The x the label is about (its instant, or the band's middle). */
  readonly target: number;
}

/** `03-10 10:00`: date and time, without the year and offset (the caption gives them). */
export const tickText = (at: number, timeZone: string): string =>
  formatInstant(at, timeZone).slice(5, 16);

/**
 * Labels under the axis: the first and last times, the drain, the skipped stretch and, when there
 * is room, times in between. Each goes on the first line where it overlaps nothing; times in
 * between that do not fit are left out.
 */
export function axisLabels(plan: Plan, plotWidth: number): AxisLabel[] {
  const scale = chartScale(plan, plotWidth);
  const zone = plan.input.timeZone;
  const {from, to} = plan.range;
  const skipped = axisBreakOf(plan);
  const sameDay = (at: number): boolean =>
    tickText(at, zone).slice(0, 5) === tickText(from, zone).slice(0, 5);

  interface Wanted {
    key: string;
    text: string;
    target: number;
    anchor: AxisLabel['anchor'];
    lines: readonly number[];
    optional?: boolean;
  }
  const allLines = Array.from({length: MAX_LINES}, (_, i) => i);
  const wanted: Wanted[] = [
    {key: 'start', text: tickText(from, zone), target: 0, anchor: 'start', lines: [0]},
    {key: 'end', text: tickText(to, zone), target: plotWidth, anchor: 'end', lines: [0]},
    {
      key: 'drained',
      text: `Drained ${sameDay(plan.drained) ? tickText(plan.drained, zone).slice(6) : tickText(plan.drained, zone)}`,
      target: scale.x(plan.drained),
      anchor: 'middle',
      lines: allLines.slice(1),
    },
  ];
  if (skipped !== null && scale.band !== null) {
    wanted.push({
      key: 'break',
      text: `${formatCompactDuration((skipped.to - skipped.from) / 1000)} skipped`,
      target: (scale.band.left + scale.band.right) / 2,
      anchor: 'middle',
      lines: allLines.slice(1),
    });
  }
  if (plotWidth >= NARROW) {
    const end = skipped?.from ?? to;
    const steps = skipped === null ? 4 : 3;
    for (let i = 1; i < steps; i++) {
      const at = from + ((end - from) * i) / steps;
      wanted.push({
        key: `tick-${i}`,
        text: tickText(at, zone),
        target: scale.x(at),
        anchor: 'middle',
        lines: [0],
        optional: true,
      });
    }
  }

  const placed: AxisLabel[] = [];
  for (const label of wanted) {
    const width = label.text.length * CHAR_WIDTH;
    let left =
      label.anchor === 'start'
        ? label.target
        : label.anchor === 'end'
          ? label.target - width
          : label.target - width / 2;
    // Keep it inside the plot: a label near an edge slides inwards.
    left = Math.min(Math.max(left, 0), plotWidth - width);
    const right = left + width;
    const line = label.lines.find((candidate) =>
      placed.every(
        (other) =>
          other.line !== candidate ||
          right + LABEL_GAP <= other.left ||
          other.right + LABEL_GAP <= left,
      ),
    );
    // A time in between is left out where it would sit right above the drain or the band's label,
    // repeating or crowding it.
    const crowds = placed.some(
      (other) =>
        (other.key === 'drained' || other.key === 'break') &&
        right + LABEL_GAP > other.left &&
        other.right + LABEL_GAP > left,
    );
    if (label.optional && (line === undefined || crowds)) continue;
    const x = label.anchor === 'start' ? left : label.anchor === 'end' ? right : left + width / 2;
    // A label that must be shown and fits nowhere (a chart narrower than any phone) goes last.
    placed.push({...label, x, line: line ?? label.lines.at(-1)!, left, right});
  }
  return placed;
}

/**
 * The chart in words, for everyone who cannot see it and for whoever wonders what a line means:
 * the drain line, the two parts of the rollback row, and the skipped stretch.
 */
export function chartNote(plan: Plan): string {
  const zone = plan.input.timeZone;
  const {revertSeconds, exposureSeconds} = plan.rollback;
  const drain = `The dashed vertical line marks the drain, ${formatInstant(plan.drained, zone)}, when every old token has expired.`;
  const tokens = `new-style tokens still in use for up to ${formatCompactDuration(exposureSeconds)}${exposureSource(
    plan.windows,
    exposureSeconds,
  )}`;
  const rollback =
    revertSeconds > 0
      ? `The rollback row shows the revert deploying as long as the change did (${formatCompactDuration(
          revertSeconds,
        )}, a dashed outline), then, as a solid bar, ${tokens}.`
      : `The rollback row shows, as a solid bar, ${tokens} once the revert is in place.`;
  const skipped = axisBreakOf(plan);
  if (skipped === null) return `${drain} ${rollback}`;
  return `${drain} ${rollback} The time axis skips ${formatCompactDuration(
    (skipped.to - skipped.from) / 1000,
  )}, from ${formatInstant(skipped.from, zone)} to ${formatInstant(
    skipped.to,
    zone,
  )}, when nothing is scheduled: the band across the chart marks where, so the busy hours get most of the width.`;
}
