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

/**
 * What reads files, keeps caches or queries Astro's content store: only these may touch the disk.
 * Patterns are gitignore lines, where a leading "#" starts a comment: hence "\\#lib/…".
 */
const INPUT_OUTPUT = [
  {
    group: ['\\#lib/loading/*', '\\#lib/cache/*', '**/lib/loading/*', '**/lib/cache/*', '../loading/*', '../cache/*'],
    message: 'reads files or keeps caches',
  },
  { group: ['\\#lib/routes/site-content.ts', '**/site-content.ts'], message: 'queries the content store' },
];
const CONTENT_STORE = {
  name: 'astro:content',
  message: 'Query the content through src/lib/routes/site-content.ts (docs/architecture.md).',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '*.staging/',
      '*.previous/',
      '*.discarded-*/',
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
    // Pages query only through site-content.ts, which alone imports astro:content (besides the
    // collections' own definition); components and layouts render their props only.
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/lib/routes/site-content.ts', 'src/content.config.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CONTENT_STORE] }] },
  },
  {
    files: ['src/components/**', 'src/layouts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [CONTENT_STORE],
          patterns: INPUT_OUTPUT.map(({ group, message }) => ({
            group,
            message: `A component renders its props: this module ${message}.`,
          })),
        },
      ],
    },
  },
  {
    // The model is pure (src/lib/README.md): data in, data out. Only loading/, cache/ and the query
    // module touch the disk, and a setting reaches the model as an argument (a type import is fine).
    files: ['src/lib/{addresses,content,dates,listings,markdown,metadata,photos,routes}/**/*.ts'],
    ignores: ['src/lib/routes/site-content.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            CONTENT_STORE,
            { name: '#lib/settings.ts', allowTypeImports: true, message: 'The model is pure: take the setting as an argument.' },
            ...['node:fs', 'node:fs/promises', 'node:worker_threads', 'node:child_process'].map((name) => ({
              name,
              message: 'The model is pure: reading files belongs in src/lib/loading/ or src/lib/cache/.',
            })),
          ],
          patterns: [
            ...INPUT_OUTPUT.map(({ group, message }) => ({ group, message: `The model is pure: this module ${message}.` })),
            { group: ['\\#publish/*'], message: 'The model is pure: src/publish/ runs after Astro.' },
          ],
        },
      ],
    },
  },
  {
    // Component tests import .astro files, whose types typescript-eslint cannot read.
    files: ['tests/component/**'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
);
