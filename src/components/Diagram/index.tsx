/**
 * A diagram drawn at build time: the SVG that `npm run diagrams` rendered from a ```mermaid block
 * (decisions/0018), which src/plugins/remark-static-diagrams puts here. It needs no JavaScript:
 * its colours follow the site's colour scheme through its own stylesheet. On a phone it is drawn
 * up to twice the column width, so its text stays readable, and scrolls sideways in a box that
 * takes keyboard focus while it does (src/components/SidewaysScroller).
 */
import type {ReactNode} from 'react';
import SidewaysScroller from '@site/src/components/SidewaysScroller';
import styles from './styles.module.css';

export interface Props {
  /** One <svg> element, as src/diagrams/<key>.svg holds it (trusted: generated in this repo). */
  readonly svg: string;
}

export default function Diagram({svg}: Props): ReactNode {
  return (
    <SidewaysScroller label="Diagram, scrolls sideways">
      <div className={styles.diagram} dangerouslySetInnerHTML={{__html: svg}} />
    </SidewaysScroller>
  );
}
