/**
 * Swizzled CodeBlock (decisions/0007). Markdown code blocks arrive already highlighted: their
 * children are the `token-line` elements that src/plugins/rehype-static-highlight wrote at build
 * time, rendered here as they are. Code passed as a string (from a component) is shown as plain
 * text. So no page loads Prism, and unlike Docusaurus' CodeBlock this one does not re-mount after
 * hydration to swap theme colours: the colours come from CSS, for both modes.
 *
 * Title, copy and word-wrap buttons are Docusaurus' own. The buttons (which need JavaScript, and
 * are invisible until the block is hovered or focused) are added when the browser is idle after
 * hydration, in a transition, rather than in the update that follows hydration on every page.
 */
import {
  Children,
  isValidElement,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import clsx from 'clsx';
import {ThemeClassNames, useThemeConfig} from '@docusaurus/theme-common';
import {
  CodeBlockContextProvider,
  createCodeBlockMetadata,
  useCodeWordWrap,
} from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';
import {useReadyWhenIdle} from '@site/src/hooks/useReadyWhenIdle';
import Title from '@theme/CodeBlock/Title';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

type Metadata = ReturnType<typeof createCodeBlockMetadata>;

/** The text a rendered line shows (a `<br>` ends a line, it adds no text). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

function plainLines(code: string, lineClassNames: Record<number, string[]>): ReactNode {
  return code.split('\n').map((line, index) => (
    <div key={index} className={clsx('token-line', lineClassNames[index])}>
      {line}
      <br />
    </div>
  ));
}

/** Copy and word-wrap buttons, with the state Docusaurus' buttons read from the context. */
function Tools({
  metadata,
  preRef,
}: {
  readonly metadata: Metadata;
  readonly preRef: RefObject<HTMLPreElement | null>;
}): ReactNode {
  const wordWrap = useCodeWordWrap();
  const {codeBlockRef} = wordWrap;
  // The <pre> belongs to CodeBlock; word wrap measures it (layout effects run before its effects).
  useLayoutEffect(() => {
    codeBlockRef.current = preRef.current;
  }, [codeBlockRef, preRef]);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Buttons />
    </CodeBlockContextProvider>
  );
}

export default function CodeBlock({
  children,
  className,
  metastring,
  title,
  language,
  showLineNumbers,
}: Props): ReactNode {
  const {prism} = useThemeConfig();
  const highlighted = typeof children !== 'string';
  // Docusaurus drops one final line break; the static lines have already lost theirs.
  const code = highlighted ? `${Children.toArray(children).map(textOf).join('\n')}\n` : children;
  const metadata = createCodeBlockMetadata({
    code,
    className,
    metastring,
    // Static lines cannot drop magic-comment lines; the rehype plugin rejects them at build time.
    magicComments: highlighted ? [] : prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language,
    title,
    showLineNumbers,
  });
  const preRef = useRef<HTMLPreElement>(null);
  const withTools = useReadyWhenIdle();

  return (
    <div className={clsx(metadata.className, styles.container, ThemeClassNames.common.codeBlock)}>
      {metadata.title && (
        <div className={styles.title}>
          <Title>{metadata.title}</Title>
        </div>
      )}
      <div className={styles.content}>
        <pre
          ref={preRef}
          // The block scrolls sideways, so keyboard users must be able to focus it.
          tabIndex={0}
          className={clsx(
            'prism-code',
            `language-${metadata.language}`,
            styles.pre,
            'thin-scrollbar',
          )}
        >
          <code className={styles.lines}>
            {highlighted ? children : plainLines(metadata.code, metadata.lineClassNames)}
          </code>
        </pre>
        {withTools && <Tools metadata={metadata} preRef={preRef} />}
      </div>
    </div>
  );
}
