import {renderToString} from 'react-dom/server';
import {render, screen, waitFor} from '@testing-library/react';
import {useDisabledUntil} from './useDisabledUntil';

function Form({ready}: {readonly ready: boolean}) {
  const ref = useDisabledUntil(ready);
  return (
    <fieldset ref={ref} disabled>
      <input type="checkbox" aria-label="Done" />
    </fieldset>
  );
}

describe('useDisabledUntil', () => {
  it('leaves the fieldset disabled in the server render', () => {
    expect(renderToString(<Form ready />)).toContain('disabled');
  });

  it('enables the controls once ready, and disables them again when not', async () => {
    const {rerender} = render(<Form ready={false} />);
    const box = screen.getByRole('checkbox', {name: 'Done'});
    expect(box).toBeDisabled();
    rerender(<Form ready />);
    await waitFor(() => expect(box).toBeEnabled());
    rerender(<Form ready={false} />);
    await waitFor(() => expect(box).toBeDisabled());
  });

  it('ignores a change that is superseded before it applies', async () => {
    const {rerender} = render(<Form ready={false} />);
    rerender(<Form ready />);
    rerender(<Form ready={false} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByRole('checkbox', {name: 'Done'})).toBeDisabled();
  });
});
