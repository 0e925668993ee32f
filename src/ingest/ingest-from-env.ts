import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import { reloadAndAudit, type ReloadService } from '../reload/audited-reload';
import { addressPolicy } from './fetch-page';
import type { IngestDeps } from './ingest-link';

/** Fetch settings as the environment sets them: the address check is off only with INGEST_ALLOW_PRIVATE. */
export const fetchOptionsFromEnv = (env: Pick<Env, 'INGEST_ALLOW_PRIVATE'>): IngestDeps['fetch'] => ({
  allowAddress: addressPolicy(env.INGEST_ALLOW_PRIVATE),
});

/** What the bot's ingest commands use: the same validated, audited reload as /reload, in the same holder. */
export function botIngestDeps(
  env: Pick<Env, 'INGEST_ALLOW_PRIVATE' | 'STATE_DIR'>,
  holder: EngineHolder,
  service: ReloadService,
  actor: string,
): IngestDeps {
  return {
    dataDir: service.dataDir,
    stateDir: env.STATE_DIR,
    fetch: fetchOptionsFromEnv(env),
    reload: () => reloadAndAudit(service, actor),
    inService: (id) => holder.current.articles.has(id),
  };
}
