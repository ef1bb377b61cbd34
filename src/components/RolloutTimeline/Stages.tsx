/** The planner's optional stages: a name and a time each, in the order they happen. */
import type {PlanStageFields, StageField} from '@site/src/lib/rollout';
import styles from './styles.module.css';

export interface StagesProps {
  readonly stages: readonly StageField[];
  readonly onEdit: (key: number, patch: Partial<PlanStageFields>) => void;
  readonly onRemove: (key: number) => void;
  readonly onAdd: () => void;
}

export default function Stages({stages, onEdit, onRemove, onAdd}: StagesProps): React.JSX.Element {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Stages (optional, in order)</legend>
      {stages.length === 0 ? (
        <p className={styles.hint}>
          No stages: the change is complete at the start time. Add one for each step, such as
          “verifiers deployed”, “issuer switched” or “toggle on for 10%”.
        </p>
      ) : (
        <ol className={styles.stageList}>
          {stages.map((stage, index) => (
            <li key={stage.key} className={styles.row}>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>Stage {index + 1} name</span>
                <input
                  className={styles.input}
                  type="text"
                  value={stage.label}
                  onChange={(event) => onEdit(stage.key, {label: event.target.value})}
                />
              </label>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>Stage {index + 1} time</span>
                <input
                  className={styles.input}
                  type="datetime-local"
                  value={stage.local}
                  onChange={(event) => onEdit(stage.key, {local: event.target.value})}
                />
              </label>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={() => onRemove(stage.key)}
              >
                Remove stage {index + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button--secondary button--sm" onClick={onAdd}>
        Add a stage
      </button>
    </fieldset>
  );
}
