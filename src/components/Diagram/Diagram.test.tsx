import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import Diagram, {SCROLL_HINT} from './index';

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

it('says above a diagram drawn with a width that it may scroll, hidden from screen readers', () => {
  const wide = svg.replace('<svg ', '<svg style="max-width: 754.5px;" ');
  const html = renderToString(<Diagram svg={wide} />);
  expect(html).toContain('--diagram-drawn-width:754.5px');
  expect(html).toContain(SCROLL_HINT);
  render(<Diagram svg={wide} />);
  expect(screen.getByText(SCROLL_HINT)).toHaveAttribute('aria-hidden', 'true');
});

it('has no hint when the SVG gives no drawn width', () => {
  render(<Diagram svg={svg} />);
  expect(screen.queryByText(SCROLL_HINT)).toBeNull();
});
