/**
 * The search results page (`/search?q=…`, "See all results"), wrapped so that its query survives a
 * reload and a shared link (#16).
 *
 * The plugin's page writes its query into the address in an effect. On a fresh load that effect
 * first runs during hydration, before the page has read the address (useIsBrowser is still false),
 * so it removed `?q=` and showed an empty search. This wrapper notes the query in a layout effect,
 * which runs before any page effect, and puts it back in the effect that runs right after the page's;
 * the page then reads it, fills in the box and searches. Only the address is touched.
 */
import {useEffect, useLayoutEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWrapper(props: ComponentProps<typeof SearchPage>): ReactNode {
  const history = useHistory();
  const query = useRef<string | null>(null);
  useLayoutEffect(() => {
    query.current = new URLSearchParams(window.location.search).get('q');
  }, []);
  useEffect(() => {
    const q = query.current;
    if (q === null || q === '') return;
    const params = new URLSearchParams(history.location.search);
    if (params.get('q') === q) return;
    params.set('q', q);
    history.replace({...history.location, search: `?${params.toString()}`});
  }, [history]);
  return <SearchPage {...props} />;
}
