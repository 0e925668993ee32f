import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, type PageServer, redirect, startPageServer } from '../../tests/support/page-server';
import { addressPolicy, type FetchOptions, fetchPage, USER_AGENT } from './fetch-page';
import { problemText } from './ingest-problem';
import { guardedLookup, type Lookup } from './guarded-lookup';
import { isPublicAddress, literalAddress } from './public-address';

const PAGE = '<!doctype html><html lang="de"><body><p>Hafenstreik in Hamburg.</p></body></html>';
// Tests reach their own server on 127.0.0.1 only with allowPrivate, as INGEST_ALLOW_PRIVATE=true would.
const local = { allowAddress: addressPolicy(true), timeoutMs: 2000 };

/** Why the fetch was refused, as the English reply says it; 'fetched' when it was not refused. */
async function refusal(url: string, options: Partial<FetchOptions>, locale: 'en' | 'de' = 'en'): Promise<string> {
  const result = await fetchPage(url, options);
  return result.ok ? 'fetched' : problemText(result.problem, locale);
}

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    '/artikel': html(PAGE),
    '/latin1': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
        .end(Buffer.from('<p>Straße, Größe</p>', 'latin1'));
    },
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
    },
    '/weiter': redirect('/artikel', 301),
    '/zum-metadatendienst': redirect('http://169.254.169.254/latest/meta-data/'),
    '/zum-router': redirect('http://[::ffff:192.168.0.1]/admin'),
    '/kreis': redirect('/kreis'),
    '/riesig': (_req, res) => {
      // 20 MB in chunks and no Content-Length, so only counting while reading can catch it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const push = (): void => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent >= 20) res.end();
        else
          res.once('drain', () => {
            sent++;
            push();
          });
      };
      push();
    },
    '/riesig-angekuendigt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20 * 1024 * 1024) });
      res.write('<p>');
    },
    '/bild': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(100));
    },
    '/langsam': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>Der Anfang');
      // never ends: the fetch must give up on its own
    },
    '/fehlt': (_req, res) => {
      res.writeHead(404, 'Not Found').end();
    },
  });
});
afterAll(() => server.close());

describe('fetchPage', () => {
  it('returns the page with the URL it ended at, following redirects, and says who is asking', async () => {
    const result = await fetchPage(server.url('/weiter'), local);
    expect(result).toMatchObject({ ok: true, url: server.url('/artikel') });
    expect(result.ok && result.text).toBe(PAGE);
    expect(server.requests.at(-1)?.userAgent).toBe(USER_AGENT);
  });

  it('reads the charset the server declares and unpacks gzip', async () => {
    expect(await fetchPage(server.url('/latin1'), local)).toMatchObject({ ok: true, text: '<p>Straße, Größe</p>' });
    expect(await fetchPage(server.url('/gzip'), local)).toMatchObject({ ok: true, text: PAGE });
  });

  it('refuses the tests’ own local server when private addresses are not allowed', async () => {
    const host = `127.0.0.1:${new URL(server.origin).port}`;
    expect(await refusal(server.url('/artikel'), { timeoutMs: 2000 })).toBe(`${host} is an internal address`);
    expect(await refusal(server.url('/artikel'), { timeoutMs: 2000 }, 'de')).toBe(`${host} ist eine interne Adresse`);
  });

  it('refuses a redirect to a metadata or private address, checked again on the hop after the first', async () => {
    // Only this server's own address is let through, so what stops these redirects is the check on the next hop.
    const onlyThisServer = { ...local, allowAddress: (a: string) => a === '127.0.0.1' || isPublicAddress(a) };
    expect(await fetchPage(server.url('/artikel'), onlyThisServer)).toMatchObject({ ok: true });
    expect(await refusal(server.url('/zum-metadatendienst'), onlyThisServer)).toBe(
      '169.254.169.254 is an internal address',
    );
    expect(await refusal(server.url('/zum-router'), onlyThisServer)).toBe('[::ffff:c0a8:1] is an internal address');
  });

  it('refuses other schemes, endless redirects, a 404, non-HTML, 20 MB and a server that never finishes', async () => {
    expect(await refusal('file:///etc/passwd', local)).toBe('only http and https links are fetched, not file:');
    expect(await refusal(server.url('/kreis'), local)).toBe('more than 5 redirects');
    expect(await refusal(server.url('/fehlt'), local)).toBe('the site answered 404 Not Found');
    expect(await refusal(server.url('/bild'), local)).toBe('the link serves image/jpeg, not a web page');
    expect(await refusal(server.url('/riesig'), local)).toBe('the page is larger than 5 MB');
    expect(await refusal(server.url('/riesig-angekuendigt'), local)).toBe('the page is larger than 5 MB');
    const started = performance.now();
    expect(await refusal(server.url('/langsam'), { ...local, timeoutMs: 300 })).toBe(
      'the site did not answer within 0.3 s',
    );
    expect(await refusal(server.url('/bild'), local, 'de')).toBe('der Link liefert image/jpeg, keine Webseite');
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('guardedLookup', () => {
  const resolvingTo =
    (...addresses: string[]): Lookup =>
    (_host, _opts, cb) =>
      cb(
        null,
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  const run = (lookup: Lookup, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      guardedLookup(isPublicAddress, lookup)('news.example', { all }, (error, address) => resolve({ error, address })),
    );

  it('passes a name with only public addresses, in the shape the socket asked for', async () => {
    expect(await run(resolvingTo('93.184.216.34'), false)).toEqual({ error: null, address: '93.184.216.34' });
    expect((await run(resolvingTo('93.184.216.34', '2606:2800:220:1::1'), true)).address).toHaveLength(2);
  });

  it('refuses a name with any internal address among its answers', async () => {
    const { error } = await run(resolvingTo('93.184.216.34', '10.0.0.7'), true);
    expect(error?.message).toBe('news.example resolves to 10.0.0.7, an internal address');
  });
});

describe('isPublicAddress', () => {
  it('accepts public unicast and refuses loopback, private, link-local, metadata and mapped internal addresses', () => {
    expect(['93.184.216.34', '2a00:1450:4001::1'].map(isPublicAddress)).toEqual([true, true]);
    const internal = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
    ];
    expect(internal.filter(isPublicAddress)).toEqual([]);
  });

  it('finds the literal address in a URL host, however the address was written', () => {
    expect(literalAddress(new URL('http://2130706433/').hostname)).toBe('127.0.0.1');
    expect(literalAddress(new URL('http://[::1]:8080/').hostname)).toBe('::1');
    expect(literalAddress('www.tagesschau.de')).toBeNull();
  });
});
