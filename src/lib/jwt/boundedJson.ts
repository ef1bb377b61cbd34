/**
 * JSON text for display, within limits: how deep containers are opened and how many characters
 * are written. Written without recursion: V8's JSON.parse reads a payload nested 100,000 deep,
 * but JSON.stringify and recursive walkers throw "Maximum call stack size exceeded" at a few
 * thousand levels, and a payload 1,000 deep indents to megabytes of text. Within the limits the
 * text is exactly what JSON.stringify writes.
 */
import {MAX_CELL_CHARS, MAX_QUOTED_CHARS, MAX_SHOWN_CHARS, MAX_SHOWN_DEPTH} from './limits';

export interface BoundedJsonOptions {
  /** Spaces per level, as JSON.stringify's third argument; 0 writes compact JSON. */
  readonly indent?: number;
  readonly maxDepth?: number;
  readonly maxChars?: number;
  /** Object keys in sorted order, so that two objects with the same content print the same. */
  readonly sortKeys?: boolean;
}

export interface BoundedJson {
  readonly text: string;
  /** Containers deeper than `maxDepth` were written as `{…}` or `[…]`. */
  readonly depthCut: boolean;
  /** The text stopped at `maxChars`. */
  readonly sizeCut: boolean;
}

interface Frame {
  readonly close: string;
  /** Object keys, or undefined for an array. */
  readonly keys?: readonly string[];
  readonly items: readonly unknown[] | Readonly<Record<string, unknown>>;
  readonly count: number;
  readonly depth: number;
  next: number;
  /** Members written so far (an object's skipped members are not). */
  written: number;
}

/** What JSON.stringify would call first: a value's own `toJSON` (a YAML date has one). */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'toJSON' in value) {
    const toJSON = (value as {toJSON: unknown}).toJSON;
    if (typeof toJSON === 'function') return (toJSON as () => unknown).call(value);
  }
  return value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return String(value);
  return 'null';
}

/**
 * JSON text of `value` like `JSON.stringify(value, null, indent)`, but never deeper than
 * `maxDepth` levels nor longer than `maxChars` characters, and without recursion.
 */
export function boundedJson(value: unknown, options: BoundedJsonOptions = {}): BoundedJson {
  const indent = options.indent ?? 0;
  const maxDepth = options.maxDepth ?? MAX_SHOWN_DEPTH;
  const maxChars = options.maxChars ?? MAX_SHOWN_CHARS;
  const colon = indent > 0 ? ': ' : ':';
  const parts: string[] = [];
  let length = 0;
  let sizeCut = false;
  let depthCut = false;

  /** Appends `text`; false once the limit is reached (the text is then cut there). */
  const write = (text: string): boolean => {
    if (length + text.length > maxChars) {
      parts.push(text.slice(0, maxChars - length));
      length = maxChars;
      sizeCut = true;
      return false;
    }
    parts.push(text);
    length += text.length;
    return true;
  };
  const newlines: string[] = [];
  const newline = (depth: number): string =>
    indent > 0 ? (newlines[depth] ??= `\n${' '.repeat(indent * depth)}`) : '';
  const stack: Frame[] = [];

  /** Writes a scalar, or opens a container at `depth` (1 for the outermost). */
  const open = (raw: unknown, depth: number): boolean => {
    const item = jsonValue(raw);
    if (typeof item !== 'object' || item === null) {
      // A long string costs only the part that can still be shown; quoted, that part is longer
      // than the room left, so `write` cuts it (closing quote included) and reports the cut.
      const room = maxChars - length;
      return write(
        scalarText(typeof item === 'string' && item.length > room ? item.slice(0, room) : item),
      );
    }
    const isArray = Array.isArray(item);
    const keys = isArray ? undefined : Object.keys(item);
    if (keys && options.sortKeys) keys.sort();
    const count = keys ? keys.length : (item as unknown[]).length;
    const [start, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (count === 0) return write(`${start}${close}`);
    if (depth > maxDepth) {
      depthCut = true;
      return write(`${start}…${close}`);
    }
    stack.push({close, keys, items: item as Frame['items'], count, depth, next: 0, written: 0});
    return write(start);
  };

  if (isSkipped(jsonValue(value))) return {text: '', depthCut, sizeCut};
  let room = open(value, 1);
  while (room && stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.count) {
      stack.pop();
      room = write(frame.written === 0 ? frame.close : `${newline(frame.depth - 1)}${frame.close}`);
      continue;
    }
    const index = frame.next++;
    if (frame.keys) {
      const key = frame.keys[index]!;
      const item = (frame.items as Readonly<Record<string, unknown>>)[key];
      if (isSkipped(item)) continue;
      const separator = frame.written++ === 0 ? '' : ',';
      room =
        write(`${separator}${newline(frame.depth)}${JSON.stringify(key)}${colon}`) &&
        open(item, frame.depth + 1);
    } else {
      const item = (frame.items as readonly unknown[])[index];
      const separator = frame.written++ === 0 ? '' : ',';
      room =
        write(`${separator}${newline(frame.depth)}`) &&
        open(isSkipped(item) ? null : item, frame.depth + 1);
    }
  }
  return {text: parts.join(''), depthCut, sizeCut};
}

/**
 * How deeply JSON text nests containers (0 for a scalar, 1 for `{}` or `[1]`): one scan of the
 * characters, which costs far less than walking the parsed value.
 */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * A value as one line of text for a table cell or a message: strings as they are (unquoted) or
 * quoted, anything else as compact JSON, cut with "…" past `maxChars`.
 */
export function shortJson(
  value: unknown,
  {maxChars = MAX_CELL_CHARS, quoteStrings = false} = {},
): string {
  if (typeof value === 'string' && !quoteStrings) {
    return value.length > maxChars ? `${value.slice(0, maxChars)}…` : value;
  }
  const printed = boundedJson(value, {maxChars});
  return printed.sizeCut ? `${printed.text}…` : printed.text;
}

/** A value as JSON for a message (strings quoted), cut with "…" past `maxChars`. */
export function quoteJson(value: unknown, maxChars = MAX_QUOTED_CHARS): string {
  return shortJson(value, {maxChars, quoteStrings: true});
}
