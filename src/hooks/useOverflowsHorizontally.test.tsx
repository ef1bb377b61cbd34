import {useRef} from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {installFakeLayout, observedCount, resize} from '@site/test/fakeLayout';
import {useOverflowsHorizontally} from './useOverflowsHorizontally';

function Box() {
  const ref = useRef<HTMLOutputElement>(null);
  const overflows = useOverflowsHorizontally(ref);
  return <output ref={ref}>{overflows ? 'scrolls' : 'fits'}</output>;
}

beforeAll(installFakeLayout);

describe('useOverflowsHorizontally', () => {
  it('says "fits" on the server and until the box is measured', () => {
    expect(renderToString(<Box />)).toContain('fits');
    render(<Box />);
    expect(screen.getByRole('status')).toHaveTextContent('fits');
  });

  it('follows the content as it becomes wider than the box and narrower again', () => {
    render(<Box />);
    resize(300);
    expect(screen.getByRole('status')).toHaveTextContent('fits');
    resize(700);
    expect(screen.getByRole('status')).toHaveTextContent('scrolls');
    resize(300, 200);
    expect(screen.getByRole('status')).toHaveTextContent('scrolls');
    resize(300, 400);
    expect(screen.getByRole('status')).toHaveTextContent('fits');
  });

  it('ignores a one-pixel difference from rounding', () => {
    render(<Box />);
    resize(301);
    expect(screen.getByRole('status')).toHaveTextContent('fits');
  });

  it('stops observing when the box unmounts', () => {
    const {unmount} = render(<Box />);
    expect(observedCount()).toBe(1);
    unmount();
    expect(observedCount()).toBe(0);
  });

  it('says "fits" in a browser without ResizeObserver', () => {
    const {ResizeObserver} = globalThis;
    // @ts-expect-error: simulating an old browser
    delete globalThis.ResizeObserver;
    try {
      render(<Box />);
      expect(screen.getByRole('status')).toHaveTextContent('fits');
    } finally {
      globalThis.ResizeObserver = ResizeObserver;
    }
  });
});
