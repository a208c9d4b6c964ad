import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: keep the pool small so WebDAV/age/pdf tests don't starve each other.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.tmp/reports/unit.json' }]],
  },
});
