import {act, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import {useWholeAfterPaint} from './useWholeAfterPaint';

function Shown({text}: {readonly text: string}) {
  const whole = useWholeAfterPaint(text, text.length > 5);
  return <p>{whole ? text : text.slice(0, 5)}</p>;
}

/** Runs the next animation frame, then the task it posts. */
function nextFrameAndTask() {
  act(() => {
    jest.advanceTimersToNextFrame();
  });
  act(() => {
    jest.runOnlyPendingTimers();
  });
}

describe('useWholeAfterPaint', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows a short text whole at once, on the server too', () => {
    expect(renderToString(<Shown text="short" />)).toContain('short');
    render(<Shown text="short" />);
    expect(screen.getByText('short')).toBeInTheDocument();
  });

  it('shows a long text in part until the frame that painted the part has passed', () => {
    const {rerender} = render(<Shown text="a long text" />);
    expect(screen.getByText('a lon')).toBeInTheDocument();
    act(() => {
      jest.advanceTimersToNextFrame();
    });
    // The frame's own callback does not reveal it: the part is what that frame paints.
    expect(screen.getByText('a lon')).toBeInTheDocument();
    act(() => {
      jest.runOnlyPendingTimers();
    });
    expect(screen.getByText('a long text')).toBeInTheDocument();

    rerender(<Shown text="another long text" />);
    expect(screen.getByText('anoth')).toBeInTheDocument();
    nextFrameAndTask();
    expect(screen.getByText('another long text')).toBeInTheDocument();
  });

  it('keeps a text whole when it renders again unchanged', () => {
    const {rerender} = render(<Shown text="a long text" />);
    nextFrameAndTask();
    rerender(<Shown text="a long text" />);
    expect(screen.getByText('a long text')).toBeInTheDocument();
  });

  it('drops a pending reveal when the text changes or the view goes away', () => {
    const {rerender, unmount} = render(<Shown text="first long text" />);
    rerender(<Shown text="second long text" />);
    nextFrameAndTask();
    expect(screen.getByText('second long text')).toBeInTheDocument();
    rerender(<Shown text="third long text" />);
    unmount();
    expect(() => nextFrameAndTask()).not.toThrow();
  });
});
