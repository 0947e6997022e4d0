// ESLint flat config. Besides the usual TypeScript and React-hooks rules it enforces the layout in
// shared/STYLE.md: code flows lib/ → components/ → features/ → app/, lib/ knows nothing of React or the DOM
// libraries, and a feature never reaches into another feature's folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['workbook', 'learn', 'scoping', 'data', 'modeling', 'deployment'];

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router-dom',
  'recharts',
  'zustand',
  'zustand/*',
];

/**
 * A feature may use another feature only through its public entry (`@/features/<name>`, its index.ts),
 * never its internals (`@/features/<name>/...`).
 */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
          group: [`@/features/${other}/*`, `**/features/${other}/*`, `../${other}/*`],
          message: `features/${feature} may use features/${other} only through its public entry '@/features/${other}'.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'bench/.tmp', '.tmp'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries
            .filter((p) => !p.includes('*'))
            .map((name) => ({
              name,
              message: 'lib/ is pure TypeScript: no React, router, charts or stores.',
            })),
          patterns: [
            {
              group: [
                '@/features/*',
                '@/components/*',
                '@/app/*',
                '**/features/*',
                '**/components/*',
                '**/app/*',
              ],
              message: 'lib/ must not depend on UI code.',
            },
            { group: ['react-dom/*', 'zustand/*'], message: 'lib/ is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '**/features/*', '**/app/*'],
              message: 'components/ are shared primitives: they may not import features or app.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'vite.config.ts',
      'playwright.config.ts',
      'tests/e2e/**/*.ts',
      'bench/**/*.{ts,mjs}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
