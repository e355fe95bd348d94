/** Request and response schemas of the module: one source, `src/shared/contracts/publicity.ts`. */
export * from '../../../shared/contracts/publicity.js';
