/**
 * `<PullRequestTemplate />`: the section for a repository's `.github/pull_request_template.md`,
 * pointing at this site. GitHub cannot fill in a pull request's number, so the template carries
 * NUMBER, and OWNER and REPO too until a repository is entered here.
 *
 * The server render is the OWNER/REPO version, so the page shows a usable template without
 * JavaScript.
 */
import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {parseRepository, pullRequestTemplate} from '@site/src/lib/pullRequest';
import {useLinkBase} from '@site/src/hooks/useLinkBase';
import styles from './styles.module.css';

export default function PullRequestTemplate(): ReactNode {
  const site = useLinkBase();
  const id = useId();
  const [text, setText] = useState('');
  const parsed = parseRepository(text);
  const repository = parsed.ok ? parsed.repository : null;
  const template = pullRequestTemplate(site, repository);

  return (
    <div className={styles.kit}>
      <div className={styles.field}>
        <label htmlFor={`${id}-repo`} className={styles.fieldLabel}>
          Repository (optional)
        </label>
        <input
          id={`${id}-repo`}
          type="text"
          className={styles.input}
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-invalid={!parsed.ok || undefined}
          aria-describedby={`${id}-repo-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${id}-repo-hint`} className={clsx(styles.hint, !parsed.ok && styles.hintError)}>
          {!parsed.ok
            ? `${parsed.message} The template below keeps OWNER and REPO.`
            : repository === null
              ? 'Such as openedx/edx-platform. Left empty, the template keeps OWNER and REPO.'
              : `Filled in: ${repository.owner}/${repository.repo}. Only NUMBER is left to replace.`}
        </p>
      </div>
      <CodeBlock language="markdown" title=".github/pull_request_template.md">
        {template}
      </CodeBlock>
    </div>
  );
}
