/**
 * The width a diagram is drawn at: Mermaid writes it on the root <svg> as `max-width: <n>px`, the
 * widest the diagram is ever shown. A column narrower than that makes the diagram scroll sideways
 * on a phone (src/components/Diagram), so the page can say so without measuring anything.
 */
export function drawnWidth(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root && /max-width:\s*([0-9]+(?:\.[0-9]+)?)px/.exec(root)?.[1];
  if (!width) return undefined;
  const pixels = Number(width);
  return Number.isFinite(pixels) && pixels > 0 ? pixels : undefined;
}
