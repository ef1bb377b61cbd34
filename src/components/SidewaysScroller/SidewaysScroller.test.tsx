import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import SidewaysScroller from './index';

beforeAll(installFakeLayout);

const wide = <p>A very wide line</p>;

describe('SidewaysScroller', () => {
  it('is a plain box in the server HTML', () => {
    const html = renderToString(
      <SidewaysScroller label="Wide, scrolls sideways">{wide}</SidewaysScroller>,
    );
    expect(html).toContain('A very wide line');
    expect(html).not.toMatch(/tabindex|role=|aria-label/);
  });

  it('is no tab stop while its content fits', async () => {
    render(
      <>
        <SidewaysScroller label="Wide, scrolls sideways">{wide}</SidewaysScroller>
        <button type="button">After</button>
      </>,
    );
    resize(300);
    expect(screen.queryByRole('group')).toBeNull();
    await userEvent.tab();
    expect(screen.getByRole('button', {name: 'After'})).toHaveFocus();
  });

  it('is a focusable, named group while its content is wider than the box', async () => {
    render(<SidewaysScroller label="Wide, scrolls sideways">{wide}</SidewaysScroller>);
    resize(700);
    const group = screen.getByRole('group', {name: 'Wide, scrolls sideways'});
    await userEvent.tab();
    expect(group).toHaveFocus();
    expect(group).toHaveTextContent('A very wide line');
  });

  it('works out a name from the page only once the content scrolls', () => {
    const label = jest.fn((box: HTMLElement) => `${box.textContent}, scrolls sideways`);
    render(<SidewaysScroller label={label}>{wide}</SidewaysScroller>);
    resize(300);
    expect(label).not.toHaveBeenCalled();
    resize(700);
    expect(screen.getByRole('group', {name: 'A very wide line, scrolls sideways'})).toBeVisible();
    expect(label).toHaveBeenCalledTimes(1);
  });
});
