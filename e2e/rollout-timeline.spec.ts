/**
 * Rollout timeline in a real browser, against the production build: the chart's key moments match
 * the table and the values computed by src/lib/rollout, the Markdown is exact, and the .ics file
 * downloads (without console errors under the CSP) and parses.
 */
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {computePlan, defaultTokens, formatInstant, planToMarkdown} from '../src/lib/rollout';
import {axeViolations, expect, openPage, switchColourScheme, test} from './fixtures';

const ROUTE = '/docs/tools/rollout-timeline';
const ZONE = 'Europe/Berlin';

test.use({timezoneId: ZONE});

// The evening before the clocks go forward in Berlin, with one stage after the switch.
const START = Date.parse('2026-03-28T22:30:00Z'); // 23:30 local, UTC+01:00
const STAGE = Date.parse('2026-03-29T01:15:00Z'); // 03:15 local, UTC+02:00

function expectedPlan() {
  const result = computePlan({
    title: 'Sign with the new key',
    start: START,
    timeZone: ZONE,
    tokens: defaultTokens(),
    stages: [{label: 'issuer switched', at: STAGE}],
  });
  if (!result.ok) throw new Error('example plan is invalid');
  return result.plan;
}

async function fillPlan(page: Page, path = ROUTE): Promise<void> {
  await openPage(page, path);
  // After hydration the zone is the browser's.
  await expect(page.getByText(/^Time zone: Europe\/Berlin/)).toBeVisible();
  await page.getByRole('textbox', {name: 'What changes (optional)'}).fill('Sign with the new key');
  await page.getByLabel('Start time').fill('2026-03-28T23:30');
  await page.getByRole('button', {name: 'Add a stage'}).click();
  await page.getByRole('textbox', {name: 'Stage 1 name'}).fill('issuer switched');
  await page.getByLabel('Stage 1 time').fill('2026-03-29T03:15');
}

test('the chart shows the same key moments as the table, both as computed', async ({page}) => {
  const plan = expectedPlan();
  await fillPlan(page);
  await expect(page.getByText('Time zone: Europe/Berlin (UTC+01:00)')).toBeVisible();

  const rows = page.getByRole('table', {name: /^Key moments/}).locator('tbody tr');
  await expect(rows).toHaveCount(plan.moments.length);
  const chart = page.getByRole('img', {name: /^Rollout timeline from 2026-03-28 23:30 UTC\+01:00/});
  await expect(chart).toBeVisible();

  let previousX = -Infinity;
  for (const [index, moment] of plan.moments.entries()) {
    const when = formatInstant(moment.at, ZONE);
    const row = rows.nth(index);
    await expect(row).toHaveAttribute('data-moment', moment.id);
    await expect(row.locator('th')).toHaveText(when);
    await expect(row.locator('td strong')).toHaveText(moment.label);
    const marker = chart.locator(`[data-moment="${moment.id}"]`);
    await expect(marker.locator('title')).toHaveText(`${moment.label}: ${when}`);
    const x = Number(await marker.getAttribute('data-x'));
    expect(x, `${moment.id} is drawn in time order`).toBeGreaterThanOrEqual(previousX);
    previousX = x;
  }
  // Spot checks across the DST change: one real hour after the 03:15 stage.
  await expect(page.getByRole('row', {name: /Old tokens drained/})).toContainText(
    '2026-03-29 04:15 UTC+02:00',
  );
  // The morning after the day the change completed (the stage at 03:15 on the 29th), not after
  // the start on the 28th.
  await expect(page.getByRole('row', {name: /Next-day support follow-up/})).toContainText(
    '2026-03-30 09:00 UTC+02:00',
  );
});

test('the Markdown is exact, and Copy as Markdown copies it', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillPlan(page);
  const expected = planToMarkdown(expectedPlan());
  await page.getByText('Plan as Markdown').click();
  await expect(page.getByRole('textbox', {name: 'Plan as Markdown'})).toHaveValue(expected);
  await page.getByRole('button', {name: 'Copy as Markdown'}).click();
  await expect(page.getByText('Copied the plan as Markdown.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('an .ics file downloads and parses', async ({page}) => {
  const plan = expectedPlan();
  await fillPlan(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', {name: 'Download .ics'}).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('jwt-rollout.ics');
  const text = readFileSync((await download.path())!, 'utf8');

  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  expect(logical[0]).toBe('BEGIN:VCALENDAR');
  expect(logical.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let depth = 0;
  for (const line of logical) {
    const [name, ...rest] = line.split(':');
    const value = rest.join(':');
    if (name === 'BEGIN') depth++;
    if (name === 'END') depth--;
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current && depth === 2 && name) current[name] = value;
  }
  expect(depth).toBe(0);
  expect(events).toHaveLength(plan.moments.length + plan.watches.length);
  const start = events.find((event) => event.UID?.startsWith('start-'));
  expect(start?.DTSTART).toBe('20260328T223000Z');
  expect(start?.SUMMARY).toBe('JWT rollout (Sign with the new key): Change starts');
  const drained = events.find((event) => event.UID?.startsWith('drained-'));
  expect(drained?.DTSTART).toBe('20260329T021500Z');
  expect((text.match(/BEGIN:VALARM/g) ?? []).length).toBe(events.length);
});

/** The text boxes of the labels under the chart's axis, as the browser lays them out. */
async function axisLabelBoxes(page: Page) {
  return page.locator('svg[role="img"] [data-axis-label] text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      const key = text.parentElement?.getAttribute('data-axis-label') ?? '';
      const fontSize = Number.parseFloat(getComputedStyle(text).fontSize);
      const scale = box.height / ((text as SVGTextElement).getBBox().height || box.height);
      return {
        key,
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
        fontSize: fontSize * scale,
      };
    }),
  );
}

test('at 390 px the chart labels the drain and the skipped night, says both in text, and nothing overlaps', async ({
  page,
}) => {
  await page.setViewportSize({width: 390, height: 844});
  await openPage(page, ROUTE);
  await page.getByLabel('Start time').fill('2026-03-10T10:00');
  const chart = page.getByRole('img', {name: /^Rollout timeline from 2026-03-10 10:00/});
  await expect(chart).toBeVisible();
  await expect(chart.locator('[data-axis-label="drained"] text')).toHaveText('Drained 11:00');
  await expect(chart.locator('[data-axis-label="break"] text')).toHaveText('21 h skipped');
  await expect(chart.locator('[data-axis-label="start"] text')).toHaveText('03-10 10:00');
  await expect(chart.locator('[data-axis-label="end"] text')).toHaveText('03-11 09:00');
  // The same in words, on the page and as the chart's description.
  const note =
    'The dashed vertical line marks the drain, 2026-03-10 11:00 UTC+01:00, when every old token has expired. The rollback row shows, as a solid bar, new-style tokens still in use for up to 1 h once the revert is in place. The time axis skips 21 h, from 2026-03-10 12:00 UTC+01:00 to 2026-03-11 09:00 UTC+01:00, when nothing is scheduled: the band across the chart marks where, so the busy hours get most of the width.';
  await expect(page.getByText(note)).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(note);

  const box = (await chart.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  const labels = await axisLabelBoxes(page);
  expect(labels.map((label) => label.key).sort()).toEqual(['break', 'drained', 'end', 'start']);
  for (const label of labels) {
    expect(label.left, label.key).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(label.right, label.key).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(label.fontSize, `${label.key} is readable`).toBeGreaterThanOrEqual(11.5);
    for (const other of labels) {
      if (other === label) continue;
      const apart =
        label.right <= other.left ||
        other.right <= label.left ||
        label.bottom <= other.top ||
        other.bottom <= label.top;
      expect(apart, `${label.key} and ${other.key} do not overlap`).toBe(true);
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
});

test('a plan is kept per run, and the rollout checklist links to it and back', async ({page}) => {
  await fillPlan(page, `${ROUTE}?run=PR%2042`);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('PR 42');
  await expect(page.locator('form[data-saving]')).toHaveAttribute('data-saving', 'false');
  await page.reload();
  const title = page.getByRole('textbox', {name: 'What changes (optional)'});
  await expect(title).toHaveValue('Sign with the new key');
  await expect(page.getByLabel('Stage 1 time')).toHaveValue('2026-03-29T03:15');

  await page.getByRole('link', {name: 'Rollout checklist', exact: true}).click();
  await expect(page).toHaveURL(/\/docs\/checklists\/rollout\?run=PR%2042$/);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('PR 42');
  await page.getByRole('link', {name: 'Rollout plan', exact: true}).click();
  await expect(page).toHaveURL(/\/docs\/tools\/rollout-timeline\?run=PR%2042$/);
  await expect(title).toHaveValue('Sign with the new key');

  // Another run starts from the defaults.
  await openPage(page, ROUTE);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('default');
  await expect(page.getByText(/^Time zone: Europe\/Berlin/)).toBeVisible();
  await expect(title).toHaveValue('');
});

/** Tuesday 16:00 to Wednesday 14:00 in Berlin, shortening the access-token lifetime to 30 min. */
async function fillTwoDayPlan(page: Page): Promise<void> {
  await openPage(page, ROUTE);
  await expect(page.getByText(/^Time zone: Europe\/Berlin/)).toBeVisible();
  await page
    .getByRole('textbox', {name: 'What changes (optional)'})
    .fill('Access tokens 1 h → 30 min');
  await page.getByLabel('Start time').fill('2026-03-10T16:00');
  await page
    .getByRole('spinbutton', {name: 'Lifetime of JWT access tokens after the change (seconds)'})
    .fill('1800');
  await page.getByRole('button', {name: 'Add a stage'}).click();
  await page.getByRole('textbox', {name: 'Stage 1 name'}).fill('verifiers deployed');
  await page.getByLabel('Stage 1 time').fill('2026-03-10T16:30');
  await page.getByRole('button', {name: 'Add a stage'}).click();
  await page.getByRole('textbox', {name: 'Stage 2 name'}).fill('issuer switched');
  await page.getByLabel('Stage 2 time').fill('2026-03-11T14:00');
}

test('a two-day staged rollout: times from the last stage, old and new lifetimes, no axe violations at 390 and 1280 px, light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await fillTwoDayPlan(page);
  await expect(page.locator('form[data-saving]')).toHaveAttribute('data-saving', 'false');
  // Reloaded once: the saved plan comes back; then each width and scheme in the same page.
  await page.setViewportSize({width: 390, height: 844});
  await page.emulateMedia({colorScheme: 'light'});
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({width, height: 844});
      await switchColourScheme(page, colorScheme);
      // The saved plan is back: every derived time counts from the last stage.
      await expect(page.getByRole('row', {name: /Old tokens drained/})).toContainText(
        '2026-03-11 15:00 UTC+01:00',
      );
      await expect(page.getByRole('row', {name: /Next-day support follow-up/})).toContainText(
        '2026-03-12 09:00 UTC+01:00',
      );
      await expect(page.getByRole('row', {name: /Earliest safe removal/})).toContainText(
        '2026-03-12 09:00 UTC+01:00',
      );
      await expect(
        page.getByRole('row', {name: /Last old JWT access tokens expire/}),
      ).toContainText('they live the old lifetime, 1 h (new ones: 30 min)');
      const chart = page.getByRole('img', {name: /^Rollout timeline from 2026-03-10 16:00/});
      // The cookies were left at 1 h, so they, not the 30 min, set the rollback; the page says so.
      await expect(chart).toHaveAccessibleDescription(
        /new-style tokens still in use for up to 1 h \(the lifetime of JWT cookies, entered as unchanged\)\.$/,
      );
      await expect(chart.locator('[data-axis-label="drained"] text')).toHaveText(
        'Drained 03-11 15:00',
      );
      expect(await axeViolations(page), `${width} px, ${colorScheme}`).toEqual([]);
    }
  }
});
