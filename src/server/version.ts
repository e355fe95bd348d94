import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './platform/paths.js';

export const APP_VERSION = (
  JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;
