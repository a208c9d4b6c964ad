import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in, bare or with the node: prefix, and their subpaths (fs/promises…).
const nodeBuiltins = ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The renderer is a sandboxed web page: everything privileged goes through the bridge.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through the bridge (renderer/src/bridge.ts).' }],
          patterns: [
            { group: ['electron/*'], message: 'The renderer talks to main only through the bridge (renderer/src/bridge.ts).' },
            { group: nodeBuiltins, message: 'The renderer cannot use Node modules.' },
            { group: ['**/electron/**'], message: 'The renderer cannot import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // Shared code runs in both processes: pure, no Electron, no Node.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ must stay pure.' }],
          patterns: [
            { group: ['electron/*'], message: 'shared/ must stay pure.' },
            { group: nodeBuiltins, message: 'shared/ must not use Node modules.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on a process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/handlers/**/*.ts', 'electron/web-host/**/*.ts', 'electron/bridge/**/*.ts', 'electron/host.ts'],
    rules: {
      // Services run without the Electron binary (tests, browser host); main.ts passes Electron pieces in.
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Pass Electron pieces in from electron/main.ts.' }] }],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'electron/web-host/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
