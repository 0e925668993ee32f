import { defineConfig } from 'vitest/config';

// The layers below rendering (see tests/architecture.test.ts): none of them loads discord.js.
const CORE_FOLDERS = [
  'text',
  'steps',
  'locale',
  'config',
  'logging',
  'state',
  'corpus',
  'lexicon',
  'analysis',
  'search',
  'engine',
  'i18n',
  'build',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/support/temp-root.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The e2e tests spend much of their time waiting on sockets and child processes: a third worker fills the two
    // cores' idle time, a fourth only adds contention.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          // Tests of the core's plain functions over plain data share one module graph per worker instead of
          // loading it again for every file (import was a third of the suite's time). Folders that load discord.js
          // stay isolated: its modules fail to load into a worker that ran other files first.
          name: 'core',
          include: [`src/{${CORE_FOLDERS.join(',')}}/**/*.test.ts`, 'scripts/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        // The shells, and the end-to-end tests against the fake Discord, the console and the command-line tools:
        // each file on its own.
        test: {
          name: 'shells',
          include: ['src/**/*.test.ts', 'commands/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [`src/{${CORE_FOLDERS.join(',')}}/**`],
        },
      },
    ],
  },
});
