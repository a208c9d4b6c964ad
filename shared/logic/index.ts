export * from './text';
export * from './dates';
export * from './consent';
export * from './load';
export * from './partner-query';
export * from './search';
export { matchEntryOf, staticExclusion, toMatchEntry, type MatchEntry } from './match-pool';
export * from './matching';
