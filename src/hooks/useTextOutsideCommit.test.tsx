import {renderToString} from 'react-dom/server';
import {useState} from 'react';
import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {useTextOutsideCommit} from './useTextOutsideCommit';

function Box({text, hidden = false}: {text: string; hidden?: boolean}) {
  const shown = useTextOutsideCommit(text);
  return hidden ? <p>hidden</p> : <textarea aria-label="Message" readOnly {...shown} />;
}

/** An editable field: what is typed comes back as `text`; the button changes it from outside. */
function Field() {
  const [text, setText] = useState('first');
  const shown = useTextOutsideCommit<HTMLInputElement>(text);
  return (
    <>
      <input aria-label="Name" {...shown} onChange={(event) => setText(event.target.value)} />
      <button type="button" onClick={() => setText('from outside')}>
        Reset
      </button>
      <output aria-label="Saved">{text}</output>
    </>
  );
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

  it('keeps what is typed into an editable field and shows a change made elsewhere', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const field = screen.getByRole('textbox', {name: 'Name'});
    await user.clear(field);
    await user.type(field, 'typed');
    expect(field).toHaveValue('typed');
    expect(screen.getByRole('status', {name: 'Saved'})).toHaveTextContent('typed');
    await user.click(screen.getByRole('button', {name: 'Reset'}));
    await waitFor(() => expect(field).toHaveValue('from outside'));
    await user.type(field, '!');
    expect(field).toHaveValue('from outside!');
  });
});
