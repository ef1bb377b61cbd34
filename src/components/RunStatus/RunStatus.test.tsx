import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import RunStatus, {type RunStatusProps} from './index';

const base: RunStatusProps = {
  ready: true,
  what: 'The plan',
  storageKind: 'indexeddb',
  saveState: 'saved',
  problem: null,
  deletedElsewhere: false,
  message: '',
};

describe('RunStatus', () => {
  it('is a live region in the server HTML already, empty of messages', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<RunStatus {...base} ready={false} saveState="pending" />);
    const region = container.querySelector('[role="status"]');
    expect(region).not.toBeNull();
    expect([...region!.querySelectorAll('p')].map((line) => line.textContent)).toEqual(['']);
  });

  it('says a damaged copy was kept aside only when it was', () => {
    const {rerender} = render(
      <RunStatus {...base} problem={{kind: 'set-aside', reason: 'corrupt'}} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The plan of this run could not be read. It was kept aside, untouched',
    );
    rerender(
      <RunStatus
        {...base}
        saveState="write-failed"
        problem={{kind: 'unreadable', reason: 'corrupt'}}
      />,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('could not keep a copy of it aside');
    expect(status).toHaveTextContent('your changes are not saved');
    expect(status).not.toHaveTextContent('kept aside, untouched');
  });

  it('names local storage, memory only and a deletion in another tab', () => {
    const {rerender} = render(<RunStatus {...base} storageKind="localstorage" message="Copied." />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved in this browser (local storage). Nothing leaves your computer. Copied.',
    );
    rerender(<RunStatus {...base} storageKind="memory" saveState="memory-only" deletedElsewhere />);
    expect(screen.getByRole('status')).toHaveTextContent('The plan is not saved');
    expect(screen.getByRole('status')).toHaveTextContent('was deleted in another tab');
  });
});
