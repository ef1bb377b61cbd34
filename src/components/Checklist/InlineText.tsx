import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {parseInline} from '@site/src/lib/checklist';

/** Renders item text with its `code` and [label](target) markup; everything else stays text. */
export default function InlineText({text}: {readonly text: string}): ReactNode {
  return parseInline(text).map((part, index) => {
    const key = `${index}-${part.kind}`;
    if (part.kind === 'code') return <code key={key}>{part.text}</code>;
    if (part.kind === 'text') return <span key={key}>{part.text}</span>;
    if (part.target.startsWith('/')) {
      return (
        <Link key={key} to={part.target}>
          {part.text}
        </Link>
      );
    }
    return (
      <a key={key} href={part.target} target="_blank" rel="noopener noreferrer">
        {part.text}
      </a>
    );
  });
}
