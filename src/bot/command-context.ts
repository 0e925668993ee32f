import type { Env } from '../config/env';
import type { DigestPostResult } from '../digest/counted-poster';
import type { EngineHolder } from '../engine/holder';
import type { Logger } from '../logging/logger';

/**
 * What every command handler gets. Handlers read `holder.current` when they answer, never a captured engine, so a
 * reload that swaps the engine takes effect for the next interaction. Extend here (e.g. a digest scheduler or
 * state store) rather than threading new parameters through every command.
 */
export interface CommandContext {
  holder: EngineHolder;
  logger: Logger;
  env: Env;
  /** Counts each digest post for /metrics; absent where nothing is counted (tests, the console). */
  digestPosted?: (result: DigestPostResult) => void;
}
