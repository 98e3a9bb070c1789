/** IPC channel names shared by the main process and the preload. */
import type { MethodName } from '../../shared/api.js';

/** Channel carrying push events from main to the renderer. */
export const EVENT_CHANNEL = 'warrant:event';

/** One invoke channel per API method, so nothing but contract methods can be called. */
export function channelFor(method: MethodName): string {
  return `warrant:call:${method}`;
}

/** The custom scheme the UI is served from (instead of file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://warrant`;
