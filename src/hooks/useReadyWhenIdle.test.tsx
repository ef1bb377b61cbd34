import {renderToString} from 'react-dom/server';
import {act, cleanup, render, screen} from '@testing-library/react';
import {useReadyWhenIdle} from './useReadyWhenIdle';

function Probe(): React.ReactNode {
  return <output>{useReadyWhenIdle() ? 'ready' : 'waiting'}</output>;
}

describe('useReadyWhenIdle', () => {
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
    delete (window as Partial<Window>).requestIdleCallback;
    delete (window as Partial<Window>).cancelIdleCallback;
  });

  it('is false in the server HTML', () => {
    expect(renderToString(<Probe />)).toContain('waiting');
  });

  it('turns true once the browser reports it is idle, not before', () => {
    let idle: (() => void) | null = null;
    window.requestIdleCallback = (callback) => {
      idle = () => callback({didTimeout: false, timeRemaining: () => 50});
      return 1;
    };
    window.cancelIdleCallback = jest.fn();
    render(<Probe />);
    expect(screen.getByRole('status')).toHaveTextContent('waiting');
    act(() => idle?.());
    expect(screen.getByRole('status')).toHaveTextContent('ready');
  });

  it('falls back to a short timer where there is no requestIdleCallback (Safari)', () => {
    jest.useFakeTimers();
    render(<Probe />);
    expect(screen.getByRole('status')).toHaveTextContent('waiting');
    act(() => jest.advanceTimersByTime(250));
    expect(screen.getByRole('status')).toHaveTextContent('ready');
  });

  it('cancels the idle callback when the component goes away first', () => {
    window.requestIdleCallback = () => 7;
    const cancel = jest.fn();
    window.cancelIdleCallback = cancel;
    const {unmount} = render(<Probe />);
    unmount();
    expect(cancel).toHaveBeenCalledWith(7);
  });
});
