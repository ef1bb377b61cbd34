import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MarkdownDetails from './index';

jest.mock('@docusaurus/useBrokenLinks', () => ({
  __esModule: true,
  default: () => ({collectAnchor: () => undefined, collectLink: () => undefined}),
}));

const page = (
  <MarkdownDetails id="history">
    <summary>Change history</summary>
    <p>Reviewed in May.</p>
  </MarkdownDetails>
);

it('is closed in the server HTML, with the content there for readers without JavaScript', () => {
  const html = renderToString(page);
  expect(html).toMatch(/^<details id="history" class="alert alert--info [^"]+"><summary>/);
  expect(html).not.toContain(' open');
  expect(html).toContain('Reviewed in May.');
});

// The keyboard (Enter and Space on the summary) is the browser's: e2e/docusaurus-ties.spec.ts.
it('opens and closes from its summary', async () => {
  const user = userEvent.setup();
  render(page);
  const group = screen.getByRole('group');
  const summary = screen.getByText('Change history');
  expect(group).not.toHaveAttribute('open');
  await user.click(summary);
  expect(group).toHaveAttribute('open');
  await user.click(summary);
  expect(group).not.toHaveAttribute('open');
});

it('gives a details without a summary the browser’s own word for it', () => {
  render(
    <MarkdownDetails>
      <p>Only content.</p>
    </MarkdownDetails>,
  );
  expect(screen.getByText('Details').tagName).toBe('SUMMARY');
});
