/**
 * An error boundary around one tool of a page (issue #16). If the tool throws while rendering,
 * only the tool is replaced: the rest of the page keeps working, and the boundary shows what the
 * reader had typed into the tool's text fields, so nothing typed is lost. "Start again" renders
 * the tool anew.
 *
 * The remark plugin src/plugins/remark-import-components wraps every tool of an MDX page in one;
 * pages do not write it themselves.
 */
import {Component, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The tool's name in a sentence: "JWT decoder", "checklist". */
  readonly tool: string;
  readonly children: ReactNode;
}

interface State {
  readonly error?: Error;
}

/** The name a reader knows a field by: its label, else its aria-label. */
function fieldName(field: HTMLInputElement | HTMLTextAreaElement): string {
  const label = field.labels?.[0]?.textContent?.trim();
  return label || field.getAttribute('aria-label')?.trim() || field.name || 'a text field';
}

/** Numbers the boundaries of a page, for the ids of their fallback fields. */
let boundaries = 0;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

export default class ToolBoundary extends Component<Props, State> {
  override state: State = {};

  private readonly idPrefix = `tool-boundary-${++boundaries}`;

  /** Field name → the last text the reader typed or pasted into it. */
  private readonly typed = new Map<string, string>();

  static getDerivedStateFromError(error: unknown): State {
    return {error: error instanceof Error ? error : new Error(String(error))};
  }

  private readonly remember = (event: React.FormEvent<HTMLDivElement>) => {
    const field = event.target;
    if (field instanceof HTMLTextAreaElement && !field.readOnly) {
      this.typed.set(fieldName(field), field.value);
    } else if (
      field instanceof HTMLInputElement &&
      !field.readOnly &&
      TEXT_INPUT_TYPES.has(field.getAttribute('type') ?? '')
    ) {
      this.typed.set(fieldName(field), field.value);
    }
  };

  override render(): ReactNode {
    const {error} = this.state;
    if (!error) {
      return (
        <div className={styles.boundary} onInputCapture={this.remember}>
          {this.props.children}
        </div>
      );
    }
    const typed = [...this.typed].filter(([, value]) => value !== '');
    return (
      <div role="alert" className={`alert alert--danger ${styles.failed}`}>
        <p>
          <strong>The {this.props.tool} stopped working</strong> ({error.message || error.name}).
          The rest of this page still works.
          {typed.length > 0 && ' What you had typed into it is below, to copy.'}
        </p>
        {typed.map(([name, value], index) => (
          <div key={name} className={styles.field}>
            <label htmlFor={`${this.idPrefix}-${index}`}>What you typed in “{name}”</label>
            <textarea
              id={`${this.idPrefix}-${index}`}
              className={styles.typed}
              rows={3}
              value={value}
              readOnly
            />
          </div>
        ))}
        <p>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => this.setState({error: undefined})}
          >
            Start the {this.props.tool} again
          </button>
        </p>
      </div>
    );
  }
}
