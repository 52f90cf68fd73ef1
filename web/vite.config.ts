import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const api = process.env.HUB_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  // The manifest lets tests/bench/bundle-size.ts weigh exactly what the sign-in page loads.
  build: { manifest: true },
  server: {
    // In development the client talks to the server through Vite, on one origin.
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/healthz': api,
      '/readyz': api,
    },
  },
  test: {
    // Pure modules run in Node; component tests ask for jsdom in their first line (one jsdom per file costs ~0.6 s).
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // One worker's module cache serves every file: per-file isolation spent more time importing than testing.
    isolate: false,
  },
});
