import {act, render, screen} from '@testing-library/react';
import MermaidWrapper from './index';

// Jest does not map Docusaurus' theme aliases: a stand-in that renders the diagram's source.
jest.mock(
  '@theme-original/Mermaid',
  () => ({
    __esModule: true,
    default: ({value}: {value: string}) => <pre data-testid="diagram">{value}</pre>,
  }),
  {virtual: true},
);

let resize: () => void = () => undefined;
const widths = {scroll: 300, client: 300};

beforeAll(() => {
  // jsdom has no layout: the box reports the widths the test sets, and resizes on demand.
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get: () => widths.scroll,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => widths.client,
  });
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      resize = callback;
    }
    observe(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

it('is an ordinary box while the diagram fits the column', () => {
  widths.scroll = 300;
  render(<MermaidWrapper value="flowchart TD; A-->B" />);
  expect(screen.getByTestId('diagram')).toHaveTextContent('A-->B');
  expect(screen.queryByRole('group')).toBeNull();
});

it('becomes a focusable, labelled group while the diagram scrolls sideways, and back', () => {
  widths.scroll = 300;
  render(<MermaidWrapper value="sequenceDiagram" />);
  widths.scroll = 700;
  act(() => resize());
  const group = screen.getByRole('group', {name: 'Diagram, scrolls sideways'});
  expect(group).toHaveAttribute('tabindex', '0');
  expect(group).toContainElement(screen.getByTestId('diagram'));
  widths.scroll = 300;
  act(() => resize());
  expect(screen.queryByRole('group')).toBeNull();
});
