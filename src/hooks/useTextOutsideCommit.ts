import {useCallback, useState, type RefCallback} from 'react';

export interface TextOutsideCommit {
  readonly ref: RefCallback<HTMLTextAreaElement>;
  /** The first text, so the server HTML and the first client render agree; it never changes. */
  readonly defaultValue: string;
}

/**
 * For a read-only `<textarea>` whose text changes after load (the example, then the open run's):
 * spread the result on it instead of passing `value`. Later texts are written with one DOM write
 * from a microtask, outside React's commit.
 *
 * Why: setting a textarea's value rebuilds its inner text, and a trace (Lighthouse's included)
 * records a JavaScript stack for each line it invalidates. From React's deeply nested commit the
 * long messages made one task of 150 to 226 ms in a trace of the messages page loading (no CPU
 * slowdown), which Lighthouse counts several times over; from a microtask the stacks are short and
 * that task took 34 to 51 ms (the cause and cure of src/hooks/useDisabledUntil.ts, decisions/0010).
 */
export function useTextOutsideCommit(text: string): TextOutsideCommit {
  const [defaultValue] = useState(text);
  // A callback ref, so a textarea mounted later (after an error hid it) also gets today's text.
  const ref = useCallback(
    (box: HTMLTextAreaElement | null) => {
      if (box === null) return undefined;
      let current = true;
      queueMicrotask(() => {
        if (current && box.value !== text) box.value = text;
      });
      return () => {
        current = false;
      };
    },
    [text],
  );
  return {ref, defaultValue};
}
