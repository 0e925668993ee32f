import { removePidFile, writePidFile } from '../state/pid-file';
import { type ReloadService, reloadAndAudit } from './audited-reload';
import { summarizeEngine } from './engine-summary';
import { serveReloadRequests } from './reload-socket';
import { saveCorpusSnapshot } from './snapshot-file';
import { LogEvent } from '../logging/log-events';

/**
 * Makes the running bot reload on SIGHUP (`kill -HUP <pid>`, the pid being in STATE_DIR/bot.pid) and on requests
 * over STATE_DIR/bot.sock (`npm run reload`). Also records the corpus now in service as the snapshot later reload
 * reports compare to. Returns an uninstall function for shutdown.
 */
export async function installReloadSignal(service: ReloadService): Promise<() => Promise<void>> {
  const onHangup = () => {
    void reloadAndAudit(service, 'SIGHUP').catch((err: unknown) =>
      service.log.error({ event: LogEvent.reloadFailed, err }, 'reload: SIGHUP reload failed'),
    );
  };
  process.on('SIGHUP', onHangup);
  await writePidFile(service.stateDir);
  // The bot serves without it: SIGHUP and /reload still work, and `npm run reload` then validates locally.
  const stopServing = await serveReloadRequests(service).catch((err: unknown) => {
    service.log.warn({ err }, 'reload: cannot listen on the STATE_DIR socket; npm run reload will not reach this bot');
    return async () => undefined;
  });
  await saveCorpusSnapshot(service.stateDir, summarizeEngine(service.holder.current));
  return async () => {
    process.off('SIGHUP', onHangup);
    await stopServing();
    await removePidFile(service.stateDir);
  };
}
