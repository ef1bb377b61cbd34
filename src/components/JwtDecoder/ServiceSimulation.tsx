/**
 * "As an Open edX service sees it": the reader describes a verifying service's JWT_AUTH settings
 * (in fields, or by pasting a YAML/JSON block) and sees, step by step, what the shared decoder of
 * edx-drf-extensions would do with the token, and which custom attributes it would record. The
 * state lives in useServiceSimulation, the model in src/lib/jwt/service; this view wires them.
 */
import {useId} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useServiceSimulation} from '@site/src/hooks/useServiceSimulation';
import type {Inspection} from '@site/src/lib/jwt/types';
import {OutcomeStatus, SimulationDetails} from './ServiceOutcome';
import ServiceSettingsFields from './ServiceSettingsFields';
import SettingsBlock from './SettingsBlock';
import styles from './styles.module.css';

interface Props {
  readonly inspection?: Inspection;
  readonly now?: Date;
}

/**
 * The panel's anchor: `/docs/tools/jwt-decoder#service-panel` scrolls to it and opens the box for a
 * pasted JWT_AUTH block, so a page that shows a block can link straight to where it is checked.
 * Only settings travel that way, by the clipboard; a token never goes in the link.
 */
export const SERVICE_PANEL_ANCHOR = 'service-panel';

export default function ServiceSimulation({inspection, now}: Props): React.JSX.Element {
  const id = useId();
  const {form, dispatch, applyBlock, ready, simulation} = useServiceSimulation(inspection, now);
  useBrokenLinks().collectAnchor(SERVICE_PANEL_ANCHOR);

  return (
    <section id={SERVICE_PANEL_ANCHOR} className={styles.service} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>As an Open edX service sees it</h3>
      <p>
        Describe a verifying service’s <code>JWT_AUTH</code> settings; the token then runs through a
        model of the shared decoder in edx-drf-extensions (<code>jwt_decode_handler</code>), step by
        step, at the time chosen under “Evaluate at”.
      </p>

      <SettingsBlock id={id} anchor={SERVICE_PANEL_ANCHOR} applyBlock={applyBlock} />

      <ServiceSettingsFields id={id} form={form} dispatch={dispatch} />

      <OutcomeStatus simulation={simulation} ready={ready} />

      {simulation && <SimulationDetails simulation={simulation} />}
      <p className={styles.hint}>
        <strong>Where the model is not exact:</strong> signatures are checked with the browser’s
        WebCrypto, not PyJWT, so keys PyJWT accepts but browsers refuse (such as RSA keys under 2048
        bits) fail here. The JWK Set is loaded, and the claims are checked, as PyJWT 2.6.0 does it;
        other PyJWT versions skip or refuse other entries, and their error texts and handling of
        unusual claim types differ. A pasted block is read as PyYAML reads it (YAML 1.1, so{' '}
        <code>no</code> is false). Of the authentication class around the decoder, only the
        exception it records in <code>jwt_auth_failed</code> is modelled; user lookup,{' '}
        <code>jwt_auth_result</code> and cookies are not.
      </p>
    </section>
  );
}
