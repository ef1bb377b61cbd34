import {render, screen} from '@testing-library/react';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
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

beforeAll(installFakeLayout);

it('is an ordinary box while the diagram fits the column', () => {
  render(<MermaidWrapper value="flowchart TD; A-->B" />);
  resize(300);
  expect(screen.getByTestId('diagram')).toHaveTextContent('A-->B');
  expect(screen.queryByRole('group')).toBeNull();
});

it('becomes a focusable, labelled group while the diagram scrolls sideways, and back', () => {
  render(<MermaidWrapper value="sequenceDiagram" />);
  resize(700);
  const group = screen.getByRole('group', {name: 'Diagram, scrolls sideways'});
  expect(group).toHaveAttribute('tabindex', '0');
  expect(group).toContainElement(screen.getByTestId('diagram'));
  resize(300);
  expect(screen.queryByRole('group')).toBeNull();
});
