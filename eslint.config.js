// Lint, including the layering rule (after VS Code's): code is sorted by where it may run.
//   shared/   platform-free core: no DOM globals, no node: modules, no electron, no other layer
//   electron/ Node side; only the thin Electron shell files may import 'electron'
//   renderer/ browser UI: may import shared/, never electron/ or Node modules
// The compiler checks the other half, which globals each layer sees: `npm run typecheck` builds
// shared/ with no DOM and no Node types, electron/ without the DOM, renderer/ without Node
// (tsconfig.shared/electron/renderer.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url', 'stream', 'events', 'util'];

/** Files that make up the Electron shell: the only ones allowed to import 'electron'. */
const electronShell = ['electron/shell/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Worker threads run from TypeScript source in tests (Node strips types): only erasable syntax.
      '@typescript-eslint/parameter-properties': ['error', { prefer: 'class-property' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'Focused tests hide the rest of the suite.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is platform-free: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
          { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'react-dom/*'], message: 'shared/ must not depend on another layer.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node process.' },
        { name: 'Buffer', message: 'shared/ has no Node Buffer.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs in a browser sandbox: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'The renderer talks to the backend only through the API bridge.' },
          { group: ['**/electron/**'], message: 'The renderer must not import backend code; use the API contract in shared/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronShell,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: "Only electron/shell/ may import 'electron'; services must run in plain Node." },
          { group: ['**/renderer/**', '**/shell/**'], message: 'Node services must not depend on the UI or the Electron shell.' },
        ],
      }],
    },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'The Electron shell must not import UI code.' }],
      }],
    },
  },
);
