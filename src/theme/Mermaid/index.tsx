/**
 * Wrapped Mermaid diagram. A diagram wider than the column scrolls sideways in this box: any that
 * cannot shrink further, and on a phone every diagram, which is drawn up to twice the column width
 * so that its text stays readable (src/css/custom.css). The box takes keyboard focus only while it
 * scrolls (src/components/SidewaysScroller). Rendering is Docusaurus' own.
 */
import type {ComponentProps, ReactNode} from 'react';
import Mermaid from '@theme-original/Mermaid';
import SidewaysScroller from '@site/src/components/SidewaysScroller';

type Props = ComponentProps<typeof Mermaid>;

export default function MermaidWrapper(props: Props): ReactNode {
  return (
    <SidewaysScroller label="Diagram, scrolls sideways">
      <Mermaid {...props} />
    </SidewaysScroller>
  );
}
