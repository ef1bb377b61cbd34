export * from './draft';
export * from './messages';
export * from './draftForm';
