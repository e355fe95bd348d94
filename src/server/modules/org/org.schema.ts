/** Request and response schemas of the module: one source, `src/shared/contracts/org.ts`. */
export * from '../../../shared/contracts/org.js';
