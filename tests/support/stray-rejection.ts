// Preloaded into the real bot process by the shutdown test: on SIGUSR2, rejects a promise nobody awaits, so the
// test can check that src/main.ts logs it and keeps serving, without any test hook in production code.
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('stray rejection for the test'));
});
