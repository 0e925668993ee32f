// A worker thread does not inherit tsx's module hooks from the thread that starts it (Node 20), so it registers
// them itself before loading the TypeScript worker: the same under `npm start`, the benchmark and vitest.
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
