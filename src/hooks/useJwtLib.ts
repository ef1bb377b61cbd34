/**
 * The decoder's lazily loaded inspector module (src/lib/jwt), shared with its companion panels
 * (service simulation, compare, test token) through a context instead of a prop. Only the decoder
 * loads it (useJwtDecoder), once, with its idle warm-up (decisions/0023), and provides it; the
 * panels read it here and never start a load of their own.
 */
import {createContext, useContext} from 'react';
import type * as JwtModule from '@site/src/lib/jwt';

export type JwtLib = typeof JwtModule;

/** Undefined until the module has loaded, and always in the server-rendered HTML. */
export const JwtLibContext = createContext<JwtLib | undefined>(undefined);

/** The loaded inspector module, or undefined while it loads (or when it could not load). */
export function useJwtLib(): JwtLib | undefined {
  return useContext(JwtLibContext);
}
