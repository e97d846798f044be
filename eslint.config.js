// ESLint flat config. Besides the recommended rules it enforces the design's
// "Electron stays at the edge": only main/electron/ may import electron or
// electron-store (as GitHub Desktop's lint rule confines ipcMain/ipcRenderer).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronAtTheEdge = {
  paths: [
    {
      name: 'electron',
      message: 'Only main/electron/ imports electron; pass what you need in as plain values or functions.',
    },
    {
      name: 'electron-store',
      message: 'Only main/electron/ imports electron-store; main/ code takes the store class as a parameter (conf in Node).',
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: 'Only main/electron/ imports electron.',
    },
    {
      // The Electron edge is imported by nothing outside it: browser mode and the CLI must run without it.
      group: ['**/main/electron/*', '../electron/*', './electron/*'],
      message: 'Nothing outside main/electron/ imports from it; shared rules live in main/security/ or common/.',
    },
  ],
};

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', electronAtTheEdge],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The shell is the one place that talks to Electron (and its tests, which mock it).
    files: ['main/electron/**', 'tests/unit/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/**', 'scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The preload runs in the sandboxed renderer, not in Node.
    files: ['main/electron/preload.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
);
