import { cliMain } from './cli.js';

await cliMain();
