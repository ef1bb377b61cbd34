export * from './draft';
export * from './messages';
