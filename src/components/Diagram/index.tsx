/**
 * A diagram drawn at build time: the SVG that `npm run diagrams` rendered from a ```mermaid block
 * (decisions/0018), which src/plugins/remark-static-diagrams puts here. It needs no JavaScript:
 * its colours follow the site's colour scheme through its own stylesheet. On a phone a diagram
 * drawn at most 1.4 times the column's width is shrunk to fit; a wider one is drawn up to twice
 * the column width, so its text stays readable, scrolls sideways in a box that takes keyboard
 * focus while it does (src/components/SidewaysScroller), and says so above itself. CSS alone
 * decides, from the drawn width, so the server HTML is final and nothing moves after hydration
 * (decisions/0020).
 */
import type {CSSProperties, ReactNode} from 'react';
import SidewaysScroller from '@site/src/components/SidewaysScroller';
import {drawnWidth} from '@site/src/lib/site/diagramWidth';
import styles from './styles.module.css';

export interface Props {
  /** One <svg> element, as src/diagrams/<key>.svg holds it (trusted: generated in this repo). */
  readonly svg: string;
}

export const SCROLL_HINT = 'Wider than the screen: scroll sideways to see all of it.';

export default function Diagram({svg}: Props): ReactNode {
  const width = drawnWidth(svg);
  const frameStyle =
    width === undefined ? undefined : ({'--diagram-drawn-width': `${width}px`} as CSSProperties);
  return (
    <div className={styles.frame} style={frameStyle}>
      {width !== undefined && (
        // Screen readers hear "Diagram, scrolls sideways" from the box itself.
        <p className={styles.scrollHint} aria-hidden="true">
          {SCROLL_HINT}
        </p>
      )}
      <SidewaysScroller label="Diagram, scrolls sideways">
        <div className={styles.diagram} dangerouslySetInnerHTML={{__html: svg}} />
      </SidewaysScroller>
    </div>
  );
}
