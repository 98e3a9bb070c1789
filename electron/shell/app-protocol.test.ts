import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolveAppFile } from './app-protocol.js';

describe('resolveAppFile', () => {
  const root = '/opt/warrant/dist/renderer';

  it('maps app://warrant paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://warrant/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://warrant/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
  });

  it('refuses other origins and path traversal', () => {
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    // Dot segments are resolved by the URL parser; whatever survives stays inside the root.
    expect(resolveAppFile(root, 'app://warrant/%2e%2e/%2e%2e/secret')).toBe(join(root, 'secret'));
    for (const attempt of ['app://warrant/..%2F..%2Fsecret', 'app://warrant/..%5C..%5Csecret', 'app://warrant/%2F..%2F..%2Fetc%2Fpasswd']) {
      const file = resolveAppFile(root, attempt);
      expect(file === null || file.startsWith(root + '/')).toBe(true);
    }
  });
});
