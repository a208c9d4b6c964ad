import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Bundles the browser benchmarks into one script the runner serves on loopback.
export default defineConfig({
  root: resolve(import.meta.dirname),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.tmp/bench-browser'),
    emptyOutDir: true,
    lib: { entry: resolve(import.meta.dirname, 'entry.ts'), formats: ['iife'], name: 'relaisBenchBundle', fileName: () => 'bench.js' },
  },
});
