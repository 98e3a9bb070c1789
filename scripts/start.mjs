// `npm start`: opens Warrant on its built-in sample project — in the desktop app when
// Electron's binary is installed, otherwise served to your browser on 127.0.0.1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
let electronBinary = null;
try {
  const path = require('electron'); // the electron package exports the binary's path
  if (typeof path === 'string' && existsSync(path)) electronBinary = path;
} catch {
  electronBinary = null;
}

const extra = process.argv.slice(2);
const child = electronBinary
  ? spawn(electronBinary, ['.', '--sample', ...extra], { stdio: 'inherit' })
  : (console.log('Electron is not installed on this machine; serving Warrant to your browser instead.'),
    spawn(process.execPath, ['dist/electron/cli.mjs', 'serve', '--sample', ...extra], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
