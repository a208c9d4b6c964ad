export * from './mapping';
export * from './schemas';
export * from './logo';
export * from './qr';
export * from './poster-defaults';
export * from './guides';
