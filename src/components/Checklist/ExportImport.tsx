import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import type {ImportResult} from '@site/src/lib/checklist';
import CopyButton from '@site/src/components/CopyButton';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import styles from './styles.module.css';

export interface ExportImportProps {
  readonly ready: boolean;
  readonly getMarkdown: () => string;
  /** Said after a copy: what the export shows differently from what was typed, or ''. */
  readonly getExportNotice?: () => string;
  readonly onImport: (markdown: string) => ImportResult;
  readonly onMessage: (message: string) => void;
}

const SHOWN_SKIPPED_LINES = 10;

/** "Copy as Markdown" (with a selectable fallback box) and "Paste from a PR description". */
export default function ExportImport({
  ready,
  getMarkdown,
  getExportNotice = () => '',
  onImport,
  onMessage,
}: ExportImportProps): ReactNode {
  const fallbackId = useId();
  const pasteId = useId();
  const [fallback, setFallback] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  // Off until the run is loaded, switched outside React's commit (useDisabledUntil, decisions/0010).
  const controlsRef = useDisabledUntil(ready);

  useEffect(() => {
    if (fallback !== null) fallbackRef.current?.select();
  }, [fallback]);
  useEffect(() => {
    if (pasteOpen) pasteRef.current?.focus();
  }, [pasteOpen]);

  const copyStatus = (copied: boolean): string => {
    const notice = getExportNotice();
    const after = notice === '' ? '' : ` ${notice}`;
    return copied
      ? `Copied the run as Markdown. Paste it into the pull request description.${after}`
      : `The clipboard is not available here: select the Markdown below and copy it.${after}`;
  };

  const apply = (): void => {
    const outcome = onImport(pasted);
    setResult(outcome);
    onMessage(
      outcome.matched === 0
        ? 'No item of this checklist was found in the pasted text.'
        : `Updated ${outcome.changed} of ${outcome.matched} items found in the pasted text.` +
            (outcome.skipped.length > 0 ? ' Some lines were skipped; they are listed below.' : ''),
    );
  };

  return (
    <fieldset ref={controlsRef} className={styles.exportImport} disabled>
      <div className={styles.runRow}>
        <CopyButton
          text={getMarkdown}
          label="Copy as Markdown"
          variant="primary"
          status={copyStatus}
          onCopied={(copied, markdown) => setFallback(copied ? null : markdown)}
          onStatus={onMessage}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          aria-expanded={pasteOpen}
          aria-controls={pasteId}
          onClick={() => setPasteOpen(!pasteOpen)}
        >
          Paste from a PR description
        </button>
      </div>
      {fallback !== null && (
        <div className={styles.panel}>
          <label htmlFor={fallbackId} className={styles.fieldLabel}>
            Markdown for this run
          </label>
          <textarea
            id={fallbackId}
            ref={fallbackRef}
            className={styles.markdownBox}
            readOnly
            rows={Math.min(fallback.split('\n').length, 16)}
            value={fallback}
          />
          <button
            type="button"
            className="button button--link button--sm"
            onClick={() => setFallback(null)}
          >
            Hide the Markdown
          </button>
        </div>
      )}
      <div id={pasteId} className={styles.panel} hidden={!pasteOpen}>
        <label htmlFor={`${pasteId}-text`} className={styles.fieldLabel}>
          Markdown from the pull request
        </label>
        <p className={styles.hint}>
          Paste the list made by “Copy as Markdown”, with any boxes ticked on GitHub. Ticks and
          “N/A” are applied to this run by item link; notes are not changed.
        </p>
        <textarea
          id={`${pasteId}-text`}
          ref={pasteRef}
          className={styles.markdownBox}
          rows={6}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={pasted.trim().length === 0}
          onClick={apply}
        >
          Apply to this run
        </button>
        {result !== null && result.skipped.length > 0 && (
          <div className={styles.unknown}>
            <p id={`${pasteId}-skipped`}>
              {result.skipped.length === 1
                ? '1 line was skipped:'
                : `${result.skipped.length} lines were skipped:`}
            </p>
            <ul aria-labelledby={`${pasteId}-skipped`}>
              {result.skipped.slice(0, SHOWN_SKIPPED_LINES).map(({line, text, reason}) => (
                <li key={line}>
                  Line {line}: {reason}:{' '}
                  <code>{text.length > 120 ? `${text.slice(0, 119)}…` : text}</code>
                </li>
              ))}
            </ul>
            {result.skipped.length > SHOWN_SKIPPED_LINES && (
              <p>and {result.skipped.length - SHOWN_SKIPPED_LINES} more.</p>
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
