#!/usr/bin/env node
// The `warrant` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
// First, before importing anything that needs the newer Node, check this Node is new enough.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkNode } from './check-node.mjs';

let engines;
try {
  engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
} catch {
  engines = undefined; // no readable package.json: let the CLI itself decide
}
const tooOld = checkNode(process.version, engines);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}

const cli = fileURLToPath(new URL('../dist/electron/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('warrant: the CLI is not built yet. Run `npm run build` in the Warrant folder first.');
  process.exit(1);
}
await import(cli);
