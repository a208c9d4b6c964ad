import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// Every Node built-in, bare or with the node: prefix, and their subpaths (fs/promises…).
const nodeBuiltins = ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])];

// Renderer layers, from the top: app/ (shell, route map) → screens/<feature> →
// components/ → store/ → db/ (and the root modules: bridge, failure, files, i18n).
// A layer imports only below itself; app/route.ts (the route types) is open to all.
const src = './renderer/src';
const features = readdirSync('renderer/src/screens', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const fromShell = (target) => ({
  target,
  from: `${src}/app`,
  except: ['./route.ts'],
  message: 'Only the shell imports app/; other layers may import the route types (app/route.ts).',
});
const layerZones = [
  // A screen imports no other screen: what two screens share goes down to components/ or store/.
  ...features.map((f) => ({
    target: `${src}/screens/${f}`,
    from: `${src}/screens`,
    except: [`./${f}`],
    message: 'A screen imports no other screen: move what they share to components/, store/ or shared/.',
  })),
  ...['screens', 'components', 'store', 'db'].map((layer) => fromShell(`${src}/${layer}`)),
  ...['components', 'store', 'db'].map((layer) => ({
    target: `${src}/${layer}`,
    from: `${src}/screens`,
    message: 'Lower layers never import a screen.',
  })),
  { target: `${src}/store`, from: `${src}/components`, message: 'store/ sits below components/.' },
  ...['store', 'components'].map((layer) => ({
    target: `${src}/db`,
    from: `${src}/${layer}`,
    message: 'db/ sits below store/ and components/.',
  })),
];

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
    // No import cycles anywhere (app/routes.tsx ↔ screens' routes.tsx was one).
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
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
