/**
 * The site's one mark for an inference: a statement that is our reading of the cited code or
 * documents, not something a source says in so many words (decisions/0017). Put it right after the
 * sentence it qualifies: `… tries every key in order <Inferred />.` It links to the explanation on
 * the Reference index, because a tooltip alone cannot be read on a phone or with a keyboard.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** Where the convention is explained. */
export const INFERENCE_EXPLANATION = '/docs/reference#how-to-read';
/** The tooltip, and the accessible description of the mark. */
export const INFERENCE_TITLE = 'Our reading of the cited code, not a statement of the source';

export default function Inferred(): ReactNode {
  return (
    <Link to={INFERENCE_EXPLANATION} className={styles.marker} title={INFERENCE_TITLE}>
      inference
    </Link>
  );
}
