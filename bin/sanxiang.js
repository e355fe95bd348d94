#!/usr/bin/env node
// The `sanxiang` command (npx sanxiang …). Runs the built CLI; build first with `npm run build:server`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/server/cli-main.js', import.meta.url));
if (!existsSync(built)) {
  console.error('sanxiang: not built yet — run `npm run build:server` first');
  process.exit(1);
}
await import(built);
