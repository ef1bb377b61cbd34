import {
  compileGlossaryMatcher,
  formVariants,
  glossaryLinkDescription,
  type LinkableTerm,
} from './glossaryLinks';

const terms: LinkableTerm[] = [
  {id: 'ida', matches: ['IDA', 'IDAs']},
  {id: 'lms', matches: ['LMS']},
  {id: 'jwt', matches: ['JWT', 'JWTs']},
  {id: 'jwt-cookie', matches: ['JWT cookie', 'JWT cookies']},
  {id: 'jwk', matches: ['JWK', 'JWKs']},
  {id: 'jwks', matches: ['JWKS', 'JWK Set']},
  {id: 'service-user', matches: ['service user', 'service users']},
  {id: 'edx-drf-extensions', matches: ['edx-drf-extensions']},
];
const matcher = compileGlossaryMatcher(terms);

/** The mentioned words, as `id=text`, for readable expectations. */
function mentions(text: string, linked: readonly string[] = []): string[] {
  return matcher
    .firstMentions(text, new Set(linked))
    .map(({id, start, end}) => `${id}=${text.slice(start, end)}`);
}

describe('compileGlossaryMatcher', () => {
  it.each([
    ['a plain mention', 'Each IDA checks it.', ['ida=IDA']],
    ['a declared plural', 'All IDAs check it.', ['ida=IDAs']],
    ['the term as the whole text', 'IDA', ['ida=IDA']],
    ['terms before punctuation', 'the LMS, then the IDA.', ['lms=LMS', 'ida=IDA']],
    ['terms in parentheses and quotes', '(IDA) and “LMS”', ['ida=IDA', 'lms=LMS']],
    ['a term before a possessive', 'the LMS’s key', ['lms=LMS']],
    ['a term next to a slash', 'LMS/Studio', ['lms=LMS']],
  ])('finds %s', (_case, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    ['an acronym inside a word', 'IDAHO and FIDA and IDAx'],
    ['an acronym in another case', 'Ida and ida and Lms'],
    ['an acronym inside an identifier', 'JWT_AUTH and LMS_ROOT and my_IDA'],
    ['an acronym in a hyphenated compound', 'JWT-based, non-LMS, IDA-specific'],
    ['a plural form the term does not declare', 'two LMSs'],
    ['an acronym followed by a digit', 'IDA2'],
  ])('finds nothing in %s', (_case, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('returns only the first mention of each term', () => {
    expect(mentions('The IDA asks the LMS; the IDA then asks the LMS again.')).toEqual([
      'ida=IDA',
      'lms=LMS',
    ]);
  });

  it('treats the plural as the same term: only its first form is returned', () => {
    expect(mentions('IDAs differ; each IDA has its own settings.')).toEqual(['ida=IDAs']);
  });

  it('skips terms already linked earlier on the page', () => {
    expect(mentions('The IDA asks the LMS.', ['ida'])).toEqual(['lms=LMS']);
  });

  it('prefers the longest form at a position', () => {
    expect(mentions('The JWT cookies are split.')).toEqual(['jwt-cookie=JWT cookies']);
    expect(mentions('A JWK Set lists each JWK.')).toEqual(['jwks=JWK Set', 'jwk=JWK']);
  });

  it('does not find a shorter term inside a longer one that was already linked', () => {
    expect(mentions('The JWT cookie holds a JWT.', ['jwt-cookie'])).toEqual(['jwt=JWT']);
    expect(mentions('The JWT cookie again.', ['jwt-cookie'])).toEqual([]);
  });

  it('matches a lower-case phrase capitalised at the start of a sentence, but not in other cases', () => {
    expect(mentions('Service users own applications.')).toEqual(['service-user=Service users']);
    expect(mentions('a service user')).toEqual(['service-user=service user']);
    expect(mentions('SERVICE USER and service User')).toEqual([]);
  });

  it('matches a phrase that wraps across source lines', () => {
    expect(mentions('a public JWK\nSet and a\nservice  user')).toEqual([
      'jwks=JWK\nSet',
      'service-user=service  user',
    ]);
  });

  it('matches forms that contain hyphens as a whole', () => {
    expect(mentions('edx-drf-extensions decodes it')).toEqual([
      'edx-drf-extensions=edx-drf-extensions',
    ]);
    expect(mentions('my-edx-drf-extensions-fork')).toEqual([]);
  });

  it('returns offsets into the original text', () => {
    const text = 'Ask the LMS.';
    expect(matcher.firstMentions(text, new Set())).toEqual([{id: 'lms', start: 8, end: 11}]);
  });

  it('refuses a form claimed by two terms', () => {
    expect(() =>
      compileGlossaryMatcher([
        {id: 'a', matches: ['token']},
        {id: 'b', matches: ['Token']},
      ]),
    ).toThrow(/"a" and "b" both match "Token"/);
  });

  it('refuses an empty or padded form', () => {
    expect(() => compileGlossaryMatcher([{id: 'a', matches: [' LMS']}])).toThrow(/padded/);
    expect(() => compileGlossaryMatcher([{id: 'a', matches: ['JWK  Set']}])).toThrow(/double/);
  });

  it('finds nothing when no term declares a form', () => {
    expect(compileGlossaryMatcher([{id: 'a', matches: []}]).firstMentions('a', new Set())).toEqual(
      [],
    );
  });
});

describe('formVariants', () => {
  it('adds the capitalised form of a lower-case form only', () => {
    expect(formVariants('mint')).toEqual(['mint', 'Mint']);
    expect(formVariants('IDA')).toEqual(['IDA']);
    expect(formVariants('edx-drf-extensions')).toEqual([
      'edx-drf-extensions',
      'Edx-drf-extensions',
    ]);
  });
});

describe('glossaryLinkDescription', () => {
  it('is the first sentence without code marks', () => {
    expect(
      glossaryLinkDescription(
        'The registered claim naming who created the token. In Open edX `JWT_ISSUER` names it.',
      ),
    ).toBe('Glossary: The registered claim naming who created the token.');
  });

  it('does not end the sentence at "e.g."', () => {
    expect(
      glossaryLinkDescription('A toggle (e.g. `X`) stored in the database. Flipped at runtime.'),
    ).toBe('Glossary: A toggle (e.g. X) stored in the database.');
  });

  it('keeps a definition without a full stop whole', () => {
    expect(glossaryLinkDescription('Micro-frontend')).toBe('Glossary: Micro-frontend');
  });
});
