/**
 * Finds a Chromium or Chrome to print PDF reports with, outside Electron (`warrant serve` and
 * the CLI). As Playwright is told where a browser is (`executablePath`), Warrant is told by
 * `WARRANT_CHROMIUM`; otherwise the usual install locations of each platform are tried. Nothing
 * is ever downloaded.
 */
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

/** The environment variable naming the browser to print with. */
export const CHROMIUM_ENV = 'WARRANT_CHROMIUM';

/** Where Chromium-family browsers are usually installed, per platform, in order of preference. */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge'];
}

/**
 * The browser to print with: `WARRANT_CHROMIUM` when set (and then only it — a wrong setting is
 * reported, not silently replaced), else the first usual location that is executable; null when
 * there is none.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<{ path: string } | { path: null; configured: string | null }> {
  const configured = env[CHROMIUM_ENV]?.trim();
  if (configured) return (await isExecutable(configured)) ? { path: configured } : { path: null, configured };
  for (const c of candidates(env, platform)) if (await isExecutable(c)) return { path: c };
  return { path: null, configured: null };
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}
