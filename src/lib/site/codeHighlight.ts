/**
 * Syntax highlighting done once, at build time (decisions/0007): Prism splits each code block into
 * tokens, the page ships them as plain `<span class="token …">` elements, and the colours of both
 * Prism themes come from a generated stylesheet instead of inline styles. Browsers then never load
 * or run Prism, and a code block looks right in either colour mode before any script runs.
 */
import {normalizeTokens, type PrismLib, type PrismTheme, type Token} from 'prism-react-renderer';

/** One line of a highlighted code block: Prism token types and text, in order. */
export type HighlightedLine = Token[];

/**
 * Splits `code` into lines of Prism tokens, as prism-react-renderer's `<Highlight>` does. A
 * language Prism does not know is kept as plain text. The trailing line break that Markdown leaves
 * on a fenced block is dropped (Docusaurus drops it too).
 */
export function highlightLines(prism: PrismLib, code: string, language: string): HighlightedLine[] {
  const text = code.replace(/\r?\n$/, '');
  const grammar = prism.languages[language.toLowerCase()];
  if (grammar === undefined) return normalizeTokens([text]);
  const env = {code: text, grammar, language, tokens: [] as ReturnType<PrismLib['tokenize']>};
  prism.hooks.run('before-tokenize', env);
  env.tokens = prism.tokenize(text, grammar);
  prism.hooks.run('after-tokenize', env);
  return normalizeTokens(env.tokens).map((line) =>
    // An empty line is one "\n" token; Docusaurus renders it as an empty line with a <br>.
    line.length === 1 && line[0]!.content === '\n' ? [{types: ['plain'], content: ''}] : line,
  );
}

/** Whether a token needs its own element: plain text inherits the block's colour. */
export function isPlainToken(token: Token): boolean {
  return token.types.length === 1 && token.types[0] === 'plain';
}

type StyleValue = string | number;
type Declarations = Record<string, StyleValue>;

/** Style of each token type, merged in theme order (prism-react-renderer's `themeToDict`). */
export function tokenStyles(theme: PrismTheme): Map<string, Declarations> {
  const styles = new Map<string, Declarations>();
  for (const entry of theme.styles) {
    if (entry.languages !== undefined) continue;
    for (const type of entry.types) {
      styles.set(type, {...styles.get(type), ...(entry.style as Declarations)});
    }
  }
  return styles;
}

/** What prism-react-renderer would put in a token's inline style: later types win. */
export function inlineTokenStyle(theme: PrismTheme, types: readonly string[]): Declarations {
  const styles = tokenStyles(theme);
  return Object.assign({}, ...types.map((type) => styles.get(type) ?? {})) as Declarations;
}

/**
 * What the generated stylesheet gives a token with these types. Light rules apply in both modes;
 * dark rules are more specific, so in dark mode they all win over the light ones. Within each
 * group a later rule wins where two apply.
 */
export function cascadedTokenStyle(
  light: PrismTheme,
  dark: PrismTheme,
  mode: 'light' | 'dark',
  types: readonly string[],
): Declarations {
  const rules = tokenRules(light, dark);
  const result: Declarations = {};
  const apply = (style: Declarations): void => {
    for (const [property, value] of Object.entries(style)) {
      if (value === 'unset') delete result[property];
      else result[property] = value;
    }
  };
  for (const rule of rules) if (types.includes(rule.type)) apply(rule.light);
  if (mode === 'dark') for (const rule of rules) if (types.includes(rule.type)) apply(rule.dark);
  return result;
}

interface TokenRule {
  readonly type: string;
  readonly light: Declarations;
  readonly dark: Declarations;
}

/**
 * One light and one dark rule per token type that either theme styles. The dark rule also resets
 * (`unset`) what the light rule sets and the dark theme does not, since light rules apply in dark
 * mode too.
 */
function tokenRules(light: PrismTheme, dark: PrismTheme): TokenRule[] {
  const lightStyles = tokenStyles(light);
  const darkStyles = tokenStyles(dark);
  const types = [...new Set([...lightStyles.keys(), ...darkStyles.keys()])];
  return types.map((type) => {
    const lightStyle = lightStyles.get(type) ?? {};
    const darkStyle = darkStyles.get(type) ?? {};
    const resets = Object.keys(lightStyle).filter((property) => !(property in darkStyle));
    return {
      type,
      light: lightStyle,
      dark: {...darkStyle, ...Object.fromEntries(resets.map((property) => [property, 'unset']))},
    };
  });
}

const cssProperty = (property: string): string =>
  property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function declarations(style: Declarations): string {
  return Object.entries(style)
    .map(([property, value]) => `${cssProperty(property)}:${value}`)
    .join(';');
}

/** The colour variables Docusaurus' code block styles read (`getPrismCssVariables`). */
function plainVariables(theme: PrismTheme): Declarations {
  const variables: Declarations = {};
  if (theme.plain.color !== undefined) variables['--prism-color'] = theme.plain.color;
  if (theme.plain.backgroundColor !== undefined) {
    variables['--prism-background-color'] = theme.plain.backgroundColor;
  }
  return variables;
}

/**
 * A stylesheet that colours statically highlighted code blocks with the light theme, and with the
 * dark theme under `[data-theme='dark']`. Light is the default, so pages read without JavaScript
 * (no `data-theme` attribute) get the light colours.
 */
export function prismThemeCss(light: PrismTheme, dark: PrismTheme): string {
  const block = '.theme-code-block';
  const darkBlock = `[data-theme='dark'] ${block}`;
  const lines = [
    `${block}{${declarations(plainVariables(light))}}`,
    `${darkBlock}{${declarations(plainVariables(dark))}}`,
  ];
  const rules = tokenRules(light, dark);
  for (const rule of rules) {
    if (Object.keys(rule.light).length > 0) {
      lines.push(`${block} .token.${rule.type}{${declarations(rule.light)}}`);
    }
  }
  for (const rule of rules) {
    if (Object.keys(rule.dark).length > 0) {
      lines.push(`${darkBlock} .token.${rule.type}{${declarations(rule.dark)}}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
