import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import Diagram from './index';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" id="diagram-0123456789abcdef" role="img" aria-labelledby="diagram-0123456789abcdef-chart-title"><title id="diagram-0123456789abcdef-chart-title">Login flow</title><text>Browser</text></svg>';

beforeAll(installFakeLayout);

it('puts the SVG, with its text, in the server HTML: the diagram needs no JavaScript', () => {
  const html = renderToString(<Diagram svg={svg} />);
  expect(html).toContain(svg);
  expect(html).not.toMatch(/tabindex|role="group"/);
});

it('is an image named by its title, in a plain box while it fits the column', () => {
  render(<Diagram svg={svg} />);
  resize(300);
  expect(screen.getByRole('img', {name: 'Login flow'})).toHaveTextContent('Browser');
  expect(screen.queryByRole('group')).toBeNull();
});

it('becomes a focusable, labelled group while the diagram scrolls sideways, and back', () => {
  render(<Diagram svg={svg} />);
  resize(700);
  const group = screen.getByRole('group', {name: 'Diagram, scrolls sideways'});
  expect(group).toHaveAttribute('tabindex', '0');
  expect(group).toContainElement(screen.getByRole('img', {name: 'Login flow'}));
  resize(300);
  expect(screen.queryByRole('group')).toBeNull();
});
