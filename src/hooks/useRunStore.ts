/** The page's run store, through a context so that component tests can provide an in-memory one. */
import {createContext, useContext} from 'react';
import type {RunStore} from '@site/src/lib/runs';
import {openRunStore} from './runStorage';

export const RunStoreContext = createContext<() => Promise<RunStore>>(openRunStore);

/** Opens the page's run store (once): to read another tool's document of the same run. */
export function useRunStore(): () => Promise<RunStore> {
  return useContext(RunStoreContext);
}
