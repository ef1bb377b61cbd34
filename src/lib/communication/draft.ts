/**
 * The communication form as the user fills it in, kept per run (decisions/0006). It holds what the
 * author writes about the change, not anything about the people who receive the messages.
 */
import {fieldDocumentSpec} from '../runs';

export interface CommunicationDraft {
  readonly whatChanges: string;
  readonly whoIsAffected: string;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, as a datetime-local input gives it; '' when not set. */
  readonly startLocal: string;
  /** End of the close watch, same format; '' when not set. */
  readonly watchUntilLocal: string;
  readonly timeZone: string;
  readonly expectedImpact: string;
  readonly howToTell: string;
  readonly rollbackPlan: string;
  readonly contact: string;
}

export type DraftField = keyof CommunicationDraft;

export const EMPTY_DRAFT: CommunicationDraft = {
  whatChanges: '',
  whoIsAffected: '',
  startLocal: '',
  watchUntilLocal: '',
  timeZone: 'UTC',
  expectedImpact: '',
  howToTell: '',
  rollbackPlan: '',
  contact: '',
};

export const MAX_DRAFT_TEXT = 2000;

/** Validates a stored draft; a missing field (saved by an older form) gets its empty value. */
export function parseCommunicationDraft(data: unknown): CommunicationDraft | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const draft: Record<string, string> = {};
  for (const field of Object.keys(EMPTY_DRAFT) as DraftField[]) {
    const value = record[field];
    if (value === undefined) {
      draft[field] = EMPTY_DRAFT[field];
    } else if (typeof value === 'string' && value.length <= MAX_DRAFT_TEXT) {
      draft[field] = value;
    } else {
      return null;
    }
  }
  return draft as unknown as CommunicationDraft;
}

/**
 * A form per run, merged field by field between tabs. The zone and the two times are one part:
 * changing the zone rewrites the times.
 */
export const communicationDraftDocument = fieldDocumentSpec<CommunicationDraft>({
  type: 'communication-form',
  version: 1,
  parseFields: (data) => parseCommunicationDraft(data),
  partsOf: ({timeZone, startLocal, watchUntilLocal, ...text}) => ({
    ...text,
    when: {timeZone, startLocal, watchUntilLocal},
  }),
  fromParts: ({when, ...text}) => ({
    ...(text as Omit<CommunicationDraft, 'timeZone' | 'startLocal' | 'watchUntilLocal'>),
    ...(when as Pick<CommunicationDraft, 'timeZone' | 'startLocal' | 'watchUntilLocal'>),
  }),
});
