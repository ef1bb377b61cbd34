/**
 * UTF-8 and JSON parsing with diagnostics: where the bytes stop being UTF-8, where the JSON breaks.
 */

export type Utf8Result =
  | {readonly ok: true; readonly text: string}
  /** `text` is a lossy reading (U+FFFD for bad bytes) so the reader still sees something. */
  | {readonly ok: false; readonly text: string; readonly offset: number};

/** Decodes strictly (RFC 8259 §8.1 requires UTF-8); on failure, finds the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return {ok: true, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
  } catch {
    // A prefix is valid in streaming mode iff no byte before its end is bad, so search for the
    // longest valid prefix; the next byte is the first bad one.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      try {
        new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true});
        low = middle;
      } catch {
        high = middle - 1;
      }
    }
    // `low` ends inside the first bad sequence when it began with a valid lead byte: step back to it.
    let offset = low;
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, low));
    } catch {
      while (offset > 0 && low - offset < 3 && ((bytes[offset - 1] ?? 0) & 0xc0) === 0x80) offset--;
      if (offset > 0 && (bytes[offset - 1] ?? 0) >= 0xc0) offset--;
    }
    return {ok: false, text: new TextDecoder('utf-8').decode(bytes), offset};
  }
}

export type JsonResult =
  | {readonly ok: true; readonly value: unknown}
  | {
      readonly ok: false;
      /** The engine's own words, e.g. "Expected ',' or '}' after property value in JSON". */
      readonly reason: string;
      /** 0-based character offset of the problem, when the engine says where. */
      readonly position?: number;
      readonly line?: number;
      readonly column?: number;
    };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, position: number): {line: number; column: number} {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return {line, column};
}

const END_OF_INPUT = /end of|EOF/i;
/** Messages that mean "the text stopped early" rather than "this character is wrong". */
const TOO_SHORT = /end of|EOF|Unterminated|No number after|missing a number/i;

/**
 * Length of the longest prefix that is still valid JSON "so far" (parses, or fails only because
 * it ended too early). Used when the engine's message gives no position; the set of such prefixes
 * is closed under taking shorter prefixes, so binary search works.
 */
function validPrefixLength(text: string): number | undefined {
  const fine = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      return error instanceof Error && TOO_SHORT.test(error.message);
    }
  };
  if (!fine(0)) return undefined;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fine(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function parseJson(text: string): JsonResult {
  try {
    return {ok: true, value: JSON.parse(text) as unknown};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let position: number | undefined;
    const atPosition = /position (\d+)/.exec(message);
    const atLine = /line (\d+) column (\d+)/.exec(message);
    if (atPosition) {
      position = Number(atPosition[1]);
    } else if (atLine) {
      const lines = text.split('\n');
      const line = Number(atLine[1]);
      position =
        lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) +
        Number(atLine[2]) -
        1;
    } else if (END_OF_INPUT.test(message)) {
      position = text.length;
    } else {
      position = validPrefixLength(text);
    }
    const reason = message
      .replace(/^JSON\.parse: /, '')
      .replace(/, "[\s\S]*" is not valid JSON$/, '')
      .replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?$/, '')
      .replace(/ at line \d+ column \d+ of the JSON data$/, '');
    return position === undefined
      ? {ok: false, reason}
      : {ok: false, reason, position, ...lineColumn(text, position)};
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
