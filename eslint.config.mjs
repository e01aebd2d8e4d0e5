// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const browserOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
].map((name) => ({
  name,
  message: 'simulator/ is pure: it runs in Node and the browser, so it may not touch the DOM.',
}));

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {...globals.node},
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_'},
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {
      globals: {...globals.browser},
    },
  },
  {
    files: ['simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'mermaid',
                '@docusaurus/*',
                '@theme/*',
                '@site/src/*',
              ],
              message: 'simulator/ is pure TypeScript: no React, Mermaid or Docusaurus imports.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message:
                'simulator/ also runs in the browser: keep Node APIs in scripts/ or the CLI.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnlyGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator: runs must replay identically.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Use the simulated clock, never the wall clock.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'Use the simulated clock, never the wall clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use the simulated clock, never the wall clock.',
        },
      ],
    },
  },
  prettier,
);
