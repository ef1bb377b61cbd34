/**
 * The plan as Markdown, for a pull-request description or an announcement. The title and the stage
 * labels are what people typed: lib/markdown/escape makes GitHub show them as typed, in the heading
 * and in table cells.
 */
import {markdownText} from '../markdown/escape';
import {formatCompactDuration, formatInstant} from './time';
import type {Plan} from './planTypes';
import {revertAssumption} from './wording';

const cell = markdownText;

export function planToMarkdown(plan: Plan): string {
  const {input} = plan;
  const when = (at: number): string => formatInstant(at, input.timeZone);
  const title = input.title.trim();
  const lines: string[] = [
    title === '' ? '## Rollout timeline' : `## Rollout timeline: ${cell(title)}`,
    '',
    `Times in ${input.timeZone}. Start: ${when(input.start)}.`,
    '',
    '| When | What |',
    '| --- | --- |',
    ...plan.moments.map((moment) => `| ${when(moment.at)} | ${cell(moment.label)} |`),
    '',
    '### Token kinds',
    '',
    '| Token kind | Old lifetime (decides the drain) | New lifetime (decides a rollback) | Old tokens in use until |',
    '| --- | --- | --- | --- |',
    ...plan.windows.map(
      (window) =>
        `| ${cell(window.label)} | ${formatCompactDuration(window.oldEffectiveSeconds)} | ${formatCompactDuration(
          window.newEffectiveSeconds,
        )} | ${when(window.lastExpires)} |`,
    ),
    '',
    `- Watch closely from ${when(input.start)} until ${when(plan.drained)}, then keep an eye on it until ${when(
      plan.watches[1]!.to,
    )}.`,
    `- Next-day follow-up at ${when(plan.followUp)}: trace new support tickets back to the change.`,
    `- Remove the old key, toggle or code path no earlier than ${when(plan.safeRemoval)}.`,
    `- A rollback decided at ${when(plan.rollback.decidedAt)}, with ${revertAssumption(
      plan.rollback.revertSeconds,
    )}, is complete at ${when(plan.rollback.landsAt)}; until then the old code must accept new-style tokens.`,
    '',
  ];
  return lines.join('\n');
}
