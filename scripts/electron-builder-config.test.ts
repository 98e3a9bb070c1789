/**
 * electron-builder.yml cannot be packaged here (that needs an Electron download), so it is
 * checked the way electron-builder itself checks it before building: against its own JSON
 * schema, with its own validator. A misspelt key or a wrong type fails here instead of on the
 * release machine. The security settings are asserted as values too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
// electron-builder's own check (app-builder-lib/out/util/config/config.js), run on every build.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

type Config = Record<string, unknown> & { electronFuses?: Record<string, boolean>; asar?: unknown; asarUnpack?: string[] };
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would fail on a misspelt key or a wrong type (so the check above means something)', async () => {
    await expect(validateConfiguration({ ...config, electronFuse: {} }, quietLogger)).rejects.toThrow(/electronFuse/);
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }, quietLogger)).rejects.toThrow(/configuration\.electronFuses/);
    await expect(validateConfiguration({ ...config, asar: 'yes' }, quietLogger)).rejects.toThrow(/asar/);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app into app.asar, unpacking only worker scripts, pdf.js data and native addons', () => {
    expect(config.asar).toBe(true);
    for (const pattern of config.asarUnpack ?? []) {
      expect(pattern).toMatch(/^(dist\/electron\/\*-worker\.mjs(\.map)?|node_modules\/pdfjs-dist\/.+|node_modules\/@napi-rs\/\*\*|\*\*\/\*\.node)$/);
    }
    expect(config.asarUnpack).toContain('dist/electron/*-worker.mjs');
  });
});
