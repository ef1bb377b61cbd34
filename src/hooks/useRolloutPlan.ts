/**
 * The rollout planner's state: the plan of the open run as a form (src/lib/rollout/planForm), what
 * it computes to, and the saving of the user's edits to the run. The first render (server and
 * client) is the fixed example; the run's saved plan, or a new plan starting now in the reader's
 * zone, replaces it once the run is open.
 */
import {startTransition, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {
  EXAMPLE_PLANNER,
  computePlanFromDocument,
  knownTimeZones,
  planDocumentOf,
  plannerReducer,
  readerTimeZone,
  rolloutPlanDocument,
  zoneDescription,
  type PlanForm,
  type PlanResult,
  type PlanStageFields,
  type PlanTokenFields,
  type PlannerAction,
  type TokenKindId,
} from '@site/src/lib/rollout';
import {useRunDocument} from './useRunDocument';
import {useSavedEdits} from './useSavedEdits';

const usePlanRunDocument = () => useRunDocument(rolloutPlanDocument);
type PlanRunDocument = ReturnType<typeof usePlanRunDocument>;

export interface RolloutPlan {
  readonly doc: PlanRunDocument;
  readonly form: PlanForm;
  readonly zones: readonly string[];
  /** True while the fixed example is shown, before the run's plan is. */
  readonly isExample: boolean;
  readonly result: PlanResult;
  /** The plan's zone with its offset at the start, as the start field describes it. */
  readonly zoneText: string;
  readonly copyStatus: string;
  readonly setCopyStatus: (status: string) => void;
  readonly runMessage: string;
  readonly setRunMessage: (message: string) => void;
  readonly edit: (patch: Partial<Pick<PlanForm, 'title' | 'startLocal'>>) => void;
  readonly moveToZone: (timeZone: string) => void;
  readonly editToken: (id: TokenKindId, patch: Partial<PlanTokenFields>) => void;
  readonly editStage: (key: number, patch: Partial<PlanStageFields>) => void;
  readonly addStage: () => void;
  readonly removeStage: (key: number) => void;
  readonly resetToNow: () => void;
}

/**
 * Once a run is open (after hydration, and after each switch): show its saved plan, or a new plan
 * from now. `edited` is cleared so that showing it does not save it straight back.
 */
function useOpenedPlan(
  doc: PlanRunDocument,
  dispatch: (action: PlannerAction) => void,
  edited: {current: boolean},
  setCopyStatus: (status: string) => void,
): void {
  const {revision} = doc;
  const saved = doc.fromStore?.fields ?? null;
  useEffect(() => {
    if (revision === 0) return;
    let active = true;
    // Read the clock and the zone once, then apply them outside the effect body.
    const now = Date.now();
    const zone = readerTimeZone();
    const knownZones = knownTimeZones();
    void Promise.resolve().then(() => {
      if (!active) return;
      edited.current = false;
      // A transition, like the opening of the run (decisions/0010): redrawing the whole planner
      // as one urgent update blocked the main thread for over 100 ms right after load.
      startTransition(() => {
        dispatch({type: 'opened', saved, now, zone, knownZones});
        setCopyStatus('');
      });
    });
    return () => {
      active = false;
    };
  }, [revision, saved, dispatch, edited, setCopyStatus]);
}

export function useRolloutPlan(): RolloutPlan {
  const doc = usePlanRunDocument();
  const [state, dispatch] = useReducer(plannerReducer, EXAMPLE_PLANNER);
  const [copyStatus, setCopyStatus] = useState('');
  const [runMessage, setRunMessage] = useState('');
  /** Set by the user's own edits, so that loading a saved plan is not saved straight back. */
  const edited = useRef(false);
  useOpenedPlan(doc, dispatch, edited, setCopyStatus);
  const {form} = state;
  const shownPlan = useMemo(() => planDocumentOf(form), [form]);
  useSavedEdits(doc.update, shownPlan, edited, rolloutPlanDocument.edit);

  const result = useMemo(() => computePlanFromDocument(form), [form]);
  /** Every edit goes through here. */
  const byUser = (action: PlannerAction): void => {
    edited.current = true;
    dispatch(action);
  };
  return {
    doc,
    form,
    zones: state.zones,
    isExample: state.isExample,
    result,
    zoneText: zoneDescription(form),
    copyStatus,
    setCopyStatus,
    runMessage,
    setRunMessage,
    edit: (patch) => {
      byUser({type: 'edit', patch});
      setCopyStatus('');
    },
    moveToZone: (timeZone) => {
      byUser({type: 'move-to-zone', timeZone});
      setCopyStatus('');
    },
    editToken: (id, patch) => byUser({type: 'edit-token', id, patch}),
    editStage: (key, patch) => byUser({type: 'edit-stage', key, patch}),
    addStage: () => byUser({type: 'add-stage'}),
    removeStage: (key) => byUser({type: 'remove-stage', key}),
    resetToNow: () => {
      byUser({type: 'reset', now: Date.now(), zone: readerTimeZone()});
      setRunMessage(`The plan of run “${doc.run}” was reset to the defaults.`);
    },
  };
}
