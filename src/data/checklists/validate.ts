/**
 * Authoring checks for checklist definitions, used by the data test. Each problem is a sentence that
 * names the item and the fix.
 */
import {parseInline} from '../../lib/checklist/inline';
import {isDocRoute} from './docRoutes';
import type {ChecklistDefinition} from './types';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRIORITIES = ['must', 'should', 'could'];

export function checklistProblems(checklist: ChecklistDefinition): string[] {
  const problems: string[] = [];
  if (!ID.test(checklist.id))
    problems.push(`checklist id "${checklist.id}" is not lowercase-hyphen`);
  if (checklist.title.trim() === '') problems.push(`checklist ${checklist.id} has an empty title`);
  if (!Number.isInteger(checklist.version) || checklist.version < 1) {
    problems.push(`checklist ${checklist.id}: version must be a positive integer`);
  }
  const seen = new Set<string>();
  checklist.items.forEach((item, index) => {
    const name = item.id ? `item "${item.id}"` : `item #${index + 1}`;
    if (typeof item.id !== 'string' || item.id === '') {
      problems.push(`${name} has no id: give it a stable lowercase-hyphen id`);
    } else if (!ID.test(item.id)) {
      problems.push(`${name}: ids are lowercase words joined by hyphens`);
    } else if (seen.has(item.id)) {
      problems.push(`${name} is duplicated: ids must be unique within a checklist`);
    }
    seen.add(item.id);
    if (typeof item.title !== 'string' || item.title.trim() === '') {
      problems.push(`${name} has an empty title`);
    } else if (parseInline(item.title).some((part) => part.kind === 'link')) {
      problems.push(`${name}: titles are checkbox names and cannot contain links`);
    }
    if (item.detail !== undefined && item.detail.trim() === '') {
      problems.push(`${name} has an empty detail: remove it instead`);
    }
    if (item.priority !== undefined && !PRIORITIES.includes(item.priority)) {
      problems.push(`${name}: priority must be must, should or could`);
    }
    if (!isDocRoute(item.explainedBy)) {
      problems.push(`${name}: explainedBy "${item.explainedBy}" is not a known docs page`);
    }
    for (const part of parseInline(item.detail ?? '')) {
      if (part.kind === 'link' && !isDocRoute(part.target) && !part.target.startsWith('https://')) {
        problems.push(`${name}: detail link "${part.target}" is neither a docs page nor https`);
      }
    }
  });
  return problems;
}
