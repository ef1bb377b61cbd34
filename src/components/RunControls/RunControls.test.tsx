import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RunControls from './index';

function setup() {
  const onSwitch = jest.fn((name: string) => (name.trim() === '' ? null : name.trim()));
  const onReset = jest.fn();
  const onDelete = jest.fn();
  render(
    <RunControls
      runs={['default', 'PR 1']}
      run="PR 1"
      ready
      onSwitch={onSwitch}
      onReset={onReset}
      onDelete={onDelete}
      resetQuestion="Clear run “PR 1”?"
      deleteQuestion="Delete run “PR 1”?"
    />,
  );
  return {user: userEvent.setup(), onSwitch, onReset, onDelete};
}

describe('RunControls', () => {
  it.each([
    ['Reset run', 'Clear run “PR 1”?'],
    ['Delete run', 'Delete run “PR 1”?'],
  ])('Escape closes the %s confirmation and puts the focus back', async (name, question) => {
    const {user, onReset, onDelete} = setup();
    const trigger = await screen.findByRole('button', {name});
    await user.click(trigger);
    expect(screen.getByRole('group', {name: 'Confirm'})).toHaveTextContent(question);
    expect(screen.getByRole('button', {name: /^Yes, /})).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', {name: 'Confirm'})).toBeNull();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(onReset).not.toHaveBeenCalled();
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('starts a run from the form, and announces why an empty name is refused', async () => {
    const {user, onSwitch} = setup();
    const hint = screen.getByText('Start one run per change, named after its pull request.');
    // The live region is there before its message.
    expect(hint).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', {name: 'Start run'}));
    expect(hint).toHaveTextContent('Type a name first, such as the pull request.');
    expect(screen.getByRole('textbox', {name: 'New run'})).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', {name: 'New run'}), 'PR 2');
    await user.click(screen.getByRole('button', {name: 'Start run'}));
    expect(onSwitch).toHaveBeenLastCalledWith('PR 2', {start: true});
    await user.selectOptions(screen.getByRole('combobox', {name: 'Run'}), 'default');
    expect(onSwitch).toHaveBeenLastCalledWith('default', {start: false});
  });
});
