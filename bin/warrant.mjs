#!/usr/bin/env node
// The `warrant` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/electron/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('warrant: the CLI is not built yet. Run `npm run build` in the Warrant folder first.');
  process.exit(1);
}
await import(cli);
