/**
 * Where exported links point (lib/site/links): the deployed site URL when the build was given one
 * (`SITE_URL`), otherwise the origin of the page being read. The server render and the first client
 * render use the configured `url`; the page's own origin arrives after hydration, in a transition
 * (decisions/0010).
 */
import {startTransition, useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {deployedUrlFrom, linkBase, type LinkBase} from '@site/src/lib/site/links';

export function useLinkBase(): LinkBase {
  const {siteConfig} = useDocusaurusContext();
  const deployedUrl = deployedUrlFrom(siteConfig.customFields);
  const {url, baseUrl} = siteConfig;
  const [base, setBase] = useState<LinkBase>(() => linkBase(deployedUrl, url, baseUrl));
  useEffect(() => {
    const next = linkBase(deployedUrl, window.location.origin, baseUrl);
    startTransition(() =>
      setBase((current) =>
        current.origin === next.origin && current.baseUrl === next.baseUrl ? current : next,
      ),
    );
  }, [deployedUrl, url, baseUrl]);
  return base;
}
