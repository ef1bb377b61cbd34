export * from './time';
export * from './timeline';
export {planToMarkdown} from './markdown';
export {escapeText, foldLine, icsDate, planToIcs, type IcsOptions} from './ics';
export * from './planDocument';
export * from './chartAxis';
