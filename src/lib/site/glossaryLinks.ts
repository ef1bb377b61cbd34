/**
 * Finding glossary terms in prose, for the build step that links the first use of each term on a
 * page to its glossary entry (src/plugins/remark-glossary-links). Pure: text in, positions out.
 *
 * Each term declares the exact forms it is written in (`matches: ['IDA', 'IDAs']`); nothing is
 * guessed. A form is matched as a whole word: the characters either side must not be letters,
 * digits, `_` or `-`, so `IDA` is not found in `IDAHO`, `JWT_AUTH`, `JWT-based` or `OEP-42`.
 * Upper-case letters match exactly (acronyms are case-sensitive); a form that starts with a
 * lower-case letter also matches with that letter capitalised, at the start of a sentence.
 */

/** A glossary term as this module needs it. */
export interface LinkableTerm {
  /** Anchor id on the glossary page. */
  readonly id: string;
  /** The exact forms the term is written in, e.g. `['IDA', 'IDAs']`. */
  readonly matches: readonly string[];
}

/** One place in a text where a term is mentioned. `end` is exclusive. */
export interface TermMention {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Characters that continue a word: a term next to one of them is part of a longer word. */
const WORD_CHARACTER = String.raw`[\p{L}\p{N}_-]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms a declared form matches: itself, and capitalised if it starts lower-case. */
export function formVariants(form: string): string[] {
  const first = form.charAt(0);
  const capitalised = first.toLocaleUpperCase('en') + form.slice(1);
  return first !== first.toLocaleUpperCase('en') ? [form, capitalised] : [form];
}

/** Finds the first mentions of glossary terms in a text. Build once, use on every text node. */
export interface GlossaryMatcher {
  /**
   * The first mention of each term in `text` whose id is not in `linked`, in text order. A
   * mention of an already linked term still occupies its words: in "JWT cookie" after the JWT
   * cookie term was linked, the "JWT" inside it is not a mention of the JWT term. At each
   * position the longest form wins ("JWK Set" over "JWK").
   */
  firstMentions(text: string, linked: ReadonlySet<string>): TermMention[];
}

export function compileGlossaryMatcher(terms: readonly LinkableTerm[]): GlossaryMatcher {
  const idByForm = new Map<string, string>();
  for (const term of terms) {
    for (const form of term.matches) {
      if (form === '' || form !== form.replace(/\s+/g, ' ').trim()) {
        throw new Error(
          `Glossary term "${term.id}": match form "${form}" is empty, padded or has a double space.`,
        );
      }
      for (const variant of formVariants(form)) {
        const other = idByForm.get(variant);
        if (other !== undefined && other !== term.id) {
          throw new Error(
            `Glossary terms "${other}" and "${term.id}" both match "${variant}": a form belongs to one term.`,
          );
        }
        idByForm.set(variant, term.id);
      }
    }
  }
  if (idByForm.size === 0) return {firstMentions: () => []};
  // Longest first, so that the alternation prefers "JWT cookies" to "JWT cookie" to "JWT".
  // A space in a form matches any run of white space: phrases wrap across source lines.
  const alternatives = [...idByForm.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((form) => escapeRegExp(form).replace(/ /g, String.raw`\s+`));
  const pattern = new RegExp(
    `(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})(?!${WORD_CHARACTER})`,
    'gu',
  );

  return {
    firstMentions(text, linked) {
      const mentions: TermMention[] = [];
      const seen = new Set(linked);
      for (const match of text.matchAll(pattern)) {
        const id = idByForm.get(match[0].replace(/\s+/g, ' '))!;
        if (seen.has(id)) continue;
        seen.add(id);
        mentions.push({id, start: match.index, end: match.index + match[0].length});
      }
      return mentions;
    },
  };
}

/**
 * The short description a glossary link carries (its `title`): the definition's first sentence,
 * without Markdown code marks, after "Glossary: " so a reader knows where the link goes.
 */
export function glossaryLinkDescription(definition: string): string {
  const plain = definition.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  // A full stop ends the sentence unless it belongs to "e.g." or "i.e.".
  const end = plain.search(/(?<!\b(?:e\.g|i\.e))\.(?=\s|$)/);
  const sentence = end === -1 ? plain : plain.slice(0, end + 1);
  return `Glossary: ${sentence}`;
}
