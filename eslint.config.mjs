import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'src/data/generated/', 'bench/results.json', 'bench/.out/', 'scripts/consumer/'],
  },
  ...tseslint.configs.strictTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.entries(litA11y.configs.recommended.rules ?? {}),
    ),
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Data-driven UIs pass numbers into templates all the time.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Lit's templates, not strings, render all markup.
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-this-assign-in-render': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render through Lit templates.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Render through Lit templates.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render through Lit templates.' },
        { selector: "ImportDeclaration[source.value=/unsafe-(html|svg)/]", message: 'No unsafeHTML/unsafeSVG: feeds come from third parties.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // chai's assertions look thenable to the type checker; the one that
      // really is a promise (axe) is caught below so it cannot pass unawaited.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='accessible']:not(AwaitExpression > CallExpression)",
          message: 'await the accessibility check, or it cannot fail.',
        },
      ],
    },
  },
);
