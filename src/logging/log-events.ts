/**
 * The `event` field of every error line and of the lines an operator alerts on. Messages may be reworded; these
 * names are what dashboards and alert rules match, so they only ever gain entries. The README lists them.
 */
export const LogEvent = {
  corpusUnusable: 'corpus_unusable',
  lexiconFallback: 'lexicon_fallback',
  interactionFailed: 'interaction_failed',
  engineFailed: 'engine_failed',
  autocompleteFailed: 'autocomplete_failed',
  discordClientError: 'discord_client_error',
  gatewayLost: 'gateway_lost',
  gatewayRestored: 'gateway_restored',
  gatewayClosed: 'gateway_closed',
  digestPostFailed: 'digest_post_failed',
  digestRunFailed: 'digest_run_failed',
  digestStateWriteFailed: 'digest_state_write_failed',
  digestSchedulerError: 'digest_scheduler_error',
  reloadFailed: 'reload_failed',
  unhandledRejection: 'unhandled_rejection',
  shutdownFailed: 'shutdown_failed',
  commandRegistrationFailed: 'command_registration_failed',
  analysisCacheProblem: 'analysis_cache_problem',
} as const;
