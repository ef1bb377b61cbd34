export * from './runName';
export * from './backend';
export * from './envelope';
export * from './spec';
export * from './fields';
export * from './store';
