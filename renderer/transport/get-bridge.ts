/**
 * Picks the transport: Electron's preload exposes `window.warrant`; in a browser served by
 * `warrant serve`, the token comes in the page URL once and is kept for this tab only.
 */
import type { WarrantBridge } from '../../shared/transport.js';
import { createHttpBridge } from './http-bridge.js';

declare global {
  interface Window {
    /** Set by Electron's preload script (contextBridge); absent in a browser. */
    warrant?: WarrantBridge;
  }
}

const TOKEN_KEY = 'warrant.token';

/** Returns the bridge for this shell, or null when the page was opened without a token. */
export function getBridge(): WarrantBridge | null {
  if (window.warrant) return window.warrant;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Drop the token from the address bar and history so it is not shared by accident.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
  return token ? createHttpBridge(token) : null;
}
