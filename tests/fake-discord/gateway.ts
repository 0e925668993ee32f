import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload, type FakeWorld } from './payloads';
import { snowflake } from './snowflake';

export interface GatewayFrame {
  op: number;
  d?: any;
  s?: number | null;
  t?: string | null;
}

interface Session {
  id: string;
  seq: number;
}

/**
 * The gateway half of the fake: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME → RESUMED, and
 * dispatches numbered per session, as discord.js expects. Frames are plain JSON (no zlib-sync installed).
 */
export class FakeGateway {
  readonly received: GatewayFrame[] = [];
  #wss: WebSocketServer;
  #socket: WebSocket | null = null;
  #session: Session | null = null;
  #waiters: Array<{ match: (f: GatewayFrame) => boolean; resolve: (f: GatewayFrame) => void }> = [];
  #pending: GatewayFrame[] = [];
  #refusing = false;

  constructor(
    server: Server,
    private readonly world: FakeWorld,
    private readonly url: () => string,
  ) {
    this.#wss = new WebSocketServer({ server, path: '/gateway' });
    this.#wss.on('connection', (socket) => this.#accept(socket));
  }

  /** True once a session is identified or resumed on the current socket. */
  get ready(): boolean {
    return this.#socket !== null && this.#session !== null;
  }

  dispatch(t: string, d: unknown): void {
    if (!this.#socket || !this.#session) {
      // Discord would replay missed events on RESUME; the fake keeps them and sends them once a session is back.
      this.#pending.push({ op: 0, t, d });
      return;
    }
    this.#send({ op: 0, t, d, s: ++this.#session.seq });
  }

  /** Closes the live socket with `code`, e.g. 1001 (Going Away) as Discord does before moving a session. */
  close(code: number): void {
    this.#socket?.close(code, 'fake-discord close');
    this.#socket = null;
  }

  /**
   * An outage: the live socket is closed and every new one is closed again at once, as when Discord is unreachable,
   * until `refuse(false)`. Sessions are kept, so the bot can resume afterwards.
   */
  refuse(refusing: boolean): void {
    this.#refusing = refusing;
    if (refusing) this.close(1001);
  }

  waitFor(match: (f: GatewayFrame) => boolean, timeoutMs = 10_000): Promise<GatewayFrame> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway frame not received within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push({ match, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  async shutdown(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    if (this.#refusing) {
      socket.close(1001, 'fake-discord outage');
      return;
    }
    this.#socket?.terminate();
    this.#socket = socket;
    socket.on('message', (raw) => this.#receive(socket, JSON.parse(String(raw)) as GatewayFrame));
    this.#sendTo(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
  }

  #receive(socket: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    this.#waiters = this.#waiters.filter((w) => (w.match(frame) ? (w.resolve(frame), false) : true));
    if (socket !== this.#socket) return;
    switch (frame.op) {
      case 1:
        this.#sendTo(socket, { op: 11 });
        break;
      case 2: {
        this.#session = { id: snowflake(), seq: 0 };
        this.#send({
          op: 0,
          t: 'READY',
          s: ++this.#session.seq,
          d: readyPayload(this.world, this.#session.id, this.url()),
        });
        this.#send({ op: 0, t: 'GUILD_CREATE', s: ++this.#session.seq, d: guildCreatePayload(this.world) });
        this.#flush();
        break;
      }
      case 6: {
        if (!this.#session || frame.d?.session_id !== this.#session.id) {
          this.#sendTo(socket, { op: 9, d: false });
          break;
        }
        this.#send({ op: 0, t: 'RESUMED', s: ++this.#session.seq, d: {} });
        this.#flush();
        break;
      }
      default:
        break;
    }
  }

  #flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const frame of pending) this.dispatch(frame.t ?? '', frame.d);
  }

  #send(frame: GatewayFrame): void {
    if (this.#socket) this.#sendTo(this.#socket, frame);
  }

  #sendTo(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify({ s: null, t: null, ...frame }));
  }
}
