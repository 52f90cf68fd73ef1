import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Where the database may be reached outside any hub's scope (`ctx.db.unscoped(reason)`), by
 * module, with the reasons each may give: the list in ARCHITECTURE.md, "Reaching the database
 * without a hub". Everywhere else in the modules the hub-scoped `ctx.db.hub(hubId)` is the only way.
 */
const UNSCOPED_BY_MODULE = {
  account: ['ACCOUNTS', 'MEMBERSHIP'],
  hub: ['MEMBERSHIP'],
  reference: ['REFERENCE'],
  designation: ['PREFECTURE'],
  rollup: ['PREFECTURE'],
  meeting: ['PERSONAL_CALENDAR', 'MEMBERSHIP'],
  report: ['REFERENCE', 'PREFECTURE'],
};
const unscopedCall = "CallExpression[callee.property.name='unscoped']";
const ormInResolver = [
  {
    selector: "CallExpression[callee.object.callee.property.name=/^(hub|unscoped)$/]",
    message: 'Resolvers and routes call services only: pass ctx.db.hub(hubId) to the service that owns the records.',
  },
  {
    selector: "CallExpression[callee.object.name=/^(em|tx|fork)$/]",
    message: 'Resolvers and routes call services only: no ORM calls here.',
  },
];
const unscopedRule = (allowed) => ({
  selector: allowed.length ? `${unscopedCall}:not([arguments.0.property.name=/^(${allowed.join('|')})$/])` : unscopedCall,
  message: allowed.length
    ? `Here the database may be reached outside a hub only for: ${allowed.join(', ')} (ARCHITECTURE.md).`
    : 'Reach hub records through ctx.db.hub(hubId); the unscoped database is for the places ARCHITECTURE.md lists.',
});
const dataAccessRules = (allowed) => [
  {
    files: ['server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', unscopedRule(allowed)] },
  },
  {
    files: ['server/src/modules/**/*.resolver.ts', 'server/src/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': ['error', unscopedRule(allowed), ...ormInResolver],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['@mikro-orm/*'], allowTypeImports: true, message: 'Resolvers and routes call services only.' }] }],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tools/**', '.data/**', 'server/src/db/migrations/**', 'web/src/gql/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
  ...dataAccessRules([]),
  ...Object.entries(UNSCOPED_BY_MODULE).flatMap(([module, allowed]) =>
    dataAccessRules(allowed).map((config) => ({ ...config, files: config.files.map((f) => f.replace('modules/**', `modules/${module}/**`)) })),
  ),
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
