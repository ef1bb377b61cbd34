/**
 * The tiny inline markup allowed in checklist item details: `code` and [label](target) links.
 * Everything else is plain text, so details can never inject HTML.
 */
export type InlinePart =
  | {readonly kind: 'text'; readonly text: string}
  | {readonly kind: 'code'; readonly text: string}
  | {readonly kind: 'link'; readonly text: string; readonly target: string};

const TOKEN = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({kind: 'text', text: source.slice(last, index)});
    if (match[1] !== undefined) parts.push({kind: 'code', text: match[1]});
    else parts.push({kind: 'link', text: match[2] ?? '', target: match[3] ?? ''});
    last = index + match[0].length;
  }
  if (last < source.length) parts.push({kind: 'text', text: source.slice(last)});
  return parts;
}

/** The plain-text reading of inline markup (for print, Markdown and search). */
export function inlineToText(source: string): string {
  return parseInline(source)
    .map((part) => part.text)
    .join('');
}
