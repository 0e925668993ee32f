import { watch, type FSWatcher } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { LogEvent } from '../logging/log-events';
import { type ReloadService, reloadAndAudit } from './audited-reload';
import { onReload } from './reload-events';

/** Who the reload report, the log and the audit post name for a reload the watcher started. */
const WATCH_ACTOR = 'WATCH_DATA';

/** Quiet time after the last change before reloading: an editor saving, or a copy of many files, is one reload. */
const WATCH_DEBOUNCE_MS = 2000;

export interface DataWatchOptions {
  debounceMs?: number;
  /** STATE_DIR, when it lies inside DATA_DIR: the bot's own writes there are no change to the archive. */
  stateDir?: string;
}

export interface DataWatch {
  stop(): Promise<void>;
}

// The temporary file of an atomic write (see writeFileAtomic): its rename into place is the change that counts.
const ATOMIC_TEMP = /\.\d+\.[0-9a-f]+\.tmp$/;

/** Whether a change to `file` (relative to DATA_DIR) is one the archive should be reloaded for. */
export function isArchiveChange(file: string, stateDirInData: string | null): boolean {
  if (ATOMIC_TEMP.test(file)) return false;
  if (stateDirInData !== null && (file === stateDirInData || file.startsWith(`${stateDirInData}${sep}`))) return false;
  return true;
}

/**
 * WATCH_DATA: reloads by itself when files in DATA_DIR change, through the same validated, atomic, single-flight and
 * audited path as /reload, `WATCH_DATA` being the actor. Changes are gathered until `debounceMs` pass without one.
 * A reload someone else starts meanwhile reads the changes gathered so far, so they need no reload of their own;
 * one that was already running when the watcher's turn came is joined and then followed by a reload of its own,
 * since it may have read the folder before the change.
 */
export async function watchDataDir(service: ReloadService, options: DataWatchOptions = {}): Promise<DataWatch> {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  const dataDir = resolve(service.dataDir);
  const stateRel = options.stateDir === undefined ? '' : relative(dataDir, resolve(options.stateDir));
  const stateDirInData = stateRel !== '' && !stateRel.startsWith('..') ? stateRel : null;
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let reloading: Promise<void> | null = null;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const fire = () => {
    timer = undefined;
    if (stopped) return;
    // One reload at a time from here; changes that arrive while it runs wait for the next.
    if (reloading) return void reloading.then(() => changed.size > 0 && !timer && schedule());
    const files = [...changed].slice(0, 20);
    changed = new Set();
    service.log.info({ files, actor: WATCH_ACTOR }, 'watch: the data folder changed; reloading');
    reloading = reloadAndAudit(service, WATCH_ACTOR)
      .then(async (report) => {
        if (report.joined && !stopped) await reloadAndAudit(service, WATCH_ACTOR);
      })
      .catch((err: unknown) => service.log.error({ event: LogEvent.reloadFailed, err }, 'watch: reload failed'))
      .finally(() => {
        reloading = null;
      });
  };

  const watcher: FSWatcher = watch(dataDir, { recursive: true }, (_event, name) => {
    const file = name === null ? '' : String(name);
    if (stopped || !isArchiveChange(file, stateDirInData)) return;
    changed.add(file);
    schedule();
  });
  watcher.on('error', (err) => service.log.warn({ err, dataDir }, 'watch: cannot watch the data folder any more'));
  // Changes gathered before someone else's reload began are read by that reload.
  const stopListening = onReload(service.holder, (event) => {
    if (event.phase !== 'started' || reloading || !timer) return;
    clearTimeout(timer);
    timer = undefined;
    changed = new Set();
  });
  service.log.info({ dataDir, debounceMs }, 'watch: watching the data folder for changes');

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      stopListening();
      watcher.close();
      await reloading;
    },
  };
}
