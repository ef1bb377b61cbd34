import {useEffect, useRef} from 'react';
import type {RunDocumentActions} from './useRunDocument';

/**
 * Saves the user's edits to the open run, after the run-document hook's short pause: the change
 * from the value last shown to `shown`, merged by `edit` into what the run holds. Only changes the
 * user made are saved (`edited`, set by their edit handlers and cleared when a run's saved value is
 * shown), so opening a run never writes its value straight back.
 */
export function useSavedEdits<Saved, Shown>(
  update: RunDocumentActions<Saved>['update'],
  shown: Shown,
  edited: {readonly current: boolean},
  edit: (current: Saved | null, change: {from: Shown; to: Shown}, now: number) => Saved,
): void {
  const lastShown = useRef<Shown | null>(null);
  useEffect(() => {
    const from = lastShown.current;
    lastShown.current = shown;
    if (!edited.current || from === null) return;
    update((current) => edit(current, {from, to: shown}, Date.now()), {delay: true});
  }, [shown, update, edited, edit]);
}
