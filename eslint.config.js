import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Writing markup from strings is how page or user data becomes live HTML.
// The allow-list for these sinks is empty: build nodes instead.
const htmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'No innerHTML: build nodes.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'No outerHTML: build nodes.',
  },
  {
    selector: "MemberExpression[property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML: build nodes.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML: render text.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML: render text.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      '.cache/**',
      'utils/**/generated/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-undef': 'off',
    },
  },
);
