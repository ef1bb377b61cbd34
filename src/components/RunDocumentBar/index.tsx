/**
 * The top of a per-run tool (rollout plan, communication messages): the run controls, links to the
 * same run in the other tools, and where the document is saved. One component, so every tool
 * words its run actions the same way.
 */
import type {ReactNode} from 'react';
import type {RunDocumentActions, RunDocumentState} from '@site/src/hooks/useRunDocument';
import RunControls from '@site/src/components/RunControls';
import RunLinks from '@site/src/components/RunLinks';
import RunStatus from '@site/src/components/RunStatus';

export interface RunDocumentBarProps<T> {
  readonly doc: RunDocumentState<T> & RunDocumentActions<T>;
  /** What the document is, in lower case: "plan", "form". */
  readonly noun: string;
  readonly links: readonly {readonly label: string; readonly route: string}[];
  /** The outcome of the last action, shown in the status line. */
  readonly message: string;
  readonly onMessage: (message: string) => void;
  /** Puts the document back to its defaults (the tool knows what they are). */
  readonly onReset: () => void;
  readonly resetQuestion: string;
}

export default function RunDocumentBar<T>({
  doc,
  noun,
  links,
  message,
  onMessage,
  onReset,
  resetQuestion,
}: RunDocumentBarProps<T>): ReactNode {
  const {run} = doc;
  return (
    <>
      <RunControls
        runs={doc.runs}
        run={run}
        ready={doc.phase === 'ready'}
        onSwitch={(name) => {
          const opened = doc.switchRun(name);
          if (opened !== null) onMessage(`Opened run “${opened}”.`);
          return opened;
        }}
        onReset={onReset}
        resetQuestion={resetQuestion}
        onDelete={() => {
          void doc.remove().then(() => onMessage(`The ${noun} of run “${run}” was deleted.`));
        }}
        deleteWhat={`the ${noun} of run “${run}”`}
      />
      <RunLinks run={run} links={links} />
      <RunStatus
        ready={doc.phase === 'ready'}
        run={run}
        what={`The ${noun}`}
        storageKind={doc.storageKind}
        saveState={doc.saveState}
        setAside={doc.setAside}
        message={message}
      />
    </>
  );
}
