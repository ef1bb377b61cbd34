export * from './reference';
export * from './links';
