// Runs Doyensec's Electronegativity on the Electron shell and fails on any HIGH or MEDIUM
// finding that docs/electronegativity.md does not list, with its reason, as a false positive.
// Part of `npm test`. Offline and quick (well under a second of scanning).
//
// Why it is driven through its library entry (dist/runner.js) rather than its command line:
//  - its CLI crashes on start with the commander 14 this project hoists
//    (`_commander2.default.version is not a function`), and it exits 0 with findings anyway;
//  - the runner returns the findings as objects, so nothing has to be scraped from a table.
// Why electron/shell/: Electronegativity reads JavaScript and TypeScript sources but skips
// `.mjs` files (so the built dist/electron/main.mjs is invisible to it), and electron/shell/ is
// the only folder that may import `electron` (the layering rule), so every BrowserWindow,
// webPreferences, protocol and shell call is there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const DOC = join(root, 'docs', 'electronegativity.md');
const SCANNED = join(root, 'electron', 'shell');
const FAILING = new Set(['HIGH', 'MEDIUM']);
// Needs the network (it downloads Electron's release list); the Electron version is kept
// current by dependency updates instead. Listed in docs/electronegativity.md.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(join(root, 'node_modules', '@doyensec', 'electronegativity', 'package.json'));

// Keep it offline: the tool fetches translations (and release lists) with `got` and waits up to a
// second for each; a late retry even crashes the process after the scan. Everything it needs is
// bundled, so every request fails at once instead.
const gotPath = require.resolve('got');
const offline = () => {
  const failed = Promise.reject(new Error('offline'));
  failed.catch(() => undefined);
  return Object.assign(failed, { cancel: () => undefined });
};
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline, get: offline }) };

/** Documented false positives: `| \`CHECK_ID\` | \`file\` | reason |` rows of the doc's table. */
function documented() {
  const entries = new Map();
  for (const line of readFileSync(DOC, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([A-Z0-9_]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id) continue;
    const file = (cells[2] ?? '').replace(/`/g, '');
    const reason = cells[3] ?? '';
    if (reason.length < 20) throw new Error(`docs/electronegativity.md: ${id} in ${file} needs a reason (why it is a false positive).`);
    entries.set(`${id} ${file}`, reason);
  }
  return entries;
}

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const run = require('./dist/runner.js');
const quiet = console.log;
// The runner logs its own progress notes ("Could not retrieve updated translations…").
console.log = () => undefined;
let result;
try {
  result = await run(
    { input: SCANNED, customScan: [], excludeFromScan: EXCLUDED.map((c) => c.toLowerCase()), electronVersionOverride: electronVersion, isRelative: false },
    false,
  );
} finally {
  console.log = quiet;
}

const allowed = documented();
const used = new Set();
const failures = [];
const fileOf = (issue) => (issue.file === 'N/A' ? 'N/A' : relative(root, issue.file).split('\\').join('/'));
for (const issue of result.issues) {
  if (!FAILING.has(issue.severity.name)) continue;
  const key = `${issue.id} ${fileOf(issue)}`;
  if (allowed.has(key)) used.add(key);
  else failures.push(`  ${issue.severity.name} ${issue.id} at ${fileOf(issue)}:${issue.location.line} — ${issue.description} (${issue.shortenedURL})`);
}
// A file it could not parse would hide its findings: that is a failure too.
for (const e of result.errors.filter((x) => !x.tolerable)) failures.push(`  could not parse ${relative(root, e.file)}: ${e.message}`);

for (const key of allowed.keys()) {
  if (!used.has(key)) console.warn(`electronegativity: documented false positive no longer found, remove it from docs/electronegativity.md: ${key}`);
}
if (failures.length) {
  console.error(`electronegativity: ${failures.length} finding(s) in ${relative(root, SCANNED)}/ not documented as false positives:\n${failures.join('\n')}`);
  console.error('Fix them, or add each to docs/electronegativity.md with the reason it is a false positive.');
  process.exit(1);
}
console.log(`electronegativity: ${result.issues.length} finding(s) in ${relative(root, SCANNED)}/, ${used.size} documented false positive(s), none undocumented at HIGH or MEDIUM.`);
// The library leaves timers behind; the verdict is in.
process.exit(0);
