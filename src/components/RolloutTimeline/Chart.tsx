/**
 * The plan on a time axis, as an SVG that follows the width of its container. Bars, markers and
 * lines sit at percentages of the width, so the drawing the server sends fits any width; only the
 * labels under the axis (which fit, on which line) change once the width is measured. Colours
 * come from Infima variables through CSS classes and `currentColor`, so both colour modes stay
 * readable; each row has a text label, and each key moment a <title> with its time. Where things
 * go, and which times are written under the axis, comes from src/lib/rollout/chartAxis.ts.
 */
import {useEffect, useRef, useState} from 'react';
import {
  axisLabels,
  chartScale,
  formatCompactDuration,
  formatInstant,
  inSentence,
  type KeyMoment,
  type Plan,
} from '@site/src/lib/rollout';
import styles from './styles.module.css';

/** The plot width the server lays the labels out for (a desktop article). */
const DEFAULT_PLOT_WIDTH = 704;
/** Labels are laid out for at least this width: a narrower box still shows every one. */
const MIN_PLOT_WIDTH = 284;
const ROW = 40;
/** The box's padding on each side (styles.module.css), where markers at the ends may reach. */
const PAD = 8;
/** The narrowest bar, as a share of the width: about 2 px on a desktop. */
const MIN_BAR = 0.003;
/** The first line of axis labels sits this far under the rows; each further line one LINE lower. */
const AXIS_TEXT = 20;
const LINE = 16;

interface Row {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly {from: number; to: number; className: string; title?: string}[];
  readonly moments: readonly KeyMoment[];
}

function rowsOf(plan: Plan): Row[] {
  const moments = (kind: KeyMoment['kind'] | ((m: KeyMoment) => boolean)): KeyMoment[] =>
    plan.moments.filter(typeof kind === 'function' ? kind : (m) => m.kind === kind);
  const change: Row = {
    key: 'change',
    label: 'Change and stages',
    bars:
      plan.changeComplete > plan.input.start
        ? [{from: plan.input.start, to: plan.changeComplete, className: styles.barChange!}]
        : [],
    moments: moments((m) => m.kind === 'start' || m.kind === 'stage'),
  };
  const tokens = plan.windows.map((window): Row => ({
    key: window.id,
    label: `Old ${inSentence(window.label)} live ${formatCompactDuration(window.oldEffectiveSeconds)}`,
    bars: [{from: window.from, to: window.lastExpires, className: styles.barOld!}],
    moments: moments((m) => m.id === `expiry-${window.id}`),
  }));
  return [
    change,
    ...tokens,
    {
      key: 'watch',
      label: 'Watch: close, then margin',
      bars: plan.watches.map((watch) => ({
        from: watch.from,
        to: watch.to,
        className: watch.id === 'close-watch' ? styles.barWatch! : styles.barMargin!,
      })),
      moments: moments((m) => m.kind === 'drained' || m.kind === 'watch-end'),
    },
    {key: 'follow-up', label: 'Next-day follow-up', bars: [], moments: moments('follow-up')},
    {
      key: 'safe-removal',
      label: 'Earliest safe removal',
      bars: [],
      moments: moments('safe-removal'),
    },
    {
      key: 'rollback',
      label: 'Rollback (if decided when the close watch ends)',
      // The revert deploying, then tokens minted by the new code living their new lifetime.
      bars: [
        {
          from: plan.rollback.decidedAt,
          to: plan.rollback.landsAt - plan.rollback.exposureSeconds * 1000,
          className: styles.barRollback!,
          title: `Revert deploying: ${formatCompactDuration(plan.rollback.revertSeconds)}`,
        },
        {
          from: plan.rollback.landsAt - plan.rollback.exposureSeconds * 1000,
          to: plan.rollback.landsAt,
          className: styles.barRollbackTokens!,
          title: `New tokens still in use (lifetime after the change): ${formatCompactDuration(
            plan.rollback.exposureSeconds,
          )}`,
        },
      ].filter((bar) => bar.to > bar.from),
      moments: moments('rollback'),
    },
  ];
}

/** The plot width: the box's, without its padding. */
function usePlotWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_PLOT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return;
    const measure = (): void => {
      const measured = Math.round(element.clientWidth) - 2 * PAD;
      if (measured > 0) setWidth(Math.max(MIN_PLOT_WIDTH, measured));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A share of the width as an SVG length. */
const percent = (share: number): string => `${(share * 100).toFixed(3)}%`;

export default function Chart({
  plan,
  captionId,
  noteId,
}: {
  plan: Plan;
  captionId: string;
  /** The chart in words (drain line, skipped stretch), shown as text next to it. */
  noteId: string;
}): React.JSX.Element {
  const [ref, plotWidth] = usePlotWidth();
  const rows = rowsOf(plan);
  const {from, to} = plan.range;
  const zone = plan.input.timeZone;
  // Positions as shares of the width: the same whatever the width, so a resize changes none of them.
  const scale = chartScale(plan, 1);
  const {x} = scale;
  const labels = axisLabels(plan, plotWidth);
  const labelShare = (px: number): string => percent(px / plotWidth);
  const rowsBottom = rows.length * ROW + 6;
  const lines = Math.max(...labels.map((label) => label.line)) + 1;
  const height = rowsBottom + AXIS_TEXT + (lines - 1) * LINE + 8;
  const lineY = (line: number): number => rowsBottom + AXIS_TEXT + line * LINE - 2;
  const drainX = percent(x(plan.drained));

  return (
    <div ref={ref} className={styles.chartBox}>
      <svg
        role="img"
        aria-labelledby={captionId}
        aria-describedby={noteId}
        className={styles.chart}
        width="100%"
        height={height}
        data-range-from={from}
        data-range-to={to}
      >
        {labels
          .filter((label) => label.line === 0)
          .map((label) => (
            <line
              key={`grid-${label.key}`}
              className={styles.grid}
              x1={labelShare(label.target)}
              x2={labelShare(label.target)}
              y1={4}
              y2={rowsBottom}
            />
          ))}
        {scale.band !== null && (
          <rect
            className={styles.breakBand}
            data-axis-break=""
            x={percent(scale.band.left)}
            y={2}
            width={percent(scale.band.right - scale.band.left)}
            height={rowsBottom + 2}
          />
        )}
        <line
          className={styles.drainLine}
          data-drain-line=""
          x1={drainX}
          x2={drainX}
          y1={4}
          y2={rowsBottom}
        />
        {rows.map((row, index) => {
          const top = index * ROW;
          return (
            <g key={row.key} data-row={row.key}>
              <text className={styles.rowLabel} x={0} y={top + 14}>
                {row.label}
              </text>
              {row.bars.map((bar, barIndex) => (
                <rect
                  key={barIndex}
                  className={bar.className}
                  x={percent(x(bar.from))}
                  y={top + 20}
                  width={percent(Math.max(MIN_BAR, x(bar.to) - x(bar.from)))}
                  height={12}
                  rx={2}
                >
                  {bar.title !== undefined && <title>{bar.title}</title>}
                </rect>
              ))}
              {row.moments.map((moment) => (
                <g key={moment.id} data-moment={moment.id} data-x={(x(moment.at) * 100).toFixed(2)}>
                  <title>{`${moment.label}: ${formatInstant(moment.at, zone)}`}</title>
                  {/* A viewport at the moment's place, so the diamond is drawn around its origin. */}
                  <svg
                    x={percent(x(moment.at))}
                    y={top + 26}
                    width={1}
                    height={1}
                    overflow="visible"
                  >
                    <path className={styles.marker} d="M 0 -8 L 6 0 L 0 8 L -6 0 Z" />
                  </svg>
                </g>
              ))}
            </g>
          );
        })}
        {labels.map((label) => (
          <g key={label.key} data-axis-label={label.key}>
            {label.line > 0 && (
              // Ties a label on a lower line to the drain line or the band it names.
              <line
                className={styles.labelLeader}
                x1={labelShare(label.target)}
                x2={labelShare(label.target)}
                y1={rowsBottom}
                y2={lineY(label.line) - 11}
              />
            )}
            <text
              className={
                label.key === 'drained' || label.key === 'break' ? styles.axisNote : styles.tick
              }
              x={labelShare(label.x)}
              y={lineY(label.line)}
              textAnchor={label.anchor}
            >
              {label.text}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
