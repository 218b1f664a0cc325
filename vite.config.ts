import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base so the built app also works from a subfolder or file server.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
