import {firstPaintSegments, firstPaintText, FIRST_PAINT_CHARS, paintsInPart} from './firstPaint';
import type {Segment} from './types';

describe('firstPaintText', () => {
  it('leaves a text that fits alone', () => {
    const text = 'x'.repeat(FIRST_PAINT_CHARS);
    expect(firstPaintText(text)).toBe(text);
    expect(paintsInPart(text.length)).toBe(false);
    expect(paintsInPart(text.length + 1)).toBe(true);
  });

  it('ends at the last whole line when one ends in the second half', () => {
    const lines = Array.from({length: 200}, (_, i) => `  "line ${String(i).padStart(3, '0')}",`);
    const text = lines.join('\n');
    // Each line is 13 characters and a line break: 7 whole lines are 97 characters.
    expect(firstPaintText(text, 100)).toBe(lines.slice(0, 7).join('\n'));
  });

  it('cuts a long line at the limit, never inside a surrogate pair', () => {
    expect(firstPaintText(`a\n${'b'.repeat(50)}`, 10)).toBe(`a\n${'b'.repeat(8)}`);
    const emoji = `${'c'.repeat(9)}😀${'d'.repeat(10)}`;
    expect(firstPaintText(emoji, 10)).toBe('c'.repeat(9));
    expect(firstPaintText(emoji, 11)).toBe(`${'c'.repeat(9)}😀`);
  });
});

describe('firstPaintSegments', () => {
  const segment = (index: number, role: Segment['role'], text: string, start: number): Segment => ({
    index,
    role,
    text,
    start,
  });
  const segments = [
    segment(1, 'header', 'h'.repeat(30), 0),
    segment(2, 'payload', 'p'.repeat(100), 31),
    segment(3, 'signature', 's'.repeat(40), 132),
  ];

  it('keeps whole segments, then the start of the one the limit falls in', () => {
    const shown = firstPaintSegments(segments, 50);
    expect(shown.map((part) => [part.role, part.text.length])).toEqual([
      ['header', 30],
      ['payload', 20],
    ]);
    expect(shown[1]?.start).toBe(31);
  });

  it('returns every segment when they fit', () => {
    expect(firstPaintSegments(segments, 170)).toEqual(segments);
  });
});
