/** Request and response schemas of the module: one source, `src/shared/contracts/review.ts`. */
export * from '../../../shared/contracts/review.js';
