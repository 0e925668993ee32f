import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressDisplay } from './progress-display';

function stream(isTTY: boolean, columns = 200) {
  const out = Object.assign(new PassThrough(), { isTTY, columns });
  let text = '';
  out.on('data', (chunk: Buffer) => (text += String(chunk)));
  return { out, text: () => text };
}

function clock() {
  let t = 0;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe("the console's progress", () => {
  it('on a terminal is one line rewritten in place, then the time each part took', () => {
    const s = stream(true);
    const c = clock();
    const display = createProgressDisplay({ output: s.out, locale: 'en', now: c.now });
    for (let articles = 100; articles <= 1000; articles += 100) {
      c.advance(100);
      display.update({ articles, of: 1000 });
    }
    display.update({ articles: 1000, of: 1000, phase: 'indexing' });
    c.advance(300);
    display.update({ articles: 1000, of: 1000, phase: 'indexing' });
    c.advance(200);
    display.settle();
    display.done(1000);
    const text = s.text();
    // Every 200 ms: redrawn after carriage returns, never on a new line until the end.
    expect(text.split('\r').filter((part) => part.startsWith('Reading and analysing'))).toEqual([
      'Reading and analysing: 200 of 1,000 articles · 1,000 a second · about 1 s left\x1b[K',
      'Reading and analysing: 400 of 1,000 articles · 1,000 a second · about 1 s left\x1b[K',
      'Reading and analysing: 600 of 1,000 articles · 1,000 a second · about 1 s left\x1b[K',
      'Reading and analysing: 800 of 1,000 articles · 1,000 a second · about 1 s left\x1b[K',
      'Reading and analysing: 1,000 of 1,000 articles · 1,000 a second · about 1 s left\x1b[K',
    ]);
    expect(text).toContain('\rIndexing 1,000 articles …\x1b[K');
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    // The last progress line cleared, then the summary on a line of its own.
    const last = lines[0] ?? '';
    expect(last.slice(last.lastIndexOf('\r'))).toBe(
      '\r\x1b[KLoaded 1,000 articles in 1.50 s (read and analysed in 1.00 s, indexed in 0.50 s).',
    );
  });

  it("keeps within the terminal's width", () => {
    const s = stream(true, 40);
    const c = clock();
    const display = createProgressDisplay({ output: s.out, locale: 'de', now: c.now });
    c.advance(1000);
    display.update({ articles: 5000, of: 50_000 });
    const text = s.text();
    expect(text.startsWith('\r') && text.endsWith('\x1b[K')).toBe(true);
    const line = text.slice(1, -'\x1b[K'.length);
    expect(line).toBe('Lesen und Auswerten: 5.000 von 50.000 …');
    expect(line.length).toBe(39);
  });

  it('elsewhere (a pipe, a log file) is a plain line every 5 s, and nothing for a build over sooner', () => {
    const s = stream(false);
    const c = clock();
    const display = createProgressDisplay({ output: s.out, locale: 'en', now: c.now });
    for (let second = 1; second <= 12; second++) {
      c.advance(1000);
      display.update({ articles: second * 100, of: 1200 });
    }
    display.settle();
    display.done(1200);
    expect(s.text().split('\n')).toEqual([
      'Reading and analysing: 500 of 1,200 articles · 100 a second · about 10 s left',
      'Reading and analysing: 1,000 of 1,200 articles · 100 a second · about 5 s left',
      'Loaded 1,200 articles in 12.0 s (read and analysed in 12.0 s, indexed in 0.00 s).',
      '',
    ]);
    expect(s.text()).not.toContain('\r');

    const quick = stream(false);
    const fast = createProgressDisplay({ output: quick.out, locale: 'en', now: clock().now });
    fast.update({ articles: 5, of: 5 });
    fast.settle();
    expect(quick.text()).toBe('');
  });
});
