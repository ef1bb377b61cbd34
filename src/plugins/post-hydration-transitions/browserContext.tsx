/**
 * Stands in for @docusaurus/core 3.10's `lib/client/browserContext.js` (same exports, same
 * behaviour) except that the switch to "browser" is a transition. See index.ts, decisions/0010.
 */
import React, {startTransition, useEffect, useState, type ReactNode} from 'react';

/** False during server rendering and hydration, true once hydration has finished. */
export const Context = React.createContext(false);

export function BrowserContextProvider({children}: {readonly children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
