/**
 * "This run elsewhere": links to the other per-run tools of the same change, each opened on the
 * current run. Before hydration the run is the default one, so the server HTML links plainly.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {DEFAULT_RUN, routeForRun} from '@site/src/lib/runs';
import styles from './styles.module.css';

export interface RunLinksProps {
  readonly run: string;
  readonly links: readonly {readonly label: string; readonly route: string}[];
}

export default function RunLinks({run, links}: RunLinksProps): ReactNode {
  if (links.length === 0) return null;
  return (
    <p className={styles.runLinks}>
      {run === DEFAULT_RUN ? 'Same change: ' : `Same run (“${run}”): `}
      {links.map((link, index) => (
        <span key={link.route}>
          {index > 0 && ' · '}
          <Link to={routeForRun(link.route, run)}>{link.label}</Link>
        </span>
      ))}
    </p>
  );
}
