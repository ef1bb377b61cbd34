/**
 * State behind the service panel: the JWT_AUTH form (a reducer, src/lib/jwt/serviceForm.ts), the
 * pasted-block reader (loaded only when a block is applied), and the Open edX service model
 * (src/lib/jwt/service), run whenever the token, the settings, the clock or the decoder variant
 * change. Keeps the last result on screen while the next one runs.
 */
import {useCallback, useEffect, useMemo, useReducer, useState, type Dispatch} from 'react';
import type {Simulation} from '@site/src/lib/jwt/service';
import {
  blockResult,
  INITIAL_SERVICE_FORM,
  serviceFormReducer,
  serviceSettings,
  type BlockResult,
  type ServiceForm,
  type ServiceFormAction,
} from '@site/src/lib/jwt/serviceForm';
import type {Inspection} from '@site/src/lib/jwt/types';
import {useJwtLib} from './useJwtLib';

export interface ServiceSimulationState {
  readonly form: ServiceForm;
  /** Stable: memoised fields can take it without re-rendering. */
  readonly dispatch: Dispatch<ServiceFormAction>;
  /** Reads a pasted JWT_AUTH block into the form and says what it applied, or why not. */
  readonly applyBlock: (block: string) => Promise<BlockResult>;
  /** False until the inspector module has loaded (and always without JavaScript). */
  readonly ready: boolean;
  /** The result for the current token, or undefined while there is none. */
  readonly simulation?: Simulation;
}

export function useServiceSimulation(
  inspection: Inspection | undefined,
  now: Date | undefined,
): ServiceSimulationState {
  const lib = useJwtLib();
  const [form, dispatch] = useReducer(serviceFormReducer, INITIAL_SERVICE_FORM);
  const settings = useMemo(() => serviceSettings(form), [form]);
  const {asymmetricOnly} = form;
  const [latest, setLatest] = useState<{inspection: Inspection; result: Simulation}>();
  const time = now?.getTime();
  const active = lib !== undefined && inspection !== undefined && inspection.form !== 'empty';
  useEffect(() => {
    if (!lib || !inspection || time === undefined || inspection.form === 'empty') return;
    let live = true;
    void lib
      .simulateService(inspection, settings, {now: new Date(time), asymmetricOnly})
      .then((result) => {
        if (live) setLatest({inspection, result});
      });
    return () => {
      live = false;
    };
  }, [lib, inspection, settings, time, asymmetricOnly]);

  const applyBlock = useCallback(async (block: string): Promise<BlockResult> => {
    try {
      const {parseSettings} = await import('@site/src/lib/jwt/service/parseSettings');
      const parsed = parseSettings(block);
      if (parsed.ok) dispatch({type: 'apply-settings', settings: parsed.settings});
      return blockResult(parsed);
    } catch {
      return {ok: false, message: 'The settings reader could not load. Reload the page.'};
    }
  }, []);

  return {
    form,
    dispatch,
    applyBlock,
    ready: lib !== undefined,
    // A result for another token is never shown; one for an older clock or settings is, briefly.
    simulation: active && latest?.inspection === inspection ? latest.result : undefined,
  };
}
