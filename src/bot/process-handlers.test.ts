import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logging/logger';
import { installProcessHandlers } from './process-handlers';

const quietLogger = () => createLogger({ level: 'silent' });

describe('installProcessHandlers', () => {
  it('stops the bot once on SIGTERM/SIGINT, then exits 0', async () => {
    const events = new EventEmitter();
    const stop = vi.fn(async () => {});
    const exit = vi.fn();
    installProcessHandlers({ stop }, quietLogger(), { events, exit });
    events.emit('SIGTERM', 'SIGTERM');
    events.emit('SIGINT', 'SIGINT');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('exits 0 after a bounded wait even if stopping hangs', async () => {
    const events = new EventEmitter();
    const exit = vi.fn();
    installProcessHandlers({ stop: () => new Promise(() => {}) }, quietLogger(), { events, exit, hardExitAfterMs: 50 });
    events.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });

  it('logs an unhandled rejection instead of exiting', () => {
    const events = new EventEmitter();
    const exit = vi.fn();
    const logger = quietLogger();
    const error = vi.spyOn(logger, 'error');
    installProcessHandlers({ stop: async () => {} }, logger, { events, exit });
    events.emit('unhandledRejection', new Error('stray'));
    expect(error).toHaveBeenCalledOnce();
    expect(exit).not.toHaveBeenCalled();
  });
});
