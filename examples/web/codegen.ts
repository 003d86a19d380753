import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and documents for the example, from the committed schema.graphql: a schema change
 * that breaks an operation below fails `npm run typecheck` (codegen validates every
 * document against the schema, then tsc checks the page's use of the results).
 * persisted-documents.json (hash -> document) is the trusted-documents list for
 * ACCORD_TRUSTED_DOCUMENTS.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/web/src/**/*.ts', '!examples/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
