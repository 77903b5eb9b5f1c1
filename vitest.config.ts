import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds keep their store in a temporary folder, and the run fails when a test wrote into the checkout
    globalSetup: ['tests/support/hermeticRun.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
