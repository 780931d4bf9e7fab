// ESLint is the real guard of the architecture: the compiler cannot stop shared/ from importing
// Node types (docx's typings pull them in), so these import rules are what keep the layers pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
  'module',
  'readline',
];

/** The Electron glue: the only files that may import `electron`. */
const electronGlue = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/ipc.ts',
  'electron/main.test.ts',
  'electron/preload.test.ts',
  'electron/ipc.test.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-cli',
      'release',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'warn',
    },
  },
  {
    files: ['electron/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The back end imports nothing of the renderer; only the Electron glue (main, preload, ipc and
    // their tests) may touch Electron, so the back end, the web host and the CLI run without it.
    files: ['electron/**/*.{ts,mjs,js}'],
    ignores: electronGlue,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main.ts, preload.ts and ipc.ts import Electron; the back end is host-neutral.',
              // A type (Electron's Protocol, handed in by main.ts) loads nothing at run time.
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['**/renderer', '**/renderer/**'],
              message: 'The back end must not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: electronGlue,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer', '**/renderer/**'],
              message: 'The back end must not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', 'lexical'].map(
            (name) => ({
              name,
              message: 'shared/ is the pure domain core: no Node, Electron, SQLite, React or DOM.',
            }),
          ),
          patterns: [
            { group: ['node:*'], message: 'shared/ must not import Node built-ins.' },
            { group: ['@lexical/*', 'react-dom/*'], message: 'shared/ must not import UI libraries.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import the outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer talks only to the contract (RendererApi).',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer must not import Node built-ins.' },
            {
              group: ['**/electron', '**/electron/**'],
              message: 'The renderer must not import the back end.',
            },
          ],
        },
      ],
    },
  },
);
