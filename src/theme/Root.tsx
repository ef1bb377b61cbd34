/**
 * Docusaurus' Root: the component above every page that never unmounts, which Docusaurus offers for
 * site-wide state (its own is just `children`). Here it keeps the open run across internal
 * navigations and shows it on every page (decisions/0014), and keeps the search page's address one
 * the server serves with its query.
 */
import {useEffect, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {carryRun} from '@site/src/hooks/carryRun';
import {keepSearchAddress} from '@site/src/hooks/searchAddress';
import RunBadge from '@site/src/components/RunBadge';

export default function Root({children}: {readonly children: ReactNode}): ReactNode {
  const history = useHistory();
  const {siteConfig} = useDocusaurusContext();
  useEffect(() => carryRun(history, siteConfig.baseUrl), [history, siteConfig.baseUrl]);
  // The search results page keeps its query on a reload and in a shared link (#16).
  useEffect(() => keepSearchAddress(history, siteConfig.baseUrl), [history, siteConfig.baseUrl]);
  return (
    <>
      {children}
      <RunBadge />
    </>
  );
}
