/**
 * Which run is open, on every page (decisions/0014): a small box in a corner, with the run list and
 * a way to leave the run. The server cannot know the run (it is in the address, read after
 * hydration), so the box appears then; it is fixed in place, so nothing on the page moves.
 *
 * It also catches `?run=owner/repo#123` typed without encoding the `#`, and offers that run.
 */
import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {DEFAULT_RUN, RUN_LIST_ROUTE, routeForRun} from '@site/src/lib/runs/runName';
import {openRunInAddress, useOpenRun} from '@site/src/hooks/currentRun';
import styles from './styles.module.css';

export default function RunBadge(): ReactNode {
  const open = useOpenRun();
  const [kept, setKept] = useState<string | null>(null);
  const offered = open?.cut ?? null;
  const cut = offered !== kept ? offered : null;
  const fragment = cut?.slice(cut.lastIndexOf('#'));
  return (
    <div className={styles.dock}>
      {/* Live and always present, so that the offer is announced when it appears. */}
      <div aria-live="polite">
        {open !== null && cut !== null && (
          <div className={styles.card}>
            <p className={styles.text}>
              This address opens run “{open.run}” with “{fragment}” after the run name. In an
              address, “#” starts a fragment and is not part of the run, so the pull request “{cut}”
              was probably meant (a link writes its “#” as “%23”).
            </p>
            <button
              type="button"
              className="button button--primary button--sm"
              onClick={() => openRunInAddress(cut, {dropHash: true})}
            >
              Open run {cut}
            </button>{' '}
            <button
              type="button"
              className="button button--link button--sm"
              onClick={() => setKept(cut)}
            >
              Keep run {open.run}
            </button>
          </div>
        )}
      </div>
      {open !== null && open.run !== DEFAULT_RUN && (
        <aside aria-label="Current run" className={styles.card}>
          <span className={styles.text}>
            Run <strong className={styles.run}>{open.run}</strong>
          </span>{' '}
          <Link className={styles.action} to={routeForRun(RUN_LIST_ROUTE, open.run)}>
            All runs
          </Link>{' '}
          <button
            type="button"
            className={`button button--link button--sm ${styles.action}`}
            onClick={() => openRunInAddress(DEFAULT_RUN)}
          >
            Leave run
          </button>
        </aside>
      )}
    </div>
  );
}
