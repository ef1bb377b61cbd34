import {renderToString} from 'react-dom/server';
import {render, screen, within} from '@testing-library/react';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import MDXTable from './index';

beforeAll(installFakeLayout);

/** What MDX renders for a Markdown table. */
function Table({caption}: {readonly caption?: string}) {
  return (
    <MDXTable>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th>Where</th>
          <th>What</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>LMS</td>
          <td>Creates the token</td>
        </tr>
      </tbody>
    </MDXTable>
  );
}

/** A docs page around the table, with headings as Docusaurus renders them. */
function Page({children}: {readonly children: React.ReactNode}) {
  return (
    <article>
      <div className="markdown">
        <header>
          <h1>Creation vs decoding</h1>
        </header>
        <h2 id="checks">
          Where each check happens
          <a
            className="hash-link"
            href="#checks"
            aria-label="Direct link to Where each check happens"
          >
            &#8203;
          </a>
        </h2>
        <p>Some text.</p>
        {children}
      </div>
    </article>
  );
}

describe('MDXTable', () => {
  it('is the plain table in the server HTML, in a box with no tab stop', () => {
    const html = renderToString(<Table />);
    expect(html).toMatch(/^<div class="[^"]*"><table class="[^"]*"><thead>/);
    expect(html).not.toMatch(/tabindex|role=|aria-label/);
  });

  it('keeps the card attributes and roles the build gives a wide table', () => {
    const html = renderToString(
      <MDXTable data-cards-below="440" role="table">
        <tbody role="rowgroup">
          <tr role="row">
            <td role="cell" data-label="Who mints it">
              The LMS
            </td>
          </tr>
        </tbody>
      </MDXTable>,
    );
    expect(html).toContain('data-cards-below="440"');
    expect(html).toContain('data-label="Who mints it"');
    render(
      <MDXTable data-cards-below="440" role="table">
        <tbody role="rowgroup">
          <tr role="row">
            <td role="cell" data-label="Who mints it">
              The LMS
            </td>
          </tr>
        </tbody>
      </MDXTable>,
    );
    expect(screen.getByRole('cell', {name: 'The LMS'})).toHaveAttribute(
      'data-label',
      'Who mints it',
    );
  });

  it('is no tab stop while the table fits the column', () => {
    render(<Table />);
    resize(300);
    expect(screen.getByRole('table')).toBeVisible();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('names the scrolling box after the heading the table sits under', () => {
    render(
      <Page>
        <Table />
      </Page>,
    );
    resize(700);
    const group = screen.getByRole('group', {
      name: 'Table: Where each check happens, scrolls sideways',
    });
    expect(group).toHaveAttribute('tabindex', '0');
    expect(within(group).getByRole('cell', {name: 'Creates the token'})).toBeVisible();
  });

  it('finds the heading from a table nested in other content', () => {
    render(
      <Page>
        <details open>
          <summary>More</summary>
          <div>
            <Table />
          </div>
        </details>
      </Page>,
    );
    resize(700);
    expect(
      screen.getByRole('group', {name: 'Table: Where each check happens, scrolls sideways'}),
    ).toBeVisible();
  });

  it('prefers the caption to the heading', () => {
    render(
      <Page>
        <Table caption="Checks by service" />
      </Page>,
    );
    resize(700);
    expect(
      screen.getByRole('group', {name: 'Table: Checks by service, scrolls sideways'}),
    ).toBeVisible();
  });

  it('falls back to a generic name without caption or heading', () => {
    render(<Table />);
    resize(700);
    expect(screen.getByRole('group', {name: 'Table, scrolls sideways'})).toBeVisible();
  });
});
