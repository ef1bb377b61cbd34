import {drawnWidth} from './diagramWidth';

describe('drawnWidth', () => {
  it('reads the max-width Mermaid writes on the root svg', () => {
    expect(
      drawnWidth(
        '<svg id="diagram-a" width="100%" style="max-width: 754.46875px;" viewBox="0 0 754 1914"><g/></svg>',
      ),
    ).toBe(754.46875);
  });

  it('ignores a max-width inside the drawing and says nothing when the root has none', () => {
    expect(drawnWidth('<svg id="x"><style>.a{max-width: 900px}</style></svg>')).toBeUndefined();
    expect(drawnWidth('<svg style="max-width: 0px;"></svg>')).toBeUndefined();
    expect(drawnWidth('not an svg')).toBeUndefined();
  });
});
