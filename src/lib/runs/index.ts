export * from './runName';
export * from './documentStore';
