// ESLint flat config: typescript-eslint (type-aware) + react-hooks, zero warnings allowed.
import js from '@eslint/js';
import { LAYER_RULES } from './scripts/lint/layers.js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.cache',
      'test-results',
      'playwright-report',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Whole-library turf imports defeat tree shaking (see issue on budgets).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^@turf\\//] > ImportNamespaceSpecifier',
          message: 'Import turf functions by name, never `import * as turf`.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/]',
          message: 'Leaflet HTML inputs are forbidden: render text with React or textContent.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML strings.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never assign HTML strings; use textContent.',
        },
      ],
    },
  },
  // The direction of imports between the folders of src/ (docs/architecture.md).
  ...LAYER_RULES,
  // No function in src/ over 150 lines of code (blank lines and comments not counted): a
  // longer one is split into subcomponents or hooks.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 150, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
