import { removePidFile, writePidFile } from '../state/pid-file';
import { type ReloadService, reloadAndAudit } from './audited-reload';
import { summarizeEngine } from './engine-summary';
import { saveCorpusSnapshot } from './snapshot-file';
import { LogEvent } from '../logging/log-events';

/**
 * Makes the running bot reload on SIGHUP (`kill -HUP <pid>`, or `npm run reload`, which finds the pid in
 * STATE_DIR/bot.pid). Also records the corpus now in service as the snapshot later reload reports compare to.
 * Returns an uninstall function for shutdown.
 */
export async function installReloadSignal(service: ReloadService): Promise<() => Promise<void>> {
  const onHangup = () => {
    void reloadAndAudit(service, 'SIGHUP').catch((err: unknown) => service.log.error({ event: LogEvent.reloadFailed, err }, 'reload: SIGHUP reload failed'));
  };
  process.on('SIGHUP', onHangup);
  await writePidFile(service.stateDir);
  await saveCorpusSnapshot(service.stateDir, summarizeEngine(service.holder.current));
  return async () => {
    process.off('SIGHUP', onHangup);
    await removePidFile(service.stateDir);
  };
}
