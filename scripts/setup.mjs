// `npm run setup`: installs Warrant's dependencies and builds it, on any machine.
// Electron downloads its binary in a postinstall step; on machines that cannot reach
// Electron's download server (CI, offline mirrors) that step would fail the whole install.
// So we install with scripts off, run the install scripts we need, and try Electron's last:
// if its download fails, Warrant still runs in the browser (`npm start` falls back to serve).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, { optional = false } = {}) => {
  console.log(`> npm ${args.join(' ')}`);
  const r = spawnSync(npm, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0 && !optional) process.exit(r.status ?? 1);
  return r.status === 0;
};

run([existsSync('package-lock.json') ? 'ci' : 'install', '--ignore-scripts', '--no-audit', '--no-fund']);
// node: the Node 24 toolchain binary; esbuild: its native binary check.
run(['rebuild', 'node', 'esbuild']);
if (!run(['rebuild', 'electron'], { optional: true })) {
  console.log('\nElectron’s binary could not be downloaded on this machine. Everything else works;');
  console.log('`npm start` will serve Warrant to your browser instead of opening the desktop app.\n');
}
run(['run', 'build']);
