import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './electron/serve/csp.js';

/** Puts the one Content Security Policy (electron/serve/csp.ts) into index.html as a meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'warrant-csp',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }],
  };
}

// The renderer is a static bundle loaded by Electron (app:// protocol) and by `warrant serve`.
// base './' keeps asset URLs relative so both shells can host it at their own origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or eval: the CSP forbids them.
    modulePreload: { polyfill: false },
  },
});
