import type { PageProblem } from '../corpus/page/extract-article';
import { messages } from '../i18n/catalog';
import { formatFixed, formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';

/** Why fetching a link gave no page: each kind a desk editor can act on differently. */
export type FetchProblem =
  | { kind: 'not-a-url'; link: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'credentials' }
  | { kind: 'internal-address'; host: string }
  | { kind: 'resolves-internal'; host: string; address: string }
  | { kind: 'redirects'; max: number }
  | { kind: 'status'; status: number; text: string }
  | { kind: 'type'; type: string | null; wanted: 'page' | 'feed' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'cut-off' }
  | { kind: 'no-name' }
  | { kind: 'refused' }
  | { kind: 'certificate'; code: string }
  | { kind: 'fetch-failed'; detail: string };

/**
 * Why a link did not become an article, as data: the reply words it in the reader's language, the log and the
 * console in theirs. `detail` fields carry a library's or the system's own message, which is not translated.
 */
export type IngestProblem =
  | FetchProblem
  | PageProblem
  | { kind: 'no-reporting' }
  | { kind: 'not-a-feed'; detail: string }
  | { kind: 'not-saved'; detail: string };

/** The problem in words, without a closing full stop (replies add it). */
export function problemText(problem: IngestProblem, locale: Locale = 'en'): string {
  const m = messages(locale).ingest.problem;
  switch (problem.kind) {
    case 'not-a-url':
      return m.notAUrl(problem.link);
    case 'scheme':
      return m.scheme(problem.scheme);
    case 'credentials':
      return m.credentials;
    case 'internal-address':
      return m.internalAddress(problem.host);
    case 'resolves-internal':
      return m.resolvesInternal(problem.host, problem.address);
    case 'redirects':
      return m.redirects(formatNumber(problem.max, locale));
    case 'status':
      return m.status(problem.status, problem.text);
    case 'type':
      return m.type(problem.type, problem.wanted);
    case 'too-large':
      return m.tooLarge(formatNumber(Math.round(problem.bytes / (1024 * 1024)), locale));
    case 'timeout':
      return m.timeout(seconds(problem.ms, locale));
    case 'cut-off':
      return m.cutOff;
    case 'no-name':
      return m.noName;
    case 'refused':
      return m.refused;
    case 'certificate':
      return m.certificate(problem.code);
    case 'fetch-failed':
      return m.fetchFailed(problem.detail);
    case 'no-article-text':
      return m.noArticleText;
    case 'too-little-text':
      return m.tooLittleText(formatNumber(problem.chars, locale));
    case 'no-reporting':
      return m.noReporting;
    case 'not-a-feed':
      return m.notAFeed(problem.detail);
    case 'not-saved':
      return m.notSaved(problem.detail);
  }
}

/** "15", "0.3" ("0,3" in German): whole seconds without decimals. */
function seconds(ms: number, locale: Locale): string {
  return ms % 1000 === 0 ? formatNumber(ms / 1000, locale) : formatFixed(ms / 1000, ms % 100 === 0 ? 1 : 2, locale);
}
