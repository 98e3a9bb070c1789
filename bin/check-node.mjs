// Which Node the `warrant` command needs. Plain, old-Node-safe JavaScript with no imports:
// bin/warrant.mjs runs it before loading anything that needs the newer Node.

/**
 * Checks `version` (as process.version: "v20.20.2") against an `engines.node` range of the form
 * ">=24.15.0" (the only form package.json uses). Returns null when it satisfies it (or the range
 * cannot be read), else the message to print.
 */
export function checkNode(version, engines) {
  const need = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(String(engines || ''));
  const have = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version || ''));
  if (!need || !have) return null;
  const wanted = [Number(need[1]), Number(need[2] || 0), Number(need[3] || 0)];
  const actual = [Number(have[1]), Number(have[2]), Number(have[3])];
  for (let i = 0; i < 3; i++) {
    if (actual[i] > wanted[i]) return null;
    if (actual[i] < wanted[i]) {
      return (
        'warrant: this is Node ' + String(version).replace(/^v?/, '') + ', and Warrant needs Node ' + wanted.join('.') + ' or newer.\n' +
        'Run it with the project\'s own Node (installed into the project by `npm run setup`), from the Warrant folder:\n' +
        '  npm run --silent warrant -- <command> ...\n' +
        'or install Node ' + wanted.join('.') + ' or newer.'
      );
    }
  }
  return null;
}
