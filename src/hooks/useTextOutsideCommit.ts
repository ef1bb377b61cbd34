import {useCallback, useState, type RefCallback} from 'react';

type TextField = HTMLTextAreaElement | HTMLInputElement;

export interface TextOutsideCommit<Field extends TextField> {
  readonly ref: RefCallback<Field>;
  /** The first text, so the server HTML and the first client render agree; it never changes. */
  readonly defaultValue: string;
}

/**
 * For a read-only `<textarea>`, or a `<input type="datetime-local">`, whose text changes after load
 * (the example, then the open run's): spread the result on it instead of passing `value`. Later
 * texts are written with one DOM write from a microtask, outside React's commit. An editable field
 * keeps its `onChange`; what the reader types comes back as `text`, already shown, so it is not
 * written again.
 *
 * Why: setting a textarea's value rebuilds its inner text, and a trace (Lighthouse's included)
 * records a JavaScript stack for each line it invalidates. From React's deeply nested commit the
 * long messages made one task of 150 to 226 ms in a trace of the messages page loading (no CPU
 * slowdown), which Lighthouse counts several times over; from a microtask the stacks are short and
 * that task took 34 to 51 ms (the cause and cure of src/hooks/useDisabledUntil.ts, decisions/0010).
 * A datetime-local field rebuilds its date and time parts the same way: 18 to 21 ms per value in
 * the planner's commit under tracing, 0.2 ms without.
 */
export function useTextOutsideCommit<Field extends TextField = HTMLTextAreaElement>(
  text: string,
): TextOutsideCommit<Field> {
  const [defaultValue] = useState(text);
  // A callback ref, so a textarea mounted later (after an error hid it) also gets today's text.
  const ref = useCallback(
    (box: Field | null) => {
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
