/** The shared request/response pieces (one source: `src/shared/contracts/common.ts`). */
export * from '../../../shared/contracts/common.js';
