/**
 * Ready-to-send messages about a JWT change, from the communication form: one for support, one for
 * partners and other third-party token holders, one for the incident channel, and a next-day
 * follow-up. Pure: the operator's names come in as data (customFields, validated), times are
 * formatted from the form's wall-clock values, and empty fields become visible [placeholders].
 */
import {
  formatInstant,
  fromWallClock,
  isValidTimeZone,
  nextDayAt,
  parseLocalInput,
  FOLLOW_UP_HOUR,
} from '../rollout';
import {plainText} from '../markdown/escape';
import type {OperatorConfig} from '../site/operator';
import type {CommunicationDraft, DraftField} from './draft';

export type MessageId = 'support' | 'partners' | 'incident' | 'follow-up';

export interface Message {
  readonly id: MessageId;
  /** Short name, also used in the copy button: "Support". */
  readonly title: string;
  /** Who receives it, with the operator's names when configured. */
  readonly to: string;
  /** When to send it. */
  readonly when: string;
  readonly text: string;
}

export type DraftProblemCode =
  | 'bad-time-zone'
  | 'start-invalid'
  | 'start-in-gap'
  | 'watch-invalid'
  | 'watch-in-gap'
  | 'watch-before-start';

export interface DraftProblem {
  readonly code: DraftProblemCode;
  readonly field: DraftField;
  readonly message: string;
}

export interface ComposedMessages {
  readonly messages: readonly Message[];
  /** Fields still empty: their place in the messages shows a [placeholder]. */
  readonly missing: readonly DraftField[];
  readonly problems: readonly DraftProblem[];
}

/** Labels of the form fields; also the placeholders' wording. */
export const DRAFT_FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  whatChanges: 'What changes',
  whoIsAffected: 'Who is affected',
  startLocal: 'Start time',
  watchUntilLocal: 'Watch until',
  timeZone: 'Time zone',
  expectedImpact: 'Expected impact',
  howToTell: 'How to tell it is working',
  rollbackPlan: 'Rollback plan',
  contact: 'Contact',
};

const TEXT_FIELDS: readonly DraftField[] = [
  'whatChanges',
  'whoIsAffected',
  'startLocal',
  'watchUntilLocal',
  'expectedImpact',
  'howToTell',
  'rollbackPlan',
  'contact',
];

type TimeResult = {readonly at: number} | {readonly problem: 'invalid' | 'gap'} | null;

function readTime(local: string, timeZone: string): TimeResult {
  if (local.trim() === '') return null;
  const wall = parseLocalInput(local);
  if (wall === null) return {problem: 'invalid'};
  const at = fromWallClock(wall, timeZone);
  return at === null ? {problem: 'gap'} : {at};
}

/** "2026-03-10 09:00 UTC (2026-03-10 10:00 UTC+01:00 in Europe/Berlin)", or just UTC. */
function bothZones(at: number, timeZone: string): string {
  const utc = formatInstant(at, 'UTC');
  return timeZone === 'UTC' ? utc : `${utc} (${formatInstant(at, timeZone)} in ${timeZone})`;
}

/**
 * One line of what was typed: line breaks collapsed so a field cannot break the message's layout,
 * and invisible or reordering characters (bidi overrides, NUL…) shown as `[U+…]` (lib/markdown/escape).
 */
function oneLine(text: string): string {
  return plainText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function composeMessages(
  draft: CommunicationDraft,
  operator: OperatorConfig,
): ComposedMessages {
  const problems: DraftProblem[] = [];
  const zoneOk = isValidTimeZone(draft.timeZone);
  if (!zoneOk) {
    problems.push({
      code: 'bad-time-zone',
      field: 'timeZone',
      message: `"${draft.timeZone}" is not a time zone this browser knows. Choose one from the list.`,
    });
  }
  const timeZone = zoneOk ? draft.timeZone : 'UTC';
  const start = readTime(draft.startLocal, timeZone);
  const watch = readTime(draft.watchUntilLocal, timeZone);
  if (start && 'problem' in start) {
    problems.push(
      start.problem === 'gap'
        ? {
            code: 'start-in-gap',
            field: 'startLocal',
            message: `The start time ${draft.startLocal.replace('T', ' ')} does not exist in ${timeZone}: the clocks skip it. Pick a time outside the change of clocks.`,
          }
        : {
            code: 'start-invalid',
            field: 'startLocal',
            message: 'The start time is not a date and time. Use the date picker.',
          },
    );
  }
  if (watch && 'problem' in watch) {
    problems.push(
      watch.problem === 'gap'
        ? {
            code: 'watch-in-gap',
            field: 'watchUntilLocal',
            message: `The end of the watch, ${draft.watchUntilLocal.replace('T', ' ')}, does not exist in ${timeZone}: the clocks skip it. Pick a time outside the change of clocks.`,
          }
        : {
            code: 'watch-invalid',
            field: 'watchUntilLocal',
            message: 'The end of the watch is not a date and time. Use the date picker.',
          },
    );
  }
  const startAt = start && 'at' in start ? start.at : null;
  const watchAt = watch && 'at' in watch ? watch.at : null;
  if (startAt !== null && watchAt !== null && watchAt <= startAt) {
    problems.push({
      code: 'watch-before-start',
      field: 'watchUntilLocal',
      message:
        'The watch ends before the change starts. Enter when the last token minted before the change expires, plus your margin (the rollout timeline works it out).',
    });
  }

  const missing = TEXT_FIELDS.filter((field) => draft[field].trim() === '');
  const value = (field: DraftField): string =>
    oneLine(draft[field]) || `[${DRAFT_FIELD_LABELS[field].toLowerCase()}]`;

  const site = operator.name ?? 'our Open edX site';
  const supportTo = operator.supportQueue ?? 'the support team';
  const incidentTo = operator.incidentChannel ?? 'the incident channel';
  const startText = startAt === null ? '[start time]' : bothZones(startAt, timeZone);
  const startShort = startAt === null ? '[start time]' : formatInstant(startAt, 'UTC');
  const watchText =
    watchAt === null || (startAt !== null && watchAt <= startAt)
      ? '[watch until]'
      : bothZones(watchAt, timeZone);
  const followUpAt = startAt === null ? null : nextDayAt(startAt, timeZone, FOLLOW_UP_HOUR);
  const statusLine =
    operator.statusPage === undefined ? [] : ['', `Status updates: ${operator.statusPage}`];

  const support: Message = {
    id: 'support',
    title: 'Support',
    to: supportTo,
    when: 'A day or so before the start',
    text: [
      `Subject: JWT change on ${site}, starting ${startShort}`,
      '',
      'Hello,',
      '',
      `We are changing how ${site} creates or checks JWTs, the tokens that let people and services call APIs and use the micro-frontends.`,
      '',
      `- What changes: ${value('whatChanges')}`,
      `- Starts: ${startText}`,
      `- We watch closely until: ${watchText}`,
      `- Who may notice: ${value('whoIsAffected')}`,
      `- What they may see: ${value('expectedImpact')}`,
      `- How we tell it is working: ${value('howToTell')}`,
      `- If it goes wrong: ${value('rollbackPlan')}`,
      '',
      'Problems from a change like this often do not look like sign-in problems at first: 401 or 403 errors from an API, someone signed out of one page but not another, a partner integration that stops syncing. From the start until the day after, please note the start time on any such ticket and pass it on to us.',
      '',
      `Contact: ${value('contact')}`,
      ...statusLine,
    ].join('\n'),
  };

  const partners: Message = {
    id: 'partners',
    title: 'Partners',
    to: 'Partners and other third parties that request or hold our tokens',
    when: 'As early as you can; for a breaking change, weeks ahead',
    text: [
      `Subject: Change to JWTs issued by ${site} on ${startAt === null ? '[start date]' : formatInstant(startAt, 'UTC').slice(0, 10)}`,
      '',
      'Hello,',
      '',
      `Starting ${startText}, ${site} changes how it issues or checks JSON Web Tokens (JWTs): ${value('whatChanges')}.`,
      '',
      `Who is affected: ${value('whoIsAffected')}`,
      `What you may notice: ${value('expectedImpact')}`,
      '',
      'What to check on your side:',
      '- Request a new token when the current one expires, going by the expires_in value of the token response, not a fixed schedule.',
      '- Do not rely on the size, signing algorithm, key or claims of our tokens beyond what we document.',
      '',
      `If you see errors after the start time, tell us: ${value('contact')}.`,
      ...statusLine,
    ].join('\n'),
  };

  const incident: Message = {
    id: 'incident',
    title: 'Incident channel',
    to: incidentTo,
    when: 'When the first deploy or toggle flip begins',
    text: [
      `JWT change starting now (${startShort}): ${value('whatChanges')}`,
      `Affected: ${value('whoIsAffected')}`,
      `Expected impact: ${value('expectedImpact')}`,
      `Watching: ${value('howToTell')}, closely until ${watchText}`,
      `Rollback: ${value('rollbackPlan')}`,
      `Owner: ${value('contact')}`,
    ].join('\n'),
  };

  const followUp: Message = {
    id: 'follow-up',
    title: 'Next-day follow-up',
    to: `${supportTo} and ${incidentTo}`,
    when:
      followUpAt === null
        ? 'The morning after the start'
        : `The morning after the start: ${bothZones(followUpAt, timeZone)}`,
    text: [
      `Next-day follow-up on the JWT change that started ${startShort}: ${value('whatChanges')}`,
      '',
      `Result of the watch until ${watchText}: [no impact seen / what happened and what we did]`,
      '',
      `Please look through the tickets opened since ${startShort} for sign-in failures, 401 or 403 errors, missing data in micro-frontends and failing partner integrations, and check whether their first symptoms line up with the start time. Some breakage only shows up the next day, from jobs and partner scripts that run rarely.`,
      '',
      `Expected impact was: ${value('expectedImpact')}`,
      `Contact: ${value('contact')}`,
    ].join('\n'),
  };

  return {messages: [support, partners, incident, followUp], missing, problems};
}
