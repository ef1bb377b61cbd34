import {Prism, themes, type PrismTheme} from 'prism-react-renderer';
import {
  cascadedTokenStyle,
  highlightLines,
  inlineTokenStyle,
  isPlainToken,
  prismThemeCss,
} from './codeHighlight';

const light: PrismTheme = {
  plain: {color: '#111111', backgroundColor: '#fafafa'},
  styles: [
    {types: ['comment'], style: {color: '#666666', fontStyle: 'italic'}},
    {types: ['string'], style: {color: '#0000aa'}},
    {types: ['tag'], languages: ['markup'], style: {color: '#00aa00'}},
  ],
};
const dark: PrismTheme = {
  plain: {color: '#eeeeee', backgroundColor: '#222222'},
  styles: [
    {types: ['comment'], style: {color: '#aaaaaa'}},
    {types: ['keyword'], style: {color: '#ff00ff', fontWeight: 'bold'}},
  ],
};

describe('highlightLines', () => {
  it('splits Prism tokens into lines and drops the final line break', () => {
    expect(highlightLines(Prism, '{"a": 1}\n', 'json')).toEqual([
      [
        {types: ['punctuation'], content: '{'},
        {types: ['property'], content: '"a"'},
        {types: ['operator'], content: ':'},
        {types: ['plain'], content: ' '},
        {types: ['number'], content: '1'},
        {types: ['punctuation'], content: '}'},
      ],
    ]);
  });

  it('keeps empty lines as one empty plain token, as Docusaurus renders them', () => {
    expect(highlightLines(Prism, 'a\n\nb', 'text')).toEqual([
      [{types: ['plain'], content: 'a'}],
      [{types: ['plain'], content: ''}],
      [{types: ['plain'], content: 'b'}],
    ]);
  });

  it('treats a language Prism does not know as plain text, whatever its case', () => {
    expect(highlightLines(Prism, 'GET / HTTP/1.1', 'http')).toEqual([
      [{types: ['plain'], content: 'GET / HTTP/1.1'}],
    ]);
    expect(highlightLines(Prism, 'true', 'JSON')).toEqual([
      [{types: ['boolean'], content: 'true'}],
    ]);
  });

  it('tells plain tokens apart from styled ones', () => {
    expect(isPlainToken({types: ['plain'], content: 'x'})).toBe(true);
    expect(isPlainToken({types: ['string'], content: 'x'})).toBe(false);
    expect(isPlainToken({types: ['plain', 'string'], content: 'x'})).toBe(false);
  });
});

describe('prismThemeCss', () => {
  const css = prismThemeCss(light, dark);

  it('sets the colour variables Docusaurus reads, light by default and dark under data-theme', () => {
    expect(css).toContain(
      '.theme-code-block{--prism-color:#111111;--prism-background-color:#fafafa}',
    );
    expect(css).toContain(
      "[data-theme='dark'] .theme-code-block{--prism-color:#eeeeee;--prism-background-color:#222222}",
    );
  });

  it('writes one rule per token type and resets in dark mode what only the light theme sets', () => {
    expect(css).toContain('.theme-code-block .token.comment{color:#666666;font-style:italic}');
    expect(css).toContain(
      "[data-theme='dark'] .theme-code-block .token.comment{color:#aaaaaa;font-style:unset}",
    );
    expect(css).toContain("[data-theme='dark'] .theme-code-block .token.string{color:unset}");
    expect(css).toContain(
      "[data-theme='dark'] .theme-code-block .token.keyword{color:#ff00ff;font-weight:bold}",
    );
    expect(css).not.toMatch(/^\.theme-code-block \.token\.keyword\{/m);
  });

  it('leaves out language-specific theme entries', () => {
    expect(css).not.toContain('.token.tag');
  });

  it('gives the same styles as prism-react-renderer inline styles for single types', () => {
    for (const type of ['comment', 'string', 'keyword', 'punctuation']) {
      expect(cascadedTokenStyle(light, dark, 'light', [type])).toEqual(
        inlineTokenStyle(light, [type]),
      );
      expect(cascadedTokenStyle(light, dark, 'dark', [type])).toEqual(
        inlineTokenStyle(dark, [type]),
      );
    }
  });

  it('works with the stock themes', () => {
    expect(prismThemeCss(themes.github, themes.dracula)).toContain(
      "[data-theme='dark'] .theme-code-block .token.keyword{",
    );
  });
});
