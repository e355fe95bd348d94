/** The permission table is shared with the web: `src/shared/permissions.ts`. */
export * from '../../../shared/permissions.js';
