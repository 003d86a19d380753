import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node (and so type-graphql, Apollo, graphql-ws) loads graphql's CommonJS build; Vite
    // would give our sources its `module` build, a second copy whose schema objects the
    // first refuses ("from another module or realm"). One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
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
