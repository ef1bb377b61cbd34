import {act, render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CopyButton from './index';

/** A clipboard that takes text, or refuses it like a browser that denies the permission. */
function installClipboard(accepts: boolean): jest.Mock {
  const writeText = accepts
    ? jest.fn().mockResolvedValue(undefined)
    : jest.fn().mockRejectedValue(new Error('denied'));
  Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
  return writeText;
}

afterEach(() => {
  jest.useRealTimers();
});

describe('CopyButton', () => {
  it('copies the text and says so beside the button, then clears the status', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({advanceTimers: jest.advanceTimersByTime});
    const writeText = installClipboard(true);
    render(<CopyButton text="eyJhbGciOiJSUzI1NiJ9" label="Copy header" />);
    await user.click(screen.getByRole('button', {name: 'Copy header'}));
    expect(writeText).toHaveBeenCalledWith('eyJhbGciOiJSUzI1NiJ9');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Copied'));
    act(() => jest.advanceTimersByTime(1900));
    expect(status).toHaveTextContent('Copied');
    act(() => jest.advanceTimersByTime(100));
    expect(status).toBeEmptyDOMElement();
  });

  it('tells the reader to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    installClipboard(false);
    render(<CopyButton text="secret-free text" label="Copy payload" />);
    await user.click(screen.getByRole('button', {name: 'Copy payload'}));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Copy failed: select the text and copy it',
    );
  });

  it('makes the text when pressed, and hands the outcome to the caller', async () => {
    const user = userEvent.setup();
    installClipboard(false);
    let version = 1;
    const onCopied = jest.fn();
    const onStatus = jest.fn();
    render(
      <CopyButton
        text={() => `plan v${version}`}
        label="Copy as Markdown"
        status={(copied) => (copied ? 'Copied the plan.' : 'Could not copy the plan.')}
        onCopied={onCopied}
        onStatus={onStatus}
      />,
    );
    version = 2;
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    expect(onCopied).toHaveBeenCalledWith(false, 'plan v2');
    expect(onStatus).toHaveBeenCalledWith('Could not copy the plan.');
    // The caller announces: the button adds no live region of its own.
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('can carry a fuller accessible name than its text', async () => {
    const user = userEvent.setup();
    const writeText = installClipboard(true);
    const onStatus = jest.fn();
    render(
      <CopyButton
        text={() => 'https://example.test/checklist#keys'}
        label="Copy link"
        accessibleName="Copy link to Rotate the keys"
        variant="link"
        status={(copied) => (copied ? 'Copied the link.' : 'Not copied.')}
        onStatus={onStatus}
      />,
    );
    const button = screen.getByRole('button', {name: 'Copy link to Rotate the keys'});
    expect(button).toHaveTextContent('Copy link');
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith('https://example.test/checklist#keys');
    expect(onStatus).toHaveBeenCalledWith('Copied the link.');
  });
});
