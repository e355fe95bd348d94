/** Request and response schemas of the module: one source, `src/shared/contracts/records.ts`. */
export * from '../../../shared/contracts/records.js';
