// Vite's client types: lets the renderer import CSS files (bundled into dist/renderer/assets).
/// <reference types="vite/client" />
