/**
 * The service panel's result: the outcome (accepted, rejected and why, or unsafe configuration),
 * the decoder's steps, the custom attributes it would record, and this run's caveats.
 */
import Link from '@docusaurus/Link';
import type {RejectedSimulation, Simulation} from '@site/src/lib/jwt/service';
import {attributeValue} from '@site/src/lib/jwt/serviceForm';
import styles from './styles.module.css';

const OUTCOME_CLASS: Readonly<Record<Simulation['outcome'], string | undefined>> = {
  accepted: styles['status-verified'],
  rejected: styles['status-invalid'],
  'unsafe-configuration': styles['status-unsafe'],
};

/**
 * What monitoring shows for a rejection (`jwt_auth_failed`) and, when that hides it, why the
 * token really failed: after failed signature passes the decoder re-raises the last key's error.
 */
function ReportedError({simulation}: {readonly simulation: RejectedSimulation}): React.JSX.Element {
  const {reported, cause} = simulation;
  const differs = cause.error !== reported.error || cause.key !== reported.key;
  return (
    <>
      <p className={styles.statusLine}>
        Monitoring shows <code className={styles.code}>{reported.error}</code>:{' '}
        <Link to="/docs/reference/monitoring-attributes#jwt_auth_failed">
          <code>jwt_auth_failed</code>
        </Link>{' '}
        records <code className={styles.code}>Exception:{reported.error}(…)</code>
        {reported.key ? (
          <>
            , the error of the last key tried ({reported.key}): {reported.message}
          </>
        ) : (
          <>: {reported.message}</>
        )}
      </p>
      {differs && (
        <p className={styles.statusLine}>
          Why it really failed: <code className={styles.code}>{cause.error}</code>
          {cause.key ? ` from ${cause.key}` : ''}: {cause.message}
        </p>
      )}
    </>
  );
}

function OutcomeText({simulation}: {readonly simulation: Simulation}): React.JSX.Element {
  if (simulation.outcome === 'unsafe-configuration') {
    return (
      <>
        <p className={styles.statusLine}>
          <strong>Unsafe configuration: configure JWT_PUBLIC_SIGNING_JWK_SET</strong>
        </p>
        <p className={styles.statusLine}>{simulation.reason}</p>
        <p className={styles.statusLine}>{simulation.advice}</p>
      </>
    );
  }
  if (simulation.outcome === 'accepted') {
    return (
      <p className={styles.statusLine}>
        <strong>Accepted</strong>: {simulation.reason}
      </p>
    );
  }
  return (
    <>
      <p className={styles.statusLine}>
        <strong>Rejected</strong>: {simulation.reason}{' '}
        <code className={styles.code}>{simulation.code}</code>
      </p>
      <ReportedError simulation={simulation} />
    </>
  );
}

/** The live outcome line; without a result, what the reader needs to get one. */
export function OutcomeStatus({
  simulation,
  ready,
}: {
  readonly simulation: Simulation | undefined;
  readonly ready: boolean;
}): React.JSX.Element {
  return (
    <div
      role="status"
      aria-label="Service outcome"
      className={`${styles.signatureStatus} ${
        simulation ? (OUTCOME_CLASS[simulation.outcome] ?? '') : ''
      }`}
    >
      {simulation ? (
        <OutcomeText simulation={simulation} />
      ) : (
        <p className={styles.statusLine}>
          {ready ? 'Paste a token above to simulate.' : 'The simulation needs JavaScript.'}
        </p>
      )}
    </div>
  );
}

function Steps({steps}: {readonly steps: Simulation['steps']}): React.JSX.Element {
  return (
    <ol className={styles.steps} aria-label="Decoder steps">
      {steps.map((step) => (
        <li key={step.id}>
          <strong>{step.title}</strong>: {step.status}. {step.detail}
          {step.attempts && step.attempts.length > 0 && (
            <ul>
              {step.attempts.map((attempt, index) => (
                <li key={index}>
                  {attempt.label}, {attempt.algorithms.join('/') || 'no algorithms'}:{' '}
                  {attempt.ok ? 'verified' : `${attempt.error ?? 'failed'}, ${attempt.message}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function Attributes({
  attributes,
}: {
  readonly attributes: Simulation['attributes'];
}): React.JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.claims}>
        <caption>Custom attributes the decoder would record</caption>
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {attributes.map((attribute) => (
            <tr key={attribute.name}>
              <th scope="row">
                <Link to={`/docs/reference/monitoring-attributes#${attribute.name}`}>
                  <code>{attribute.name}</code>
                </Link>
              </th>
              <td className={styles.value}>{attributeValue(attribute.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The steps, the recorded attributes and the caveats of one run. */
export function SimulationDetails({
  simulation,
}: {
  readonly simulation: Simulation;
}): React.JSX.Element {
  return (
    <>
      {simulation.steps.length > 0 && <Steps steps={simulation.steps} />}
      <Attributes attributes={simulation.attributes} />
      {simulation.caveats.length > 0 && (
        <ul className={styles.notes} aria-label="Caveats for this run">
          {simulation.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
    </>
  );
}
