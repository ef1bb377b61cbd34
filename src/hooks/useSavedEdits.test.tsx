import {renderHook} from '@testing-library/react';
import {useSavedEdits} from './useSavedEdits';

type Saved = {readonly text: string; readonly edits: number};
const edit = (current: Saved | null, change: {from: string; to: string}): Saved => ({
  text: change.to,
  edits: (current?.edits ?? 0) + 1,
});

function setup() {
  const update = jest.fn();
  const edited = {current: false};
  const view = renderHook(
    ({shown}: {shown: string}) => useSavedEdits(update, shown, edited, edit),
    {
      initialProps: {shown: 'example'},
    },
  );
  return {update, edited, view};
}

describe('useSavedEdits', () => {
  it('does not save a value that was only shown (the example, then an opened run’s value)', () => {
    const {update, view} = setup();
    view.rerender({shown: 'saved in the run'});
    expect(update).not.toHaveBeenCalled();
  });

  it('saves the user’s change after the pause, as the change from the value shown before it', () => {
    const {update, edited, view} = setup();
    view.rerender({shown: 'saved in the run'});
    edited.current = true;
    view.rerender({shown: 'typed by the user'});
    expect(update).toHaveBeenCalledTimes(1);
    const [change, options] = update.mock.calls[0] as [(current: Saved | null) => Saved, object];
    expect(options).toEqual({delay: true});
    expect(change({text: 'saved in the run', edits: 2})).toEqual({
      text: 'typed by the user',
      edits: 3,
    });
  });
});
