/** What /readyz is decided from: where start-up has got to, and whether the Discord gateway is connected now. */
export interface ReadinessState {
  corpusBuilt: boolean;
  /** 'connecting' until the first READY; 'down' after a connection drop until the session is back. */
  gateway: 'connecting' | 'up' | 'down';
  stopping: boolean;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Ready means it can answer: a corpus in service and a live gateway session, and not on its way out. */
export function readinessOf(state: ReadinessState): Readiness {
  if (state.stopping) return { ready: false, reason: 'shutting down' };
  if (!state.corpusBuilt) return { ready: false, reason: 'corpus is being built' };
  if (state.gateway === 'connecting') return { ready: false, reason: 'not connected to the Discord gateway yet' };
  if (state.gateway === 'down') return { ready: false, reason: 'Discord gateway connection lost; reconnecting' };
  return { ready: true };
}

export const initialReadiness = (): ReadinessState => ({ corpusBuilt: false, gateway: 'connecting', stopping: false });
