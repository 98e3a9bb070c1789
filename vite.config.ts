import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle loaded by Electron (app:// protocol) and by `warrant serve`.
// base './' keeps asset URLs relative so both shells can host it at their own origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or eval: the CSP forbids them.
    modulePreload: { polyfill: false },
  },
});
