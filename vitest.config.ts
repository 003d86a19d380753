import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (no "exports" map; "main" wins), which is
    // what Apollo and type-graphql get. Vite would pick the "module" build for our sources: a
    // second copy ("Cannot use GraphQLSchema from another module or realm"). Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One server and one database for the whole tier: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
