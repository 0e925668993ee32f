import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewayFrame } from './gateway';
import {
  buttonInteraction,
  commandInteraction,
  createWorld,
  messageFrom,
  type FakeWorld,
  type StringOption,
} from './payloads';
import type { RecordedFile, RecordedRequest, RequestMatcher } from './recorded-request';
import { snowflake } from './snowflake';

export interface SentInteraction {
  id: string;
  token: string;
  payload: Record<string, any>;
}

export interface CannedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HeldRequest {
  /** Resolves when a matching request arrives (the fake then holds its response). */
  arrived: Promise<RecordedRequest>;
  /** Lets the held request be answered normally. */
  release(): void;
}

export type FakeMessage = Record<string, any> & { id: string };

export interface FakeDiscord extends FakeWorld {
  /** Value for DISCORD_API_URL / discord.js `rest.api`: REST lives under `${restUrl}/v10/...`. */
  restUrl: string;
  gatewayUrl: string;
  requests: RecordedRequest[];
  gatewayFrames: GatewayFrame[];
  /** Every message the bot created, by id, in its latest state (edits applied). */
  messages: Map<string, FakeMessage>;
  sendInteraction(payload: Record<string, any>): SentInteraction;
  /** `locale` is the user's Discord language ("de", "en-US"); en-US unless given. */
  slashCommand(name: string, options?: StringOption[], locale?: string): SentInteraction;
  autocomplete(name: string, options: StringOption[], locale?: string): SentInteraction;
  clickButton(messageId: string, customId: string, locale?: string): SentInteraction;
  /** Resolves with the first recorded request that matches, waiting for it if it has not arrived yet. */
  waitForRequest(match: RequestMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  waitForGateway(match: (frame: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  /** The message an interaction's reply created (its "@original"), in its latest state. */
  originalMessage(interaction: SentInteraction): FakeMessage | undefined;
  /** Answers the next matching request with `response` instead of handling it. */
  failNext(match: RequestMatcher, response: CannedResponse): void;
  holdNext(match: RequestMatcher): HeldRequest;
  closeGateway(code: number): void;
  /** Discord unreachable: the gateway closes every connection until `restoreGateway()`. */
  dropGateway(): void;
  restoreGateway(): void;
  close(): Promise<void>;
}

interface Override {
  match: RequestMatcher;
  act: (request: RecordedRequest) => Promise<CannedResponse | null>;
}

const API_PREFIX = /^\/api\/v\d+/;

/**
 * A small Discord on 127.0.0.1: REST (HTTP) and gateway (WebSocket) on one port, enough for a real discord.js
 * Client to log in, receive interactions and answer them. Tests drive it and read back what the bot sent.
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const world = createWorld();
  const requests: RecordedRequest[] = [];
  const messages = new Map<string, FakeMessage>();
  const originals = new Map<string, string>(); // interaction token → message id
  const componentMessage = new Map<string, string>(); // interaction id → message the component is on
  const overrides: Override[] = [];
  let waiters: Array<{ match: RequestMatcher; resolve: (r: RecordedRequest) => void }> = [];

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `127.0.0.1:${port}`;
  const gatewayUrl = `ws://${base}/gateway`;
  const gateway = new FakeGateway(server, world, () => gatewayUrl);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${base}`);
    const raw = await readBody(req);
    const parsed = raw.length > 0 ? await parseBody(raw, req.headers['content-type']) : { body: undefined };
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(API_PREFIX, '')),
      query: url.searchParams,
      headers: req.headers,
      body: parsed.body,
      ...(parsed.files && { files: parsed.files }),
      at: Date.now(),
    };
    if (parsed.files) attachFiles(request, parsed.files);
    requests.push(request);
    waiters = waiters.filter((w) => (w.match(request) ? (w.resolve(request), false) : true));

    const overrideIndex = overrides.findIndex((o) => o.match(request));
    const override = overrideIndex >= 0 ? overrides.splice(overrideIndex, 1)[0] : undefined;
    const canned = override ? await override.act(request) : null;
    const response = canned ?? respond(request);
    request.status = response.status;
    // Like Discord, a 204 has no body and no content type (discord.js would try to parse "JSON" otherwise).
    const json = response.body === undefined ? undefined : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...(json !== undefined && { 'content-type': 'application/json' }),
      ...response.headers,
    });
    res.end(json);
  }

  function respond(r: RecordedRequest): CannedResponse {
    const m = (method: string, pattern: RegExp) => (r.method === method ? pattern.exec(r.path) : null);
    let match: RegExpExecArray | null;
    if ((match = m('GET', /^\/gateway\/bot$/))) {
      return ok({
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if ((match = m('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      return interactionCallback(match[1] ?? '', match[2] ?? '', r);
    }
    if ((match = m('PATCH', /^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/))) {
      const id = match[2] === '@original' ? originals.get(match[1] ?? '') : match[2];
      const message = id ? messages.get(id) : undefined;
      if (!message) return notFound();
      Object.assign(message, r.body ?? {});
      return ok(message);
    }
    if ((match = m('GET', /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/))) {
      const message = messages.get(originals.get(match[1] ?? '') ?? '');
      return message ? ok(message) : notFound();
    }
    if ((match = m('DELETE', /^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/))) {
      const id = match[2] === '@original' ? originals.get(match[1] ?? '') : match[2];
      if (!id || !messages.delete(id)) return notFound();
      return { status: 204 };
    }
    if ((match = m('POST', /^\/webhooks\/\d+\/([^/]+)$/))) return ok(createMessage(r.body ?? {}));
    if ((match = m('POST', /^\/channels\/(\d+)\/messages$/))) {
      if (match[1] !== world.channelId) return notFound();
      return ok(createMessage(r.body ?? {}));
    }
    if ((match = m('PUT', /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/))) {
      const commands = Array.isArray(r.body) ? r.body : [];
      return ok(
        commands.map((c: Record<string, unknown>) => ({
          id: snowflake(),
          application_id: world.applicationId,
          version: snowflake(),
          ...c,
        })),
      );
    }
    return notFound();
  }

  function interactionCallback(interactionId: string, token: string, r: RecordedRequest): CannedResponse {
    const type = Number(r.body?.type);
    const data = (r.body?.data ?? {}) as Record<string, unknown>;
    let message: FakeMessage | undefined;
    if (type === 4 || type === 5) {
      message = createMessage(type === 4 ? data : { flags: data.flags ?? 0, content: '' }, interactionId);
      originals.set(token, message.id);
    } else if (type === 7) {
      message = messages.get(componentMessage.get(interactionId) ?? '');
      if (message) Object.assign(message, data);
      originals.set(token, message?.id ?? '');
    } else if (type === 6) {
      originals.set(token, componentMessage.get(interactionId) ?? '');
    }
    if (r.query.get('with_response') !== 'true') return { status: 204 };
    return ok({
      interaction: {
        id: interactionId,
        type: 2,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: false,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  function createMessage(body: Record<string, unknown>, interactionId?: string): FakeMessage {
    const message = messageFrom(world, snowflake(), body, interactionId) as FakeMessage;
    messages.set(message.id, message);
    return message;
  }

  function sendInteraction(payload: Record<string, any>): SentInteraction {
    gateway.dispatch('INTERACTION_CREATE', payload);
    return { id: payload.id, token: payload.token, payload };
  }

  const fake: FakeDiscord = {
    ...world,
    restUrl: `http://${base}/api`,
    gatewayUrl,
    requests,
    gatewayFrames: gateway.received,
    messages,
    sendInteraction,
    slashCommand: (name, options = [], locale) =>
      sendInteraction(withLocale(commandInteraction(world, name, options), locale)),
    autocomplete: (name, options, locale) =>
      sendInteraction(withLocale(commandInteraction(world, name, options, true), locale)),
    clickButton(messageId, customId, locale) {
      const message = messages.get(messageId);
      if (!message) throw new Error(`fake-discord: no message ${messageId}`);
      const payload = withLocale(buttonInteraction(world, structuredClone(message), customId), locale);
      componentMessage.set(payload.id, messageId);
      return sendInteraction(payload);
    },
    waitForRequest(match, timeoutMs = 10_000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`fake-discord: no matching request within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    waitForGateway: (match, timeoutMs) => gateway.waitFor(match, timeoutMs),
    originalMessage: (interaction) => messages.get(originals.get(interaction.token) ?? ''),
    failNext(match, response) {
      overrides.push({ match, act: async () => response });
    },
    holdNext(match) {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let arrive: (r: RecordedRequest) => void = () => {};
      const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
      overrides.push({
        match,
        act: async (request) => {
          arrive(request);
          await released;
          return null;
        },
      });
      return { arrived, release };
    },
    closeGateway: (code) => gateway.close(code),
    dropGateway: () => gateway.refuse(true),
    restoreGateway: () => gateway.refuse(false),
    async close() {
      await gateway.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

const ok = (body: unknown): CannedResponse => ({ status: 200, body });
const notFound = (): CannedResponse => ({ status: 404, body: { message: 'Unknown', code: 0 } });

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * JSON as JSON; multipart/form-data, which discord.js sends when a reply attaches files, as Discord reads it: the
 * `payload_json` field is the body and every other field a file. Anything else is kept as text for inspection.
 */
async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files?: RecordedFile[] }> {
  if (contentType?.includes('application/json')) return { body: JSON.parse(raw.toString('utf8')) };
  if (!contentType?.includes('multipart/form-data')) return { body: raw.toString('utf8') };
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [field, value] of form) {
    if (field === 'payload_json') body = JSON.parse(String(value));
    else if (typeof value !== 'string')
      files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

/**
 * Gives the message a multipart request creates or edits its attachments as Discord does: each upload becomes an
 * attachment with an id, size and URL, keeping the description (alt text) the payload gave it.
 */
function attachFiles(request: RecordedRequest, files: RecordedFile[]): void {
  const target: Record<string, unknown> | undefined = request.body?.data ?? request.body;
  if (!target) return;
  const declared: Array<Record<string, unknown>> = Array.isArray(target.attachments) ? target.attachments : [];
  target.attachments = files.map((file, i) => {
    const id = snowflake();
    return {
      id,
      filename: file.name,
      size: file.data.length,
      content_type: file.contentType,
      url: `https://cdn.fake-discord.invalid/attachments/${id}/${file.name}`,
      proxy_url: `https://media.fake-discord.invalid/attachments/${id}/${file.name}`,
      ...(typeof declared[i]?.description === 'string' && { description: declared[i]?.description }),
    };
  });
}

function withLocale<T extends { locale: string }>(payload: T, locale: string | undefined): T {
  return locale === undefined ? payload : { ...payload, locale };
}
