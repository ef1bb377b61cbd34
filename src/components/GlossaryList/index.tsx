/**
 * The glossary, rendered from src/data/glossary.ts as a definition list sorted by
 * term. Each term's id is its glossary id, so pages can link
 * `../reference/glossary.mdx#restricted-application`.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {glossary} from '@site/src/data/glossary';
import type {GlossaryTerm} from '@site/src/data/types';
import {DirectLink, InlineText} from '@site/src/components/ReferenceParts';
import styles from './styles.module.css';

/** Terms in reading order: alphabetical, ignoring case and markup. */
export function sortTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const plain = (term: GlossaryTerm): string => term.term.replace(/`/g, '');
  return [...terms].sort((a, b) => plain(a).localeCompare(plain(b), 'en', {sensitivity: 'base'}));
}

function Entry({term}: {readonly term: GlossaryTerm}): ReactNode {
  return (
    <>
      <dt id={term.id} className={styles.term}>
        <InlineText text={term.term} />
        <DirectLink id={term.id} name={term.term.replace(/`/g, '')} />
      </dt>
      <dd className={styles.definition}>
        <InlineText text={term.definition} />
        {term.sources && term.sources.length > 0 ? (
          <span className={styles.sources}>
            {' '}
            Sources:{' '}
            {term.sources.map((source, index) => (
              <span key={source.url}>
                {index > 0 ? '; ' : null}
                <a href={source.url}>{source.label}</a>
              </span>
            ))}
            .
          </span>
        ) : null}
      </dd>
    </>
  );
}

export default function GlossaryList(): ReactNode {
  const brokenLinks = useBrokenLinks();
  const terms = sortTerms(glossary);
  for (const term of terms) {
    brokenLinks.collectAnchor(term.id);
  }
  return (
    <dl className={styles.glossary}>
      {terms.map((term) => (
        <Entry key={term.id} term={term} />
      ))}
    </dl>
  );
}
