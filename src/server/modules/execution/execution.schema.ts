/** Request and response schemas of the module: one source, `src/shared/contracts/execution.ts`. */
export * from '../../../shared/contracts/execution.js';
