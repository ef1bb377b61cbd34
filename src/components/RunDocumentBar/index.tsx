/**
 * The top of every run tool (a checklist, the rollout plan, the message form): the run controls,
 * links to the same run in the other tools, and where the document is saved. One component, so
 * every tool words its run actions the same way.
 */
import type {ReactNode} from 'react';
import type {RunDocumentActions, RunDocumentState} from '@site/src/hooks/useRunDocument';
import RunControls from '@site/src/components/RunControls';
import RunLinks from '@site/src/components/RunLinks';
import RunStatus from '@site/src/components/RunStatus';

export interface RunDocumentBarProps<T> {
  readonly doc: RunDocumentState<T> & RunDocumentActions<T>;
  /** What is saved, as the subject of a sentence: "Progress", "The plan". */
  readonly what: string;
  /** This tool's part of a run, in lower case: "rollout checklist", "plan", "form". */
  readonly part: string;
  readonly links: readonly {readonly label: string; readonly route: string}[];
  /** The outcome of the last action, shown in the status line. */
  readonly message: string;
  readonly onMessage: (message: string) => void;
  /** Puts the document back to its defaults (the tool knows what they are). */
  readonly onReset: () => void;
  readonly resetQuestion: string;
  /** Further facts about the opened document, shown with the save state. */
  readonly notices?: readonly string[];
  /** Shown between the links and the save state (a checklist's progress). */
  readonly children?: ReactNode;
}

export default function RunDocumentBar<T>({
  doc,
  what,
  part,
  links,
  message,
  onMessage,
  onReset,
  resetQuestion,
  notices,
  children,
}: RunDocumentBarProps<T>): ReactNode {
  const {run} = doc;
  const ready = doc.phase === 'ready';
  return (
    <>
      <RunControls
        runs={doc.runs}
        run={run}
        ready={ready}
        onSwitch={(name, options) => {
          const opened = doc.switchRun(name, options);
          if (opened !== null) onMessage(`Opened run “${opened}”.`);
          return opened;
        }}
        onReset={onReset}
        resetQuestion={resetQuestion}
        onDelete={() => {
          void doc.remove().then((removed) => {
            if (removed) onMessage(`The ${part} of run “${run}” was deleted.`);
          });
        }}
        deleteQuestion={`Delete the ${part} of run “${run}” from this browser? The other parts of the run stay; the run list deletes a whole run.`}
      />
      <RunLinks run={run} links={links} />
      {children}
      <RunStatus
        ready={ready}
        what={what}
        storageKind={doc.storageKind}
        saveState={doc.saveState}
        problem={doc.problem}
        deletedElsewhere={doc.deletedElsewhere}
        notices={notices}
        message={message}
      />
    </>
  );
}
