/**
 * The two Docusaurus hooks that patches/ turns into transitions (decisions/0022), as installed in
 * node_modules. A transition that suspends keeps the content already on screen, where a plain
 * update shows the Suspense fallback: that tells the two apart through React's public API. If
 * `npm ci` ran without its postinstall step, or an upgrade dropped a patch, these tests fail.
 */
import {Suspense, use, useContext, type ReactNode} from 'react';
import {act} from '@testing-library/react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
// By path: neither file is in its package's `exports`; these are the files the patches change.
import {
  BrowserContextProvider,
  Context,
} from '../../node_modules/@docusaurus/core/lib/client/browserContext.js';
import {useWindowSize} from '../../node_modules/@docusaurus/theme-common/lib/hooks/useWindowSize.js';

const never = new Promise<never>(() => {});

/** Shows `value` while it is `initial`; suspends for good once it changes. */
function SuspendOnChange({value, initial}: {value: string; initial: string}): ReactNode {
  if (value !== initial) use(never);
  return value;
}

function WindowSize(): ReactNode {
  return <SuspendOnChange value={useWindowSize()} initial="ssr" />;
}

function IsBrowser(): ReactNode {
  return <SuspendOnChange value={useContext(Context) ? 'browser' : 'server'} initial="server" />;
}

/** Server-renders `element` in a Suspense boundary, hydrates it, and returns what shows once settled. */
async function textAfterHydration(element: ReactNode): Promise<string> {
  const tree = <Suspense fallback="fallback">{element}</Suspense>;
  const container = document.createElement('div');
  container.innerHTML = renderToString(tree);
  document.body.append(container);
  const root = await act(async () => hydrateRoot(container, tree));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  const text = container.textContent ?? '';
  act(() => root.unmount());
  container.remove();
  return text;
}

it('useWindowSize() leaves "ssr" in a transition (the theme-common patch applied)', async () => {
  await expect(textAfterHydration(<WindowSize />)).resolves.toBe('ssr');
});

it('useIsBrowser() turns true in a transition (the core patch applied)', async () => {
  await expect(
    textAfterHydration(
      <BrowserContextProvider>
        <IsBrowser />
      </BrowserContextProvider>,
    ),
  ).resolves.toBe('server');
});
