/**
 * "Same run": links to the other run tools of the same change, each opened on the current run, and
 * to the run list. Before hydration the run is the default one, so the server HTML links plainly.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {DEFAULT_RUN, RUN_LIST_ROUTE, routeForRun} from '@site/src/lib/runs/runName';
import styles from './styles.module.css';

export interface RunLinksProps {
  readonly run: string;
  readonly links: readonly {readonly label: string; readonly route: string}[];
}

export default function RunLinks({run, links}: RunLinksProps): ReactNode {
  const all = [...links, {label: 'All runs', route: RUN_LIST_ROUTE}];
  return (
    <p className={styles.runLinks}>
      {run === DEFAULT_RUN ? 'Same change: ' : `Same run (“${run}”): `}
      {all.map((link, index) => (
        <span key={link.route}>
          {index > 0 && ' · '}
          <Link to={routeForRun(link.route, run)}>{link.label}</Link>
        </span>
      ))}
    </p>
  );
}
