export * from './time';
export * from './tokenKinds';
export * from './planTypes';
export {exposureSource, inSentence, lifetimeChanged, revertAssumption} from './wording';
export * from './timeline';
export {planToMarkdown} from './markdown';
export {escapeText, foldLine, icsDate, planToIcs, type IcsOptions} from './ics';
export * from './planDocument';
export * from './chartAxis';
