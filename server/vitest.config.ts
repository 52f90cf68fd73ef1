import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Unit tests of pure modules (rules, configuration); the integration suite lives in tests/. */
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Pure modules: one worker's module cache serves every file (per-file isolation tripled the time).
    isolate: false,
  },
});
