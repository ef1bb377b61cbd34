import type * as React from 'react';
import {act, type ReactNode} from 'react';
import {renderToString} from 'react-dom/server';
import {hydrateRoot} from 'react-dom/client';
import {render, screen, waitFor} from '@testing-library/react';
import CodeBlock from './index';

// Jest does not map Docusaurus' theme aliases: stand-ins with the same contracts.
const providedMetadata = jest.fn();
jest.mock(
  '@docusaurus/theme-common',
  () => ({
    ThemeClassNames: {common: {codeBlock: 'theme-code-block'}},
    useThemeConfig: () => ({prism: {magicComments: [], defaultLanguage: undefined}}),
  }),
  {virtual: true},
);
jest.mock(
  '@docusaurus/theme-common/internal',
  () => {
    const {useRef} = jest.requireActual<typeof React>('react');
    return {
      createCodeBlockMetadata: (params: {
        code: string;
        className?: string;
        metastring?: string;
      }) => {
        const language = params.className?.replace('language-', '') ?? 'text';
        return {
          code: params.code.replace(/\n$/, ''),
          className: params.className ?? `language-${language}`,
          language,
          title: /title="([^"]*)"/.exec(params.metastring ?? '')?.[1],
          lineClassNames: {},
        };
      },
      CodeBlockContextProvider: ({
        metadata,
        children,
      }: {
        metadata: unknown;
        children: ReactNode;
      }) => {
        providedMetadata(metadata);
        return children;
      },
      useCodeWordWrap: () => ({
        codeBlockRef: useRef(null),
        isEnabled: false,
        isCodeScrollable: false,
      }),
    };
  },
  {virtual: true},
);
jest.mock('@theme/CodeBlock/Buttons', () => () => <button type="button">Copy</button>, {
  virtual: true,
});
jest.mock(
  '@theme/CodeBlock/Title',
  () =>
    ({children}: {children: ReactNode}) =>
      children,
  {
    virtual: true,
  },
);

// What src/plugins/rehype-static-highlight makes of `{"a": 1}` and an empty line.
const staticLines = [
  <div key="1" className="token-line">
    <span className="token punctuation">{'{'}</span>
    <span className="token property">&quot;a&quot;</span>
    <span className="token operator">:</span> <span className="token number">1</span>
    <span className="token punctuation">{'}'}</span>
    <br />
  </div>,
  <div key="2" className="token-line">
    <br />
  </div>,
];

afterEach(() => providedMetadata.mockReset());

describe('CodeBlock', () => {
  it('renders highlighted lines as they come, and copies their text', async () => {
    const {container} = render(
      <CodeBlock className="language-json" metastring='title="x.json"'>
        {staticLines}
      </CodeBlock>,
    );
    expect(screen.getByText('x.json')).toBeInTheDocument();
    const code = container.querySelector('pre.prism-code.language-json > code');
    expect(code?.querySelectorAll('.token-line')).toHaveLength(2);
    expect(code?.querySelector('.token.number')?.textContent).toBe('1');
    expect(container.firstElementChild).toHaveClass('language-json', 'theme-code-block');
    expect(container.querySelector('[style]')).toBeNull();
    await screen.findByRole('button', {name: 'Copy'});
    expect(providedMetadata).toHaveBeenLastCalledWith(
      expect.objectContaining({code: '{"a": 1}\n', language: 'json'}),
    );
  });

  it('shows code passed as a string as plain lines', () => {
    const {container} = render(
      <CodeBlock language="ts">{'const a = 1;\nconst b = 2;\n'}</CodeBlock>,
    );
    const lines = [...container.querySelectorAll('code > .token-line')].map(
      (line) => line.textContent,
    );
    expect(lines).toEqual(['const a = 1;', 'const b = 2;']);
  });

  it('hydrates without a change: the buttons come later, when the browser is idle', async () => {
    const element = <CodeBlock className="language-json">{staticLines}</CodeBlock>;
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverDom = container.innerHTML;
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, {onRecoverableError: (error) => errors.push(error)});
    });
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(serverDom);
    await waitFor(() => expect(container.querySelector('button')).not.toBeNull());
    container.remove();
  });
});
