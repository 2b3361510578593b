// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import rules are the architecture (see README): core is pure, the renderer reaches the
 * main process only through window.studio, and only the Electron shell imports Electron.
 */
const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'stream', 'url', 'util'];
/** Forbids modules by exact name (`names`, type-only imports allowed if `types`) and by path pattern. */
const restrict = ({ names = [], patterns = [], types = false }, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message, allowTypeImports: types })),
      patterns: patterns.length > 0 ? [{ group: patterns, message, allowTypeImports: types }] : [],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      { names: ['electron', ...NODE_BUILTINS, 'react', 'react-dom', 'lexical'], patterns: ['node:*', '@lexical/*', '**/electron/**', '**/renderer/**'] },
      'core/ is pure TypeScript: no Electron, Node, DOM or UI imports.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        { names: ['electron', ...NODE_BUILTINS], patterns: ['node:*', '**/electron/**'] },
        'The renderer reaches the main process only through window.studio (renderer/studio.ts).',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: restrict({ names: ['electron'], patterns: ['**/renderer/**'] }, 'Services are plain Node modules so that tests run without Electron.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts'],
    rules: restrict(
      { names: ['electron'], patterns: ['**/renderer/**'], types: true },
      'Only the composition root (electron/main/index.ts) and the preload import Electron at run time; use `import type` here.',
    ),
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: restrict({ names: ['electron'], types: true }, 'Tests never import Electron at run time: it would try to download its binary.'),
  },
);
