import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*'];
const pure = ['src/model/**', 'src/url/**'];
const tests = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-helpers.ts'];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-profile', 'node_modules', 'test-results', 'playwright-report', 'bench/results*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeScript checks names, but it sees the DOM everywhere: no-undef with per-folder globals keeps
      // `window` out of the pure layers and `process` out of the page.
      'no-undef': 'error',
    },
  },
  // Globals by folder: the page has the browser's, the pure layers neither, the tools and tests Node's
  // (plus the browser's in scripts/ and e2e/, whose page.evaluate() callbacks run in the page).
  { files: ['src/**'], ignores: [...pure, ...tests], languageOptions: { globals: globals.browser } },
  {
    files: pure,
    ignores: tests,
    languageOptions: { globals: { URL: 'readonly', URLSearchParams: 'readonly' } },
  },
  { files: ['*.config.{ts,js}', ...tests], languageOptions: { globals: globals.node } },
  { files: ['scripts/**', 'e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only src/canvas talks to React Flow (src/ui, src/chronicle, src/state… never).
    files: ['src/**'],
    ignores: ['src/canvas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@xyflow/react'], message: 'Only src/canvas/ may import @xyflow/react.' }] },
      ],
    },
  },
  {
    // The tools share helpers with the end-to-end tests through scripts/lib, never by importing e2e/.
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/e2e', '**/e2e/**'],
              message: 'scripts/ imports nothing from e2e/: move the helper to scripts/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model and the URL layer are pure: no UI framework, no store, no other layer of the app
    // (listed last so it wins over the blocks above). Kept by path, not only by package name.
    files: pure,
    ignores: tests,
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator', 'location', 'history'].map((name) => ({
          name,
          message: 'src/model and src/url are pure: no browser globals.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ui, message: 'src/model and src/url must stay pure (no React, React Flow or zustand).' },
            {
              group: ['**/state', '**/state/**', '**/ui/**', '**/canvas/**', '**/i18n/**', '**/data/**'],
              message: 'src/model and src/url import nothing from the app’s other layers.',
            },
          ],
        },
      ],
    },
  },
);
