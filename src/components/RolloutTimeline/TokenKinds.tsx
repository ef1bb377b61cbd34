/**
 * The planner's "Token kinds the change affects": per kind, whether the change affects it, its
 * lifetime before the change (decides the drain), its lifetime after the change (decides how long
 * new tokens outlast a rollback; empty when unchanged) and, for cached tokens, the cache margin.
 */
import {useId} from 'react';
import {
  TOKEN_KINDS,
  inSentence,
  lifetimeHints,
  sharedSettingHint,
  type PlanTokenFields,
  type TokenKindId,
} from '@site/src/lib/rollout';
import styles from './styles.module.css';

export interface TokenKindsProps {
  readonly tokens: readonly PlanTokenFields[];
  readonly onChange: (id: TokenKindId, patch: Partial<PlanTokenFields>) => void;
}

function LifetimeField({
  label,
  value,
  hint,
  hintId,
  disabled,
  onChange,
}: {
  label: string;
  value: string;
  hint: string;
  hintId: string;
  disabled: boolean;
  onChange: (value: string) => void;
}): React.JSX.Element {
  return (
    <span className={styles.lifetime}>
      <label className={styles.inline}>
        <span>{label}</span>
        <input
          className={`${styles.input} ${styles.number}`}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={value}
          disabled={disabled}
          aria-describedby={hint === '' ? undefined : hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      {hint !== '' && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </span>
  );
}

export default function TokenKinds({tokens, onChange}: TokenKindsProps): React.JSX.Element {
  const id = useId();
  const cookieHint = sharedSettingHint(tokens);
  return (
    <fieldset className={styles.fieldset}>
      <legend>Token kinds the change affects</legend>
      <p className={styles.hint}>
        Give each kind its lifetime <strong>before</strong> the change: tokens minted by the old
        code live that long, so it decides when old tokens are gone. Give the lifetime{' '}
        <strong>after</strong> the change only if the change sets a new one: tokens minted by the
        new code live that long, so it decides how long they outlast a rollback.
      </p>
      <ul className={styles.tokenList}>
        {tokens.map((token) => {
          const info = TOKEN_KINDS.find((kind) => kind.id === token.id)!;
          const kind = inSentence(info.label);
          const hints = lifetimeHints(token);
          return (
            <li key={token.id} className={styles.tokenRow}>
              <label className={styles.check}>
                <input
                  type="checkbox"
                  checked={token.enabled}
                  onChange={(event) => onChange(token.id, {enabled: event.target.checked})}
                />{' '}
                {info.label} <code className={styles.setting}>{info.setting}</code>
                {info.cappedBy !== undefined && (
                  <>
                    {' '}
                    or <code className={styles.setting}>{info.cappedBy}</code> if shorter
                  </>
                )}
              </label>
              <span className={styles.lifetimeFields}>
                <LifetimeField
                  label={`Lifetime of ${kind} before the change (seconds)`}
                  value={token.lifetime}
                  hint={hints.old}
                  hintId={`${id}-${token.id}-old`}
                  disabled={!token.enabled}
                  onChange={(lifetime) => onChange(token.id, {lifetime})}
                />
                <LifetimeField
                  label={`Lifetime of ${kind} after the change (seconds)`}
                  value={token.newLifetime}
                  hint={
                    token.id === 'cookie' && cookieHint !== ''
                      ? `${hints.new}. ${cookieHint}`
                      : hints.new
                  }
                  hintId={`${id}-${token.id}-new`}
                  disabled={!token.enabled}
                  onChange={(newLifetime) => onChange(token.id, {newLifetime})}
                />
                {token.margin !== undefined && (
                  <label className={styles.inline}>
                    <span>Cache margin (seconds)</span>
                    <input
                      className={`${styles.input} ${styles.number}`}
                      type="number"
                      min={0}
                      step={1}
                      inputMode="numeric"
                      value={token.margin}
                      disabled={!token.enabled}
                      onChange={(event) => onChange(token.id, {margin: event.target.value})}
                    />
                  </label>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
