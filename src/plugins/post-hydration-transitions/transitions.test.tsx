import {act, useContext} from 'react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {fireEvent, render, screen} from '@testing-library/react';
import {BrowserContextProvider, Context} from './browserContext';
import {useWindowSize} from './useWindowSize';

function WindowSize(): React.ReactNode {
  return <output>{useWindowSize()}</output>;
}

function IsBrowser(): React.ReactNode {
  return <output>{useContext(Context) ? 'browser' : 'server'}</output>;
}

function setWidth(width: number): void {
  Object.defineProperty(window, 'innerWidth', {configurable: true, value: width});
}

/** Server-renders `element`, then hydrates that HTML and returns the text right after hydration and once settled. */
async function hydrate(element: React.ReactElement): Promise<{before: string; after: string}> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const before = container.textContent ?? '';
  const recoverable = jest.fn();
  const root = await act(async () =>
    hydrateRoot(container, element, {onRecoverableError: recoverable}),
  );
  expect(recoverable).not.toHaveBeenCalled();
  const after = container.textContent ?? '';
  act(() => root.unmount());
  container.remove();
  return {before, after};
}

afterEach(() => setWidth(1024));

describe('useWindowSize (replaces theme-common’s)', () => {
  it('is "ssr" in the server HTML, then the real size once hydrated', async () => {
    setWidth(390);
    await expect(hydrate(<WindowSize />)).resolves.toEqual({before: 'ssr', after: 'mobile'});
    setWidth(1280);
    await expect(hydrate(<WindowSize />)).resolves.toEqual({before: 'ssr', after: 'desktop'});
  });

  it('uses the same breakpoint as Infima’s CSS (996 px is still mobile)', () => {
    setWidth(996);
    render(<WindowSize />);
    expect(screen.getByRole('status')).toHaveTextContent('mobile');
  });

  it('follows the window across the breakpoint', () => {
    setWidth(1280);
    render(<WindowSize />);
    expect(screen.getByRole('status')).toHaveTextContent('desktop');
    setWidth(600);
    act(() => {
      fireEvent(window, new Event('resize'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('mobile');
  });
});

describe('BrowserContextProvider (replaces Docusaurus core’s)', () => {
  it('says "server" in the server HTML and through hydration, then "browser"', async () => {
    await expect(
      hydrate(
        <BrowserContextProvider>
          <IsBrowser />
        </BrowserContextProvider>,
      ),
    ).resolves.toEqual({before: 'server', after: 'browser'});
  });
});
