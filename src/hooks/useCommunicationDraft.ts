/**
 * The communication form's state: the open run's draft, the messages composed from it, and the
 * saving of the user's edits to the run. The first render (server and client) is the empty form;
 * the run's saved draft, or a new one with the times of the run's rollout plan (or starting now in
 * the reader's zone), replaces it once the run is open. The rules are in
 * src/lib/communication/draftForm.
 */
import {startTransition, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {
  EMPTY_DRAFT,
  TIMES_TAKEN_MESSAGE,
  clearedDraft,
  communicationDraftDocument,
  composeMessages,
  draftInZone,
  newDraft,
  planTimesMessage,
  timesFromPlan,
  type CommunicationDraft,
  type ComposedMessages,
  type PlanTimes,
} from '@site/src/lib/communication';
import {
  knownTimeZones,
  readerTimeZone,
  rolloutPlanDocument,
  zoneChoices,
  zoneDescription,
} from '@site/src/lib/rollout';
import type {RunStore} from '@site/src/lib/runs';
import {useOperator} from './useOperator';
import {useRunDocument} from './useRunDocument';
import {useRunStore} from './useRunStore';
import {useSavedEdits} from './useSavedEdits';

const useDraftRunDocument = () => useRunDocument(communicationDraftDocument);
type DraftRunDocument = ReturnType<typeof useDraftRunDocument>;

export interface CommunicationDraftForm {
  readonly doc: DraftRunDocument;
  readonly draft: CommunicationDraft;
  readonly zones: readonly string[];
  /** The open run's form (saved, or new) has been shown. */
  readonly shown: boolean;
  readonly composed: ComposedMessages;
  /** The form's zone with its offset at the start, as the start field describes it. */
  readonly zoneText: string;
  readonly message: string;
  readonly setMessage: (message: string) => void;
  readonly edit: (patch: Partial<CommunicationDraft>) => void;
  /** Another zone: the start and the watch end keep their instants. */
  readonly moveToZone: (timeZone: string) => void;
  readonly clear: () => void;
  readonly takeTimesFromPlan: () => Promise<void>;
}

/** The times the rollout plan of `run` gives the form. */
async function readPlanTimes(openStore: () => Promise<RunStore>, run: string): Promise<PlanTimes> {
  const result = await (await openStore()).read(rolloutPlanDocument, run);
  return timesFromPlan(result.status === 'found' ? result.value.fields : null);
}

interface ShownDraft {
  readonly draft: CommunicationDraft;
  readonly zones: readonly string[];
  /** What the form says about where the draft came from. */
  readonly note: string;
}

/**
 * Once a run is open: its saved form, or a new one with the times of the run's rollout plan (when
 * there is one), or starting now in the reader's zone. `show` runs outside the effect body.
 */
function useOpenedDraft(
  doc: DraftRunDocument,
  openStore: () => Promise<RunStore>,
  show: (shown: ShownDraft) => void,
): void {
  const {revision, fromStore, run} = doc;
  const saved = fromStore?.fields ?? null;
  useEffect(() => {
    if (revision === 0) return;
    let active = true;
    const now = Date.now();
    const zone = readerTimeZone();
    const known = knownTimeZones();
    const apply = (draft: CommunicationDraft, note: string): void => {
      if (active) show({draft, zones: zoneChoices(zone, draft.timeZone, known), note});
    };
    if (saved) {
      void Promise.resolve().then(() => apply(saved, ''));
    } else {
      const fresh = newDraft(now, zone);
      void readPlanTimes(openStore, run)
        .then((times) =>
          times.status === 'taken'
            ? apply({...fresh, ...times.times}, TIMES_TAKEN_MESSAGE)
            : apply(fresh, ''),
        )
        .catch(() => apply(fresh, ''));
    }
    return () => {
      active = false;
    };
  }, [revision, saved, run, openStore, show]);
}

export function useCommunicationDraft(): CommunicationDraftForm {
  const operator = useOperator();
  const openStore = useRunStore();
  const doc = useDraftRunDocument();
  const [draft, setDraft] = useState<CommunicationDraft>(EMPTY_DRAFT);
  const [zones, setZones] = useState<readonly string[]>(['UTC']);
  const [message, setMessage] = useState('');
  /** Set by the user's own edits, so that showing a saved draft does not save it straight back. */
  const edited = useRef(false);
  const [shown, setShown] = useState(false);
  const show = useCallback((next: ShownDraft): void => {
    edited.current = false;
    // A transition, like the opening of the run (decisions/0010): the whole form and its
    // messages are drawn again, which as one urgent update blocked the main thread after load.
    startTransition(() => {
      setZones(next.zones);
      setDraft(next.draft);
      setMessage(next.note);
      setShown(true);
    });
  }, []);
  useOpenedDraft(doc, openStore, show);
  useSavedEdits(doc.update, draft, edited, communicationDraftDocument.edit);

  /** Every edit goes through here. */
  const edit = (patch: Partial<CommunicationDraft>): void => {
    edited.current = true;
    setDraft((current) => ({...current, ...patch}));
  };

  const composed = useMemo(() => composeMessages(draft, operator), [draft, operator]);
  return {
    doc,
    draft,
    zones,
    shown,
    composed,
    zoneText: zoneDescription(draft),
    message,
    setMessage,
    edit,
    moveToZone: (timeZone) => edit(draftInZone(draft, timeZone)),
    clear: () => {
      edit(clearedDraft(draft));
      setMessage(`The form of run “${doc.run}” was cleared.`);
    },
    takeTimesFromPlan: async () => {
      try {
        const times = await readPlanTimes(openStore, doc.run);
        if (times.status === 'taken') edit(times.times);
        setMessage(planTimesMessage(times, doc.run));
      } catch {
        setMessage('The rollout plan could not be read from this browser’s storage.');
      }
    },
  };
}
