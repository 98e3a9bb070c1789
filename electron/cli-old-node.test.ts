/**
 * `warrant` run by a Node older than `engines` says at once which Node it needs and how to run
 * with the project's own, instead of failing later inside the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkNode } from '../bin/check-node.mjs';

const engines = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
const bin = fileURLToPath(new URL('../bin/warrant.mjs', import.meta.url));

describe('checkNode', () => {
  it('accepts the engines version and anything newer', () => {
    expect(checkNode('v24.15.0', '>=24.15.0')).toBeNull();
    expect(checkNode('v24.21.0', '>=24.15.0')).toBeNull();
    expect(checkNode('v25.0.0', '>=24.15.0')).toBeNull();
    expect(checkNode(process.version, engines)).toBeNull(); // the suite runs on the project's Node
  });

  it('refuses an older Node, naming the one needed and the way to run with the project’s own', () => {
    for (const old of ['v20.20.2', 'v24.14.9', 'v24.9.0', 'v18.0.0']) {
      const message = checkNode(old, '>=24.15.0');
      expect(message).toContain(`this is Node ${old.slice(1)}`);
      expect(message).toContain('needs Node 24.15.0 or newer');
      expect(message).toContain('npm run --silent warrant --');
    }
  });

  it('does not block on a range it cannot read', () => {
    expect(checkNode('v20.0.0', undefined)).toBeNull();
    expect(checkNode('v20.0.0', '^24 || ^26')).toBeNull();
  });
});

describe('bin/warrant.mjs on the system Node', () => {
  const systemNode = '/usr/bin/node';
  let version: string | null = null;
  try {
    version = execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    version = null;
  }
  const older = version !== null && checkNode(version, engines) !== null;
  if (!older) console.log(`skipped: ${version === null ? `no system Node at ${systemNode}` : `the system Node (${version}) is not older than engines (${engines})`}`);

  it.skipIf(!older)('exits 1 at once with the message, before loading the CLI', () => {
    const started = Date.now();
    const run = spawnSync(systemNode, [bin, '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`this is Node ${version!.slice(1)}`);
    expect(run.stderr).toContain('npm run --silent warrant --');
    expect(run.stderr).not.toMatch(/threadCpuUsage|TypeError|at .*\.mjs:\d+/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
