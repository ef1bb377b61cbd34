import fc from 'fast-check';
import {computePlan, defaultTokens, escapeText, foldLine, planToIcs, planToMarkdown} from './index';
import type {Plan, PlanInput} from './index';

const START = Date.parse('2026-03-10T09:00:00Z');
const NOW = Date.parse('2026-03-01T12:34:56Z');

function example(overrides: Partial<PlanInput> = {}): Plan {
  const result = computePlan({
    title: 'Sign with the new key; "kid" on',
    start: START,
    timeZone: 'Europe/Berlin',
    tokens: defaultTokens(),
    stages: [{label: 'issuer switched', at: START + 20 * 60_000}],
    ...overrides,
  });
  if (!result.ok) throw new Error('invalid example');
  return result.plan;
}

test('Markdown export, exact', () => {
  expect(planToMarkdown(example())).toBe(
    [
      '## Rollout timeline: Sign with the new key; "kid" on',
      '',
      'Times in Europe/Berlin. Start: 2026-03-10 10:00 UTC+01:00.',
      '',
      '| When | What |',
      '| --- | --- |',
      '| 2026-03-10 10:00 UTC+01:00 | Change starts |',
      '| 2026-03-10 10:20 UTC+01:00 | Stage: issuer switched |',
      '| 2026-03-10 11:19 UTC+01:00 | Last old cached client-credentials JWTs expire |',
      '| 2026-03-10 11:20 UTC+01:00 | Last old JWT access tokens expire |',
      '| 2026-03-10 11:20 UTC+01:00 | Last old JWT cookies expire |',
      '| 2026-03-10 11:20 UTC+01:00 | Old tokens drained: close watch ends |',
      '| 2026-03-10 12:20 UTC+01:00 | Margin watch ends |',
      '| 2026-03-10 12:40 UTC+01:00 | A rollback decided when the close watch ends would be complete |',
      '| 2026-03-11 09:00 UTC+01:00 | Next-day support follow-up |',
      '| 2026-03-11 09:00 UTC+01:00 | Earliest safe removal of the old key, toggle or code path |',
      '',
      '### Token kinds',
      '',
      '| Token kind | Old lifetime (decides the drain) | New lifetime (decides a rollback) | Old tokens in use until |',
      '| --- | --- | --- | --- |',
      '| JWT access tokens | 1 h | 1 h | 2026-03-10 11:20 UTC+01:00 |',
      '| JWT cookies | 1 h | 1 h | 2026-03-10 11:20 UTC+01:00 |',
      '| Cached client-credentials JWTs | 59 min 55 s | 59 min 55 s | 2026-03-10 11:19 UTC+01:00 |',
      '',
      '- Watch closely from 2026-03-10 10:00 UTC+01:00 until 2026-03-10 11:20 UTC+01:00, then keep an eye on it until 2026-03-10 12:20 UTC+01:00.',
      '- Next-day follow-up at 2026-03-11 09:00 UTC+01:00: trace new support tickets back to the change.',
      '- Remove the old key, toggle or code path no earlier than 2026-03-11 09:00 UTC+01:00.',
      '- A rollback decided at 2026-03-10 11:20 UTC+01:00, with its revert deploying as long as the change did (20 min, start to last stage), is complete at 2026-03-10 12:40 UTC+01:00; until then the old code must accept new-style tokens.',
      '',
    ].join('\n'),
  );
});

test('Markdown escapes pipes and has a plain heading without a title', () => {
  const md = planToMarkdown(example({title: '', stages: [{label: 'a | b', at: START}]}));
  expect(md.startsWith('## Rollout timeline\n')).toBe(true);
  expect(md).toContain('| Stage: a \\| b |');
});

/** A small RFC 5545 reader: unfolds, splits properties, unescapes text, nests components. */
interface Component {
  name: string;
  props: {name: string; params: string; value: string}[];
  children: Component[];
}
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root: Component = {name: 'ROOT', props: [], children: []};
  const stack: Component[] = [root];
  for (const line of logical) {
    const colon = line.indexOf(':');
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name, ...params] = head.split(';');
    if (name === 'BEGIN') {
      const child: Component = {name: value, props: [], children: []};
      stack[stack.length - 1]!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value);
    } else {
      stack[stack.length - 1]!.props.push({
        name: name!,
        params: params.join(';'),
        value: value.replace(/\\([\\;,nN])/g, (_m, c: string) =>
          c.toLowerCase() === 'n' ? '\n' : c,
        ),
      });
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0]!;
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name)?.value;

test('.ics parses back: one event per moment plus the watch windows, UTC times, alarms', () => {
  const plan = example();
  const ics = planToIcs(plan, {now: NOW});
  const calendar = parseIcs(ics);
  expect(calendar.name).toBe('VCALENDAR');
  expect(prop(calendar, 'VERSION')).toBe('2.0');
  expect(prop(calendar, 'PRODID')).toBeDefined();
  const events = calendar.children.filter((c) => c.name === 'VEVENT');
  expect(events).toHaveLength(plan.moments.length + 2);
  for (const event of events) {
    expect(prop(event, 'DTSTAMP')).toBe('20260301T123456Z');
    expect(prop(event, 'DTSTART')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(event, 'DTEND')! > prop(event, 'DTSTART')!).toBe(true);
    expect(event.children.map((c) => c.name)).toEqual(['VALARM']);
    expect(prop(event.children[0]!, 'TRIGGER')).toMatch(/^-?PT\d+M$/);
  }
  const uids = events.map((e) => prop(e, 'UID'));
  expect(new Set(uids).size).toBe(uids.length);
  const byUidStart = (id: string) => events.find((e) => prop(e, 'UID')!.startsWith(`${id}-`))!;
  expect(prop(byUidStart('start'), 'DTSTART')).toBe('20260310T090000Z');
  expect(prop(byUidStart('drained'), 'DTSTART')).toBe('20260310T102000Z');
  expect(prop(byUidStart('follow-up'), 'DTSTART')).toBe('20260311T080000Z');
  expect(prop(byUidStart('close-watch'), 'DTEND')).toBe('20260310T102000Z');
  expect(prop(byUidStart('start'), 'SUMMARY')).toBe(
    'JWT rollout (Sign with the new key; "kid" on): Change starts',
  );
  expect(prop(byUidStart('follow-up'), 'DESCRIPTION')).toContain(
    '2026-03-11 09:00 UTC+01:00: The morning after the change completed: trace',
  );
});

test('escapeText and foldLine', () => {
  expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
  for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(
    folded
      .split('\r\n')
      .map((l, i) => (i === 0 ? l : l.slice(1)))
      .join(''),
  ).toBe(`SUMMARY:${'é'.repeat(80)}`);
});

test('foldLine keeps every physical line within 75 octets and unfolds to the line, for any text', () => {
  fc.assert(
    fc.property(
      fc.string({unit: 'binary', maxLength: 300}).filter((text) => !/[\r\n]/.test(text)),
      (text) => {
        const line = `SUMMARY:${text}`;
        const physical = foldLine(line).split('\r\n');
        for (const part of physical) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
      },
    ),
  );
});

describe('a two-day staged rollout with a shortened lifetime, exported', () => {
  const twoDays = (): Plan =>
    example({
      title: 'Access tokens 1 h → 30 min',
      start: Date.parse('2026-03-10T15:00:00Z'), // 16:00 in Berlin
      tokens: defaultTokens().map((token) =>
        token.id === 'access'
          ? {...token, oldLifetimeSeconds: 3600, newLifetimeSeconds: 1800}
          : {...token, enabled: false},
      ),
      stages: [
        {label: 'verifiers deployed', at: Date.parse('2026-03-10T15:30:00Z')},
        {label: 'issuer switched', at: Date.parse('2026-03-11T13:00:00Z')}, // Wed 14:00
      ],
    });
  const events = () =>
    parseIcs(planToIcs(twoDays(), {now: NOW})).children.filter((c) => c.name === 'VEVENT');
  const eventStart = (id: string) =>
    prop(
      events().find((e) => prop(e, 'UID')!.startsWith(`${id}-`))!,
      'DTSTART',
    );

  test('.ics: the follow-up event is the morning after the last stage', () => {
    expect(eventStart('follow-up')).toBe('20260312T080000Z');
  });

  test('.ics: drain, watch end and earliest removal count from the last stage', () => {
    expect(eventStart('drained')).toBe('20260311T140000Z');
    expect(eventStart('watch-end')).toBe('20260311T150000Z');
    expect(eventStart('safe-removal')).toBe('20260312T080000Z');
    expect(eventStart('rollback')).toBe('20260312T123000Z');
  });

  test('Markdown: old and new lifetime per kind, and times from the last stage', () => {
    const md = planToMarkdown(twoDays());
    expect(md).toContain(
      [
        '| Token kind | Old lifetime (decides the drain) | New lifetime (decides a rollback) | Old tokens in use until |',
        '| --- | --- | --- | --- |',
        '| JWT access tokens | 1 h | 30 min | 2026-03-11 15:00 UTC+01:00 |',
      ].join('\n'),
    );
    expect(md).toContain(
      '- Next-day follow-up at 2026-03-12 09:00 UTC+01:00: trace new support tickets back to the change.',
    );
    expect(md).toContain(
      '- Remove the old key, toggle or code path no earlier than 2026-03-12 09:00 UTC+01:00.',
    );
  });
});
