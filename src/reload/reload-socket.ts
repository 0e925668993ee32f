import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { type ReloadService, reloadAndAudit } from './audited-reload';
import { formatReloadReport } from './reload-report';

/**
 * `npm run reload` reaches the running bot through this socket in STATE_DIR instead of a pid: whoever answers on
 * it is the bot, whereas a pid left in a file by a killed bot may belong to any process by now.
 */
export const RELOAD_SOCKET_FILE = 'bot.sock';

const RequestSchema = z.object({ command: z.literal('reload') });
const ReloadReplySchema = z.object({ outcome: z.enum(['reloaded', 'kept-old']), report: z.string() });
export type ReloadReply = z.infer<typeof ReloadReplySchema>;

const ACTOR = 'npm run reload';

const reloadSocketPath = (stateDir: string) => join(stateDir, RELOAD_SOCKET_FILE);

function connect(path: string): Promise<Socket | null> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    socket.once('connect', () => resolve(socket));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      // No socket, or one nobody listens on (left by a bot that was killed): no bot runs here.
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED' || error.code === 'ENOTSOCK') resolve(null);
      else reject(error);
    });
  });
}

async function firstLine(socket: Socket): Promise<string | null> {
  const lines = createInterface({ input: socket });
  for await (const line of lines) return line;
  return null;
}

async function answer(service: ReloadService, socket: Socket): Promise<void> {
  const line = await firstLine(socket);
  let parsed;
  try {
    parsed = RequestSchema.safeParse(JSON.parse(line ?? ''));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    socket.end();
    return;
  }
  const report = await reloadAndAudit(service, ACTOR);
  const reply: ReloadReply = {
    outcome: report.outcome,
    report: formatReloadReport(report, Number.POSITIVE_INFINITY, service.locale),
  };
  socket.end(`${JSON.stringify(reply)}\n`);
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Serves reload requests on STATE_DIR/bot.sock until the returned function is called. A socket file left by a
 * bot that was killed is replaced; one another live bot answers on is left to it (and this bot serves none).
 */
export async function serveReloadRequests(service: ReloadService): Promise<() => Promise<void>> {
  const path = reloadSocketPath(service.stateDir);
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    answer(service, socket).catch((err: unknown) => {
      service.log.error({ err }, 'reload: request over the socket failed');
      socket.destroy();
    });
  });
  try {
    await listen(server, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const other = await connect(path);
    if (other) {
      other.destroy();
      service.log.warn(
        { socket: path },
        'reload: another bot answers on this STATE_DIR socket; npm run reload reaches that one',
      );
      return async () => undefined;
    }
    await rm(path, { force: true });
    await listen(server, path);
  }
  // Only this user may ask for reloads, as only this user (or root) could signal the bot.
  await chmod(path, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Asks the bot on this STATE_DIR to reload and waits for its report; null when no bot is listening. */
export async function requestReload(stateDir: string): Promise<ReloadReply | null> {
  const socket = await connect(reloadSocketPath(stateDir));
  if (!socket) return null;
  socket.write(`${JSON.stringify({ command: 'reload' })}\n`);
  const line = await firstLine(socket);
  socket.destroy();
  let reply;
  try {
    reply = ReloadReplySchema.safeParse(JSON.parse(line ?? ''));
  } catch {
    reply = null;
  }
  if (!reply?.success) throw new Error('the running bot sent no reload report (see its log)');
  return reply.data;
}
