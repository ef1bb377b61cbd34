/**
 * What of a long decoded text the decoder paints in the frame after a paste (issue #18). The
 * encoded token and the JSON panels sit in scroll boxes that show a dozen and two dozen lines;
 * laying out all of a 16 KB token's text in both boxes cost about 10 ms of that frame, for text
 * that is out of sight. The view paints this first part at once and the whole a frame later
 * (useWholeAfterPaint, decisions/0029).
 */
import type {Segment} from './types';

/**
 * More than a scroll box shows at any width: the JSON panel's 28rem holds about 24 lines, and the
 * widest content column fits about 170 monospace characters a line.
 */
export const FIRST_PAINT_CHARS = 4_000;

/** Where to cut `text` at `max` without splitting a surrogate pair. */
function safeEnd(text: string, max: number): number {
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/** `text`, or its start up to `max` characters, ending at a line break when one is in the second half. */
export function firstPaintText(text: string, max = FIRST_PAINT_CHARS): string {
  if (text.length <= max) return text;
  const lineBreak = text.lastIndexOf('\n', max - 1);
  return text.slice(0, lineBreak >= max / 2 ? lineBreak : safeEnd(text, max));
}

/** The token's segments up to `max` characters in all: whole ones, then the start of the next. */
export function firstPaintSegments(
  segments: readonly Segment[],
  max = FIRST_PAINT_CHARS,
): readonly Segment[] {
  const shown: Segment[] = [];
  let room = max;
  for (const segment of segments) {
    if (room <= 0) break;
    shown.push(
      segment.text.length <= room
        ? segment
        : {...segment, text: segment.text.slice(0, safeEnd(segment.text, room))},
    );
    room -= segment.text.length;
  }
  return shown;
}

/** Whether a text of `length` characters is painted in part first. */
export function paintsInPart(length: number, max = FIRST_PAINT_CHARS): boolean {
  return length > max;
}
