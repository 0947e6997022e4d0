/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite/content-security-policy.ts';
import { lessonsPlugin } from './vite/lessons-plugin.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react(), lessonsPlugin(), contentSecurityPolicy()],
  resolve: { alias: { '@': src } },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  test: {
    // Generous: a few tests work on full-size data (100,000 rows, long detector streams) and CI has 2 cores.
    // Speed is measured by `npm run bench`, never by test timeouts.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'lib',
          environment: 'node',
          include: ['src/lib/**/*.test.ts', 'src/workers/**/*.test.ts', 'content/**/*.test.ts'],
          setupFiles: ['src/test/fast-check-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/{app,features,components}/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/fast-check-setup.ts', 'src/test/setup.ts'],
        },
      },
    ],
  },
});
