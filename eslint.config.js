import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only src/canvas talks to React Flow.
    files: ['src/**'],
    ignores: ['src/canvas/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@xyflow/react'], message: 'Only src/canvas/ may import @xyflow/react.' }] }],
    },
  },
  {
    // The model and the URL layer are pure: no UI framework, no store, no other layer of the app
    // (listed last so it wins over the block above). Kept by path, not only by package name.
    files: ['src/model/**', 'src/url/**'],
    ignores: ['**/*.test.ts', '**/*.test-helpers.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'localStorage', 'navigator', 'location', 'history'].map((name) => ({ name, message: 'src/model and src/url are pure: no browser globals.' }))],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ui, message: 'src/model and src/url must stay pure (no React, React Flow or zustand).' },
            { group: ['**/state', '**/state/**', '**/ui/**', '**/canvas/**', '**/i18n/**', '**/data/**'], message: 'src/model and src/url import nothing from the app’s other layers.' },
          ],
        },
      ],
    },
  },
);
