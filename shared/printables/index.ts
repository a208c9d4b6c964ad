export * from './mapping';
export * from './schemas';
export * from './logo';
