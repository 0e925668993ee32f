import { createBuildMeter, everyInterval } from '../build/build-meter';
import { progressLine } from '../build/progress-text';
import type { EngineHolder } from '../engine/holder';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { onReload } from '../reload/reload-events';

/** A deferred reply is edited with progress at most this often: each edit is a request to Discord. */
const REPLY_PROGRESS_EVERY_MS = 2000;

export interface ReloadProgressReply {
  /** No more progress edits; resolves once an edit under way is done, so the report that follows stays last. */
  stop(): Promise<void>;
}

/**
 * Edits a deferred /reload reply with how far the reload of `holder` has got ("Reloading the data folder … Reading
 * and analysing: 6,000 of 10,000 articles · …"), at most every `everyMs` and never two edits at once. It follows
 * whichever reload runs for the holder, so a moderator who joined a reload already running sees it too.
 */
export function followReloadProgress(
  holder: EngineHolder,
  locale: Locale,
  edit: (text: string) => Promise<unknown>,
  options: { everyMs?: number; now?: () => number } = {},
): ReloadProgressReply {
  const meter = createBuildMeter(options.now);
  const due = everyInterval(options.everyMs ?? REPLY_PROGRESS_EVERY_MS, options.now);
  let editing: Promise<void> | null = null;
  let stopped = false;
  const stopListening = onReload(holder, (event) => {
    if (event.phase !== 'progress' || stopped) return;
    meter.update(event.progress);
    if (editing || !due()) return;
    const text = messages(locale).progress.reloading(progressLine(meter.reading(), locale));
    // A progress edit that fails costs nothing: the report follows anyway.
    editing = edit(text).then(
      () => undefined,
      () => undefined,
    );
    void editing.finally(() => (editing = null));
  });
  return {
    async stop() {
      stopped = true;
      stopListening();
      await editing;
    },
  };
}
