/**
 * `<PullRequestKit />`: enter a pull request (`owner/repo#123` or its address) or another run name;
 * get the links that open the four checklists and the rollout timeline on that run, and the Markdown
 * for the pull request's description. Parsing and Markdown live in src/lib/pullRequest.
 *
 * Everything is derived from the field as you type; nothing is stored or sent. The server render and
 * the first client render are the empty form; after hydration, an untouched field shows the run
 * open on the site (decisions/0014).
 */
import {useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {parsePullRequest, pullRequestLinks, pullRequestMarkdown} from '@site/src/lib/pullRequest';
import {DEFAULT_RUN} from '@site/src/lib/runs/runName';
import {useCurrentRun} from '@site/src/hooks/currentRun';
import {useLinkBase} from '@site/src/hooks/useLinkBase';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

const HINT =
  'Such as openedx/edx-platform#12345, the pull request’s address, or any other run name.';

export default function PullRequestKit(): ReactNode {
  const id = useId();
  const openRun = useCurrentRun();
  // Null until the reader types: until then the field shows the open run.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (openRun === null || openRun === DEFAULT_RUN ? '' : openRun);
  const [status, setStatus] = useState('');
  const markdownRef = useRef<HTMLTextAreaElement>(null);

  const site = useLinkBase();
  const parsed = parsePullRequest(text);
  // An empty field is where everyone starts, not a mistake.
  const error = !parsed.ok && parsed.code !== 'empty' ? parsed : null;
  const result = parsed.ok ? parsed : null;
  const links = result ? pullRequestLinks(result.run, site) : [];
  const markdown = result ? pullRequestMarkdown(result.run, site) : '';

  const selectWhenNotCopied = (copied: boolean): void => {
    if (copied) return;
    // The box already holds the Markdown: select it so one keystroke copies it.
    markdownRef.current?.focus();
    markdownRef.current?.select();
  };

  return (
    <div className={styles.kit}>
      <div className={styles.field}>
        <label htmlFor={`${id}-input`} className={styles.fieldLabel}>
          Pull request
        </label>
        <input
          id={`${id}-input`}
          type="text"
          className={styles.input}
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-invalid={error !== null || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setTyped(event.target.value);
            setStatus('');
          }}
        />
        <p id={`${id}-hint`} className={clsx(styles.hint, error && styles.hintError)}>
          {error ? error.message : HINT}
        </p>
      </div>

      {result === null ? (
        <p className={styles.placeholder}>
          The links and the Markdown appear here once you enter a pull request.
        </p>
      ) : (
        <div className={styles.output}>
          <div>
            <p className={styles.run}>
              Run: <strong className={styles.runName}>{result.run}</strong>
            </p>
            <p className={styles.hint}>
              {result.kind === 'github'
                ? 'A GitHub pull request: its short form and every address of it open this run.'
                : 'Not a GitHub pull request, so this text is the run name.'}
            </p>
          </div>
          <p id={`${id}-links`} className={styles.fieldLabel}>
            Links for this run
          </p>
          <ul className={styles.links} aria-labelledby={`${id}-links`}>
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.path}>{link.title}</a>
                <code className={styles.url}>{link.url}</code>
              </li>
            ))}
          </ul>
          <label htmlFor={`${id}-markdown`} className={styles.fieldLabel}>
            Markdown for the pull request description
          </label>
          <textarea
            id={`${id}-markdown`}
            ref={markdownRef}
            className={styles.markdown}
            readOnly
            rows={markdown.split('\n').length}
            value={markdown}
          />
          <div>
            <CopyButton
              text={markdown}
              label="Copy Markdown"
              variant="primary"
              status={(copied) =>
                copied
                  ? 'Copied the Markdown. Paste it into the pull request description.'
                  : 'The clipboard is not available here: the Markdown is selected below; copy it.'
              }
              onCopied={selectWhenNotCopied}
              onStatus={setStatus}
            />
          </div>
        </div>
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
