// Public API of @app/reference: the registry, the run helper and the core utilities.
export * from './core';
export * from './registry';
export * from './run';
export * as tasks from './tasks';
