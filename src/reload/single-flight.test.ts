import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

describe('singleFlight', () => {
  it('runs overlapping calls as one, and a later call afresh', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const flight = singleFlight(async (n: number) => {
      runs += 1;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return n;
    });
    const a = flight.run(1);
    const b = flight.run(2);
    release();
    expect(await a).toEqual({ result: 1, joined: false });
    expect(await b).toEqual({ result: 1, joined: true });
    expect(runs).toBe(1);
    const c = flight.run(3);
    release();
    expect(await c).toEqual({ result: 3, joined: false });
    expect(runs).toBe(2);
  });

  it('a failed run does not block the next', async () => {
    let fail = true;
    const flight = singleFlight(async () => {
      if (fail) throw new Error('boom');
      return 'ok';
    });
    await expect(flight.run(undefined)).rejects.toThrow('boom');
    fail = false;
    expect((await flight.run(undefined)).result).toBe('ok');
  });
});
