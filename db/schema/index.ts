export * from './audit.ts';
export * from './reference.ts';
export * from './register-meta.ts';
export * from './users.ts';
export * from './items.ts';
export * from './unit-keys.ts';
export * from './incidents.ts';
export * from './packages.ts';
