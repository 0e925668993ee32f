import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { guardedLookup, PrivateAddressError } from './guarded-lookup';
import { isPublicAddress, literalAddress } from './public-address';
import { decodeBody } from '../corpus/page/decode-body';
import type { FetchProblem } from './ingest-problem';

export const USER_AGENT = 'Factdesk/0.1 (newsroom research archive; fetches one page per request)';
/** What a news page is served as; feeds add their own types (see FEED_TYPES). */
export const PAGE_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];
/** RSS 2.0, Atom and JSON Feed, including the generic XML and JSON types many servers send them as. */
export const FEED_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
];

export interface FetchOptions {
  /** Largest body read, after decompression: a page past it is refused, not cut. */
  maxBytes: number;
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Media types accepted (without parameters). */
  types: readonly string[];
  /** Which connected addresses are acceptable: public ones (see addressPolicy), on every hop. */
  allowAddress: (address: string) => boolean;
}

const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  types: PAGE_TYPES,
  allowAddress: isPublicAddress,
};

/** INGEST_ALLOW_PRIVATE=true lets requests reach any address: only the tests' own local server needs it. */
export const addressPolicy = (allowPrivate: boolean): ((address: string) => boolean) =>
  allowPrivate ? () => true : isPublicAddress;

export type FetchResult =
  | { ok: true; url: string; contentType: string; text: string }
  | { ok: false; url: string; problem: FetchProblem };

class Refusal extends Error {
  constructor(readonly problem: FetchProblem) {
    super(problem.kind);
  }
}

/**
 * Fetches one page the way an archive should: http(s) only, public addresses only (checked on the connected
 * address, on every hop), a bounded number of redirects, bounded time and size, and only the types asked for.
 * Never throws; a refusal says why in words a desk editor can act on. The body is only returned whole, so a
 * failed or cut-off fetch can never be stored.
 */
export async function fetchPage(url: string, overrides: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const options = { ...DEFAULT_FETCH_OPTIONS, ...overrides };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const target = checkUrl(current, options.allowAddress);
      const response = await get(target, options, signal);
      const location = response.headers.location;
      if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (hop >= options.maxRedirects) throw new Refusal({ kind: 'redirects', max: options.maxRedirects });
        current = new URL(location, target).href;
        continue;
      }
      return { ok: true, url: target.href, ...(await readBody(response, options, signal)) };
    }
  } catch (error) {
    return { ok: false, url: current, problem: problemOf(error, options, signal) };
  }
}

function checkUrl(link: string, allowAddress: (address: string) => boolean): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new Refusal({ kind: 'not-a-url', link });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Refusal({ kind: 'scheme', scheme: url.protocol });
  if (url.username || url.password) throw new Refusal({ kind: 'credentials' });
  const literal = literalAddress(url.hostname);
  // A literal address never goes through a lookup, so it is checked here.
  if (literal !== null && !allowAddress(literal)) {
    throw new Refusal({ kind: 'internal-address', host: url.host });
  }
  return url;
}

function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: `${options.types.join(', ')};q=1, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: guardedLookup(options.allowAddress),
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

async function readBody(
  response: IncomingMessage,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<{ contentType: string; text: string }> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    throw new Refusal({ kind: 'status', status, text: response.statusMessage ?? '' });
  }
  const header = response.headers['content-type'] ?? '';
  const type = mediaType(header);
  if (!options.types.includes(type)) {
    response.resume();
    const wanted = options.types.some((t) => PAGE_TYPES.includes(t)) ? 'page' : 'feed';
    throw new Refusal({ kind: 'type', type: type || null, wanted });
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes && !response.headers['content-encoding']) {
    response.destroy();
    throw new Refusal({ kind: 'too-large', bytes: options.maxBytes });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decompressed(response);
  for await (const chunk of body) {
    if (signal.aborted) break;
    size += (chunk as Buffer).length;
    if (size > options.maxBytes) {
      response.destroy();
      throw new Refusal({ kind: 'too-large', bytes: options.maxBytes });
    }
    chunks.push(chunk as Buffer);
  }
  // A body that stopped early (timeout, dropped connection) is not the page, so it is never returned.
  if (signal.aborted || !response.complete) throw signal.aborted ? signal.reason : new Refusal({ kind: 'cut-off' });
  return { contentType: header, text: decodeBody(Buffer.concat(chunks), header) };
}

/** The media type of a Content-Type header, without parameters, in lower case. */
export const mediaType = (contentType: string): string => contentType.split(';')[0]?.trim().toLowerCase() ?? '';

function decompressed(response: IncomingMessage): IncomingMessage | Transform {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decoder === null) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

function problemOf(error: unknown, options: FetchOptions, signal: AbortSignal): FetchProblem {
  if (error instanceof Refusal) return error.problem;
  if (signal.aborted) return { kind: 'timeout', ms: options.timeoutMs };
  if (error instanceof PrivateAddressError)
    return { kind: 'resolves-internal', host: error.hostname, address: error.address };
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'no-name' };
  if (code === 'ECONNREFUSED') return { kind: 'refused' };
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return { kind: 'certificate', code };
  return { kind: 'fetch-failed', detail: code || (error instanceof Error ? error.message : String(error)) };
}
