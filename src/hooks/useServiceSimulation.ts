/**
 * Runs the Open edX service model (src/lib/jwt/service) whenever the token, the settings, the
 * clock or the decoder variant change. Keeps the last result on screen while the next one runs.
 */
import {useEffect, useState} from 'react';
import type {ServiceSettings, Simulation} from '@site/src/lib/jwt/service/types';
import type {Inspection} from '@site/src/lib/jwt/types';
import type {JwtLib} from './useJwtDecoder';

export function useServiceSimulation(
  lib: JwtLib | undefined,
  inspection: Inspection | undefined,
  settings: ServiceSettings,
  now: Date | undefined,
  asymmetricOnly: boolean,
): Simulation | undefined {
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
  // A result for another token is never shown; one for an older clock or settings is, briefly.
  return active && latest?.inspection === inspection ? latest.result : undefined;
}
