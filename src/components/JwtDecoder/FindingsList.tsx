import type {Finding} from '@site/src/lib/jwt/types';
import findingStyles from './FindingsList.module.css';
import styles from './styles.module.css';

const LABELS: Readonly<Record<Finding['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export default function FindingsList({
  findings,
}: {
  findings: readonly Finding[];
}): React.JSX.Element {
  const counts = {error: 0, warning: 0, info: 0};
  for (const finding of findings) counts[finding.severity] += 1;
  return (
    <>
      <p className={findingStyles.summary}>
        {findings.length === 0
          ? 'Nothing to report: the token looks like a current Open edX token.'
          : `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} note${counts.info === 1 ? '' : 's'}.`}
      </p>
      <ul aria-label="Findings" className={findingStyles.findings}>
        {findings.map((finding, i) => (
          <li
            key={`${finding.code}-${finding.name ?? ''}-${i}`}
            className={findingStyles[finding.severity]}
          >
            <span className={findingStyles.badge}>{LABELS[finding.severity]}</span>{' '}
            <span>{finding.message}</span> <code className={styles.code}>{finding.code}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
