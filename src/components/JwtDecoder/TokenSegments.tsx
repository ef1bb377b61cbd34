import {useWholeAfterPaint} from '@site/src/hooks/useWholeAfterPaint';
import {firstPaintSegments, paintsInPart} from '@site/src/lib/jwt/firstPaint';
import type {Segment} from '@site/src/lib/jwt/types';
import styles from './TokenSegments.module.css';

const ROLE_CLASS: Readonly<Record<Segment['role'], string | undefined>> = {
  header: styles.header,
  payload: styles.payload,
  signature: styles.signature,
  'encrypted-key': styles.signature,
  iv: styles.signature,
  ciphertext: styles.payload,
  tag: styles.signature,
  extra: undefined,
};

const LEGEND: readonly [string, string | undefined][] = [
  ['Header', styles.header],
  ['Payload', styles.payload],
  ['Signature', styles.signature],
];

/** The token with each segment in the colour of its panel below. */
export default function TokenSegments({
  segments,
}: {
  segments: readonly Segment[];
}): React.JSX.Element {
  // A long token's first screenful paints with the paste, the rest a frame later (firstPaint).
  const length = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const whole = useWholeAfterPaint(segments, paintsInPart(length));
  const painted = whole ? segments : firstPaintSegments(segments);
  return (
    <figure className={styles.tokenFigure}>
      <figcaption className={styles.legend}>
        Token:{' '}
        {LEGEND.map(([name, className]) => (
          <span key={name} className={`${styles.legendItem} ${className ?? ''}`}>
            {name}
          </span>
        ))}
      </figcaption>
      {/* Scrolls once it is taller than its max-height (soon, on a phone), so it takes keyboard focus. */}
      <p className={styles.token} data-testid="jwt-token-segments" tabIndex={0}>
        {painted.map((segment, i) => (
          <span key={segment.index}>
            {i > 0 && <span className={styles.dot}>.</span>}
            <span className={ROLE_CLASS[segment.role]} data-role={segment.role}>
              {segment.text}
            </span>
          </span>
        ))}
      </p>
    </figure>
  );
}
