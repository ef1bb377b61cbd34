import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {useState} from 'react';
import ToolBoundary from '.';

/** A tool that throws while rendering once its notes say "boom", as a bug on odd input would. */
function FragileTool(): React.JSX.Element {
  const [notes, setNotes] = useState('');
  const [title, setTitle] = useState('');
  if (notes.includes('boom')) throw new Error('Maximum call stack size exceeded');
  return (
    <>
      <label htmlFor="title">Title</label>
      <input id="title" value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor="notes">Notes</label>
      <textarea id="notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
    </>
  );
}

function Page(): React.JSX.Element {
  return (
    <main>
      <h1>Rollout</h1>
      <ToolBoundary tool="JWT decoder">
        <FragileTool />
      </ToolBoundary>
      <ToolBoundary tool="checklist">
        <button type="button">Tick</button>
      </ToolBoundary>
    </main>
  );
}

beforeEach(() => {
  // React reports the caught error on the console; the test checks what the reader sees instead.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

it('replaces only the tool that threw, keeps what the reader typed, and starts it again', async () => {
  const user = userEvent.setup();
  render(<Page />);
  await user.type(screen.getByRole('textbox', {name: 'Title'}), 'Rotate the key');
  await user.type(screen.getByRole('textbox', {name: 'Notes'}), 'a boom');

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(
    'The JWT decoder stopped working (Maximum call stack size exceeded). The rest of this page still works. What you had typed into it is below, to copy.',
  );
  expect(screen.getByRole('textbox', {name: 'What you typed in “Title”'})).toHaveValue(
    'Rotate the key',
  );
  // Everything typed, the keystroke that broke the tool included.
  expect(screen.getByRole('textbox', {name: 'What you typed in “Notes”'})).toHaveValue('a boom');
  // The rest of the page, the other tool included, is still there.
  expect(screen.getByRole('heading', {name: 'Rollout'})).toBeVisible();
  expect(screen.getByRole('button', {name: 'Tick'})).toBeVisible();

  await user.click(screen.getByRole('button', {name: 'Start the JWT decoder again'}));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('textbox', {name: 'Notes'})).toHaveValue('');
});

it('renders the tool unchanged while nothing fails', () => {
  render(<Page />);
  expect(screen.getByRole('textbox', {name: 'Notes'})).toBeVisible();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
