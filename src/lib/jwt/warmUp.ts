/**
 * Warm-up for the decoder's first paste (decisions/0023): the decoder runs this once, when the
 * browser is idle after its code has loaded, so that the reader's first paste does not pay for
 * first uses. The largest is Intl: the first `Intl.DateTimeFormat` in a page loads the browser's
 * date and time-zone data (measured at 20 to 160 ms in a fresh Chromium page). The rest is V8
 * compiling the inspector's functions the first time they run.
 */
import {evaluate} from './findings';
import {inspectText} from './inspect';
import {defaultTimeZone} from './time';

/** An Open edX-shaped RS256 token with time claims (its signature is not a real one). */
export const WARM_UP_TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xtcy5leGFtcGxlLm9yZy9vYXV0aDIiLCJhdWQiOiJvcGVuZWR4IiwiZXhwIjoxNzY3MjI5MjAwLCJpYXQiOjE3NjcyMjU2MDAsInN1YiI6Indhcm0tdXAiLCJ2ZXJzaW9uIjoiMS4yLjAiLCJzY29wZXMiOlsidXNlcl9pZCJdfQ.c2ln';

/**
 * Inspects and evaluates WARM_UP_TOKEN at `now` in the reader's zone, the path a pasted token
 * takes, and returns how many time claims it showed (2), so that nothing is thrown away unseen.
 */
export function warmUp(now: Date): number {
  const evaluation = evaluate(inspectText(WARM_UP_TOKEN), now, {timeZone: defaultTimeZone()});
  return Object.keys(evaluation.times).length;
}
