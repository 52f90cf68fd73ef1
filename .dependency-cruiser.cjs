/**
 * The layers' rules (`pnpm deps:check`), read by dependency-cruiser. Type-only imports count: a
 * layer that knows another's types depends on it. Only entities that reference each other for
 * MikroORM relations may import each other in a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'platform-knows-no-module',
      comment: 'platform/ serves the modules and knows none of them: modules register what platform needs (roles, tenancy, events).',
      severity: 'error',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'no-cycles',
      comment: 'Imports point one way; entities that reference each other for MikroORM relations are the one exception.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '\\.entity\\.ts$' } },
    },
    {
      name: 'other-modules-data-through-their-service',
      comment:
        "A module reaches another module's records only through that module's service. It may know the other's entity types (type-only); entities may relate to each other, and the GraphQL layer (resolvers, inputs, output types) may name another module's entity as a GraphQL type.",
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/', pathNot: '\\.(entity|resolver|inputs|types)\\.ts$' },
      to: { path: '^server/src/modules/[^/]+/[^/]+\\.entity\\.ts$', pathNot: '^server/src/modules/$1/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
