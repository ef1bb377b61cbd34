/**
 * Wrapped Mermaid diagram. A diagram wider than the column scrolls sideways in this box: any that
 * cannot shrink further, and on a phone every diagram, which is drawn up to twice the column width
 * so that its text stays readable (src/css/custom.css). A box that scrolls must be reachable from
 * the keyboard (WCAG 2.1.1), so the wrapper becomes a focusable, labelled group while, and only
 * while, its diagram is wider than the column. Rendering is Docusaurus' own.
 */
import {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import Mermaid from '@theme-original/Mermaid';
import styles from './styles.module.css';

type Props = ComponentProps<typeof Mermaid>;

export default function MermaidWrapper(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (box === null || typeof ResizeObserver !== 'function') return undefined;
    const measure = (): void => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // The SVG arrives after hydration and changes the box's height; a narrower window changes its width.
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={styles.scroller}
      {...(scrolls ? {tabIndex: 0, role: 'group', 'aria-label': 'Diagram, scrolls sideways'} : {})}
    >
      <Mermaid {...props} />
    </div>
  );
}
