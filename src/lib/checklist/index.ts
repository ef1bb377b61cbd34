export * from './model';
export * from './record';
export * from './migrate';
export * from './merge';
export * from './markdown';
export * from './inline';
export * from './document';
