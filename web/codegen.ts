import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the client, generated from the committed schema and the operations in src/graphql. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
