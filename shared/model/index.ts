export * from './base';
export * from './enums';
export * from './partner';
export * from './request';
export * from './settings';
export * from './tables';
export * from './printables';
export * from './year-report';
