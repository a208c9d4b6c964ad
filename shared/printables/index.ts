export * from './mapping';
export * from './schemas';
