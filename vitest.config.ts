import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Domain tests live beside the functions they test (src/**); end-to-end tests against the fake Discord in tests/.
    include: ['src/**/*.test.ts', 'commands/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The e2e tests start real discord.js clients; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
