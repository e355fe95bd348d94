/** Request and response schemas of the module: one source, `src/shared/contracts/cases.ts`. */
export * from '../../../shared/contracts/cases.js';
