/**
 * A box that scrolls its content sideways when the content is wider than the column (a wide table,
 * a diagram on a phone), so the page itself never does (WCAG 1.4.10). A box that scrolls must be
 * reachable from the keyboard (WCAG 2.1.1), so it becomes a focusable, named group while, and only
 * while, its content overflows. The server HTML is a plain box: those attributes depend on layout.
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useOverflowsHorizontally} from '@site/src/hooks/useOverflowsHorizontally';
import styles from './styles.module.css';

export interface Props {
  /**
   * The group's accessible name while it scrolls, such as "Diagram, scrolls sideways". A function
   * works it out from the page around the box (a caption, a heading); it runs only once the box
   * scrolls, so boxes that fit cost nothing.
   */
  readonly label: string | ((box: HTMLElement) => string);
  readonly className?: string;
  readonly children: ReactNode;
}

export default function SidewaysScroller({label, className, children}: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsHorizontally(ref);
  const [derivedLabel, setDerivedLabel] = useState<string | null>(null);

  useEffect(() => {
    if (!overflows || typeof label === 'string' || ref.current === null) return;
    setDerivedLabel(label(ref.current));
  }, [overflows, label]);

  const name = typeof label === 'string' ? label : derivedLabel;
  return (
    <div
      ref={ref}
      className={clsx(styles.scroller, className)}
      {...(overflows && name !== null ? {tabIndex: 0, role: 'group', 'aria-label': name} : {})}
    >
      {children}
    </div>
  );
}
