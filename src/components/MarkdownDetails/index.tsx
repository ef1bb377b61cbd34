/**
 * A Markdown `<details>`, as the browser's own element with the theme's look; registered for
 * `details` in src/theme/MDXComponents. Docusaurus' Details animates opening with React state and
 * adds a class to every `<details>` once the page has hydrated; on a long page such as OEP-42 that
 * made one 40 ms commit after load under Lighthouse's tracing (decisions/0027). The native element
 * opens and closes without JavaScript, the same before and after hydration.
 */
import {Children, isValidElement, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

export default function MarkdownDetails({
  children,
  className,
  ...props
}: ComponentProps<'details'>): ReactNode {
  // A `<details id>` is a link target; the build's broken-anchor check must know it.
  useBrokenLinks().collectAnchor(props.id);
  const items = Children.toArray(children);
  const summary = items.find((item) => isValidElement(item) && item.type === 'summary');
  return (
    <details {...props} className={clsx('alert alert--info', styles.details, className)}>
      {summary ?? <summary>Details</summary>}
      <div className={styles.content}>{items.filter((item) => item !== summary)}</div>
    </details>
  );
}
