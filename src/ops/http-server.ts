import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readiness } from './readiness';

export interface HttpEndpoints {
  readiness(): Readiness;
  /** Prometheus exposition text; absent, /metrics is a 404. */
  metrics?(): Promise<{ contentType: string; body: string }>;
}

export interface RunningHttpServer {
  host: string;
  /** The port actually bound (HTTP_PORT=0 picks a free one). */
  port: number;
  close(): Promise<void>;
}

type Reply = { status: number; contentType: string; body: string };

const json = (status: number, body: unknown): Reply => ({
  status,
  contentType: 'application/json',
  body: `${JSON.stringify(body)}\n`,
});

/** The three operator endpoints; anything else is a 404, and nothing but GET and HEAD is answered. */
async function reply(method: string, path: string, endpoints: HttpEndpoints): Promise<Reply> {
  if (method !== 'GET' && method !== 'HEAD') return json(405, { error: 'method not allowed' });
  if (path === '/healthz') return json(200, { status: 'alive' });
  if (path === '/readyz') {
    const readiness = endpoints.readiness();
    return readiness.ready
      ? json(200, { status: 'ready' })
      : json(503, { status: 'not ready', reason: readiness.reason });
  }
  if (path === '/metrics' && endpoints.metrics) {
    const { contentType, body } = await endpoints.metrics();
    return { status: 200, contentType, body };
  }
  return json(404, { error: 'not found' });
}

/**
 * The health and metrics server. It does not keep the process alive on its own (unref): when the bot has stopped
 * or never got going, the process must still end.
 */
export async function startHttpServer(
  host: string,
  port: number,
  endpoints: HttpEndpoints,
): Promise<RunningHttpServer> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    reply(req.method ?? 'GET', path, endpoints).then(
      (r) => {
        res.writeHead(r.status, { 'content-type': r.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : r.body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`${error instanceof Error ? error.message : String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const address = server.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
