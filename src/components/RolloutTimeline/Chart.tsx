/**
 * The plan on a time axis, as an SVG that follows the width of its container. Colours come from
 * Infima variables through CSS classes and `currentColor`, so both colour modes stay readable; each
 * row has a text label, and each key moment a <title> with its time.
 */
import {useEffect, useRef, useState} from 'react';
import {formatInstant, inSentence, type KeyMoment, type Plan} from '@site/src/lib/rollout';
import styles from './styles.module.css';

const DEFAULT_WIDTH = 720;
const MIN_WIDTH = 300;
const ROW = 40;
const PAD = 8;
const AXIS = 36;

interface Row {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly {from: number; to: number; className: string}[];
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
    label: `Old ${inSentence(window.label)}`,
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
      bars: [
        {from: plan.rollback.decidedAt, to: plan.rollback.landsAt, className: styles.barRollback!},
      ],
      moments: moments('rollback'),
    },
  ];
}

interface Scale {
  x(at: number): number;
  /** Instants to label on the axis. */
  ticks(count: number): number[];
  /** Where the axis is broken (a long quiet stretch is squeezed), or null. */
  readonly breakX: number | null;
}

/** Share of the width given to the drain when the axis is broken. */
const DRAIN_SHARE = 0.78;

/**
 * Linear, unless a long quiet stretch follows the drain (the next-day follow-up is usually many
 * hours after the watch ends): then the drain gets most of the width and the rest is squeezed
 * behind a break. Either way the scale keeps the order of times.
 */
function scaleFor(plan: Plan, plotWidth: number): Scale {
  const {from, to} = plan.range;
  const busyEnd = Math.max(plan.watches[plan.watches.length - 1]!.to, plan.rollback.landsAt);
  const linear = (a: number, b: number, left: number, right: number) => (at: number) =>
    left + ((at - a) / Math.max(b - a, 1)) * (right - left);
  const spread = (a: number, b: number, count: number): number[] =>
    Array.from({length: count + 1}, (_, i) => a + ((b - a) * i) / count);
  if (to - busyEnd <= busyEnd - from) {
    return {
      x: linear(from, to, 0, plotWidth),
      ticks: (count) => spread(from, to, count),
      breakX: null,
    };
  }
  const split = plotWidth * DRAIN_SHARE;
  const first = linear(from, busyEnd, 0, split);
  const second = linear(busyEnd, to, split, plotWidth);
  return {
    x: (at) => (at <= busyEnd ? first(at) : second(at)),
    ticks: (count) => (count > 2 ? [...spread(from, busyEnd, count - 1), to] : [from, to]),
    breakX: split,
  };
}

function useContainerWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return;
    const measure = (): void => {
      const measured = Math.round(element.clientWidth);
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, measured));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export default function Chart({
  plan,
  captionId,
}: {
  plan: Plan;
  captionId: string;
}): React.JSX.Element {
  const [ref, width] = useContainerWidth();
  const rows = rowsOf(plan);
  const {from, to} = plan.range;
  const zone = plan.input.timeZone;
  const plotWidth = width - 2 * PAD;
  const scale = scaleFor(plan, plotWidth);
  const x = (at: number): number => PAD + scale.x(at);
  const height = rows.length * ROW + AXIS;
  const tickText = (at: number): string => formatInstant(at, zone).slice(5, 16);
  const ticks = scale.ticks(width < 520 ? 2 : 4);

  return (
    <div ref={ref} className={styles.chartBox}>
      <svg
        role="img"
        aria-labelledby={captionId}
        className={styles.chart}
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        data-range-from={from}
        data-range-to={to}
      >
        {ticks.map((at, i) => (
          <line
            key={`grid-${i}`}
            className={styles.grid}
            x1={x(at)}
            x2={x(at)}
            y1={4}
            y2={rows.length * ROW + 6}
          />
        ))}
        {scale.breakX !== null && (
          <g className={styles.axisBreak} aria-hidden="true">
            <rect
              x={PAD + scale.breakX + 4}
              y={2}
              width={14}
              height={rows.length * ROW + 6}
              className={styles.breakBand}
            />
            <text x={PAD + scale.breakX + 11} y={rows.length * ROW + 24} textAnchor="middle">
              …
            </text>
          </g>
        )}
        {rows.map((row, index) => {
          const top = index * ROW;
          return (
            <g key={row.key} data-row={row.key}>
              <text className={styles.rowLabel} x={PAD} y={top + 14}>
                {row.label}
              </text>
              {row.bars.map((bar, barIndex) => (
                <rect
                  key={barIndex}
                  className={bar.className}
                  x={x(bar.from)}
                  y={top + 20}
                  width={Math.max(2, x(bar.to) - x(bar.from))}
                  height={12}
                  rx={2}
                />
              ))}
              {row.moments.map((moment) => {
                const cx = x(moment.at);
                const cy = top + 26;
                return (
                  <g key={moment.id} data-moment={moment.id} data-x={cx.toFixed(1)}>
                    <title>{`${moment.label}: ${formatInstant(moment.at, zone)}`}</title>
                    <path
                      className={styles.marker}
                      d={`M ${cx} ${cy - 8} L ${cx + 6} ${cy} L ${cx} ${cy + 8} L ${cx - 6} ${cy} Z`}
                    />
                  </g>
                );
              })}
            </g>
          );
        })}
        {ticks.map((at, i) => (
          <text
            key={`tick-${i}`}
            className={styles.tick}
            x={x(at)}
            y={rows.length * ROW + 24}
            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {tickText(at)}
          </text>
        ))}
      </svg>
    </div>
  );
}
