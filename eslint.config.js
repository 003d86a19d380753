// ESLint with type information (typescript-eslint): a small, strict set of rules aimed at
// the bugs the type checker cannot see, chiefly promises nobody awaits. Formatting is
// Prettier's job (`.prettierrc`), so no stylistic rules here.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.data/',
      'data/',
      'bench/',
      'examples/web/src/gql/',
      'examples/web/codegen.ts', // codegen's config, in no tsconfig (so no type information)
      '**/*.js',
      '**/*.mjs',
      '**/*.d.mts',
    ],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // The type-check's own programs: tsconfig.test.json (src/, migrations/, scripts/,
        // test/, vitest.config.ts) and examples/web/tsconfig.json (the web client).
        project: ['./tsconfig.test.json', './examples/web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-array-sort-compare': ['error', { ignoreStringArrays: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // A variable a closure reads before its one assignment stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
);
