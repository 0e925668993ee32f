import type { Engine } from '../../src/engine/engine';
import { testEngine } from './test-engine';

/** The engine the e2e tests run on. TEMPORARY fallback until create-engine lands. */
export async function loadEngine(dataDir = 'data'): Promise<Engine> {
  void dataDir;
  return testEngine();
}
