import {renderToString} from 'react-dom/server';
import {render, screen, waitFor} from '@testing-library/react';
import {useTextOutsideCommit} from './useTextOutsideCommit';

function Box({text, hidden = false}: {text: string; hidden?: boolean}) {
  const shown = useTextOutsideCommit(text);
  return hidden ? <p>hidden</p> : <textarea aria-label="Message" readOnly {...shown} />;
}

describe('useTextOutsideCommit', () => {
  it('puts the first text in the server HTML', () => {
    expect(renderToString(<Box text={'Example\nmessage'} />)).toContain('Example\nmessage');
  });

  it('shows each later text, and the current one in a textarea mounted later', async () => {
    const view = render(<Box text="Example" />);
    expect(screen.getByRole('textbox', {name: 'Message'})).toHaveValue('Example');
    view.rerender(<Box text={'From the run\nline two'} />);
    await waitFor(() =>
      expect(screen.getByRole('textbox', {name: 'Message'})).toHaveValue('From the run\nline two'),
    );
    view.rerender(<Box text="Hidden meanwhile" hidden />);
    view.rerender(<Box text="Shown again" />);
    await waitFor(() =>
      expect(screen.getByRole('textbox', {name: 'Message'})).toHaveValue('Shown again'),
    );
  });
});
