/**
 * A Markdown table. Infima makes every table a block that scrolls sideways on its own, and a box
 * that scrolls must be reachable from the keyboard (axe: scrollable-region-focusable). Here the
 * table keeps table layout inside a SidewaysScroller, which scrolls instead and, while it does, is a
 * focusable group named after the table. The server HTML holds the plain table, so pages read the
 * same without JavaScript.
 */
import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import SidewaysScroller from '@site/src/components/SidewaysScroller';
import styles from './styles.module.css';

const headings = 'h1, h2, h3, h4, h5, h6';

/** A heading's text without the `#` link Docusaurus puts in it (that link has its own label). */
function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const link of copy.querySelectorAll('.hash-link')) link.remove();
  return copy.textContent ?? '';
}

/** The last heading before `start` in document order, within the page's Markdown content. */
function precedingHeading(start: Element): Element | null {
  const scope = start.closest('.markdown, article, main');
  for (
    let node: Element | null = start;
    node !== null && node !== scope;
    node = node.parentElement
  ) {
    for (let before = node.previousElementSibling; before; before = before.previousElementSibling) {
      if (before.matches(headings)) return before;
      const inside = before.querySelectorAll(headings);
      if (inside.length > 0) return inside[inside.length - 1]!;
    }
  }
  return null;
}

/**
 * The scrolling box's name, so a screen reader user who tabs to it learns which table it is: the
 * caption if there is one, else the heading the table sits under (Markdown tables have no caption).
 */
function tableLabel(box: HTMLElement): string {
  const caption = box.querySelector('caption')?.textContent?.trim();
  const heading = caption ? null : precedingHeading(box);
  const title = (caption || (heading ? headingText(heading) : '')).replace(/\s+/g, ' ').trim();
  return title ? `Table: ${title}, scrolls sideways` : 'Table, scrolls sideways';
}

export default function MDXTable({className, ...props}: ComponentProps<'table'>): ReactNode {
  return (
    <SidewaysScroller label={tableLabel} className={styles.scroller}>
      <table {...props} className={clsx(styles.table, className)} />
    </SidewaysScroller>
  );
}
