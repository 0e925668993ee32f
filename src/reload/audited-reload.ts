import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { saveLastGoodLexicon } from '../lexicon/last-good-lexicon';
import { logBuildProgress } from '../build/progress-log';
import { auditChannel } from './audit-channel';
import { summarizeEngine } from './engine-summary';
import { reloadEngine } from './reload-engine';
import { notifyReload } from './reload-events';
import { formatReloadReport, type ReloadPolicy, type ReloadReport } from './reload-report';
import { saveCorpusSnapshot } from './snapshot-file';
import type { ArticleCache } from '../build/cache/article-cache';
import { articleCacheFor } from '../build/cache/cache-from-env';
import { LogEvent } from '../logging/log-events';

/** Everything a reload needs, whoever triggers it (/reload, SIGHUP). */
export interface ReloadService {
  holder: EngineHolder;
  dataDir: string;
  policy: ReloadPolicy;
  stateDir: string;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Posts to AUDIT_CHANNEL_ID when it is set. */
  audit?: (text: string) => Promise<void>;
  /** The desk's language (DESK_LOCALE): audit posts and reports to the operator's console; English when not given. */
  locale?: Locale;
  /** Where unchanged articles' readings are kept between builds; without one, a reload analyses everything. */
  cache?: ArticleCache;
}

/** The service as the environment configures it; `rest` (the client's) is needed only for the audit channel. */
export function reloadServiceFromEnv(
  env: Pick<Env, 'DATA_DIR' | 'STATE_DIR' | 'RELOAD_POLICY' | 'AUDIT_CHANNEL_ID'> &
    Partial<Pick<Env, 'DESK_LOCALE' | 'CACHE_DIR'>>,
  holder: EngineHolder,
  log: ReloadService['log'],
  rest?: Pick<REST, 'post'>,
): ReloadService {
  const audit = env.AUDIT_CHANNEL_ID && rest ? auditChannel(rest, env.AUDIT_CHANNEL_ID) : undefined;
  return {
    holder,
    dataDir: env.DATA_DIR,
    policy: env.RELOAD_POLICY,
    stateDir: env.STATE_DIR,
    log,
    ...(audit ? { audit } : {}),
    ...(env.DESK_LOCALE ? { locale: env.DESK_LOCALE } : {}),
    cache: articleCacheFor(env, (problem) =>
      log.warn({ event: LogEvent.analysisCacheProblem, ...problem }, 'analysis cache: rebuilt what it could not give'),
    ),
  };
}

function auditText(report: ReloadReport, locale: Locale): string {
  const head = messages(locale).reload.auditBy(report.actor);
  return `${head}\n${formatReloadReport(report, DISCORD_LIMITS.content - head.length - 1, locale)}`;
}

/** Reloads, then logs it (by whom, with what result), posts it to the audit channel and saves the snapshot. */
export async function reloadAndAudit(service: ReloadService, actor: string): Promise<ReloadReport> {
  notifyReload(service.holder, { phase: 'started' });
  const build = logBuildProgress(service.log, 'reload');
  const report = await reloadEngine(service.holder, service.dataDir, service.policy, {
    actor,
    ...(service.cache ? { cache: service.cache } : {}),
    onWorkerFailure: (error) =>
      service.log.warn({ err: error }, 'reload: build workers failed; built on the main thread'),
    onProgress: (progress) => {
      build.update(progress);
      notifyReload(service.holder, { phase: 'progress', progress });
    },
    onSwapped: (lexicon) =>
      saveLastGoodLexicon(service.stateDir, lexicon).catch((err: unknown) =>
        service.log.warn({ err }, 'reload: could not save the last good lexicon'),
      ),
  }).catch((error: unknown) => {
    notifyReload(service.holder, { phase: 'failed', error });
    throw error;
  });
  notifyReload(service.holder, { phase: 'finished', report });
  if (report.joined) {
    service.log.info({ actor, joined: true, outcome: report.outcome }, 'reload: joined the reload already running');
    return report;
  }
  const durations = build.durations();
  service.log.info(
    {
      actor,
      outcome: report.outcome,
      policy: report.policy,
      durationMs: Math.round(report.durationMs),
      // The parts of the build: reading and analysing, then the index and the filing (with the swap).
      analyseMs: Math.round(durations.analyseMs),
      indexMs: Math.round(durations.indexMs),
      articles: report.articles,
      added: report.diff?.added.map((a) => a.id),
      changed: report.diff?.changed.map((a) => a.id),
      removed: report.diff?.removed.map((a) => a.id),
      problems: report.problems,
    },
    'reload',
  );
  if (report.outcome === 'reloaded') {
    await saveCorpusSnapshot(service.stateDir, summarizeEngine(service.holder.current)).catch((err: unknown) =>
      service.log.warn({ err }, 'reload: could not save the corpus snapshot'),
    );
  }
  if (service.audit) {
    await service
      .audit(auditText(report, service.locale ?? 'en'))
      .catch((err: unknown) =>
        service.log.warn(
          { err: err instanceof Error ? err.message : String(err) },
          'reload: could not post to the audit channel',
        ),
      );
  }
  return report;
}
