// @ts-check
/**
 * ESLint: JavaScript's and typescript-eslint's type-checked recommended rules
 * for the code, eslint-plugin-astro's recommended and strict accessibility
 * rules for the components. Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '*.staging/',
      '*.previous/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'tests/output/',
      'public/pagefind/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The few scripts the browser runs, as files (the CSP forbids inline ones).
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // typescript-eslint cannot read the types of .astro files (`astro check`
    // type-checks them), so the rules that need types are off there.
    files: ['**/*.js', '**/*.mjs', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Component tests import .astro files, whose types typescript-eslint cannot read.
    files: ['tests/component/**'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
);
