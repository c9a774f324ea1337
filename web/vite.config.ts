/** Builds the web app into dist/web, where `sparks serve` finds it. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `vite --config web/vite.config.ts` during development: the API comes from a running `sparks serve`.
    proxy: {
      '/api': { target: 'http://127.0.0.1:4173', changeOrigin: true },
      '/login': { target: 'http://127.0.0.1:4173', changeOrigin: true },
    },
  },
});
