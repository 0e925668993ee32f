import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isPublicAddress } from './public-address';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** The error a refused address raises; fetchPage turns it into the reason the user reads. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, an internal address`);
  }
}

/**
 * A DNS lookup for the sockets themselves: the address checked is the one connected to, so a name that resolves
 * to a public address for a check and to 127.0.0.1 for the connection (DNS rebinding) gains nothing. A name with
 * any internal address is refused outright rather than filtered, since such a name is not a news site's.
 */
export function guardedLookup(
  allowed: (address: string) => boolean = isPublicAddress,
  resolve: Lookup = dnsLookup as unknown as Lookup,
): Lookup {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const internal = list.find((entry) => !allowed(entry.address));
      if (internal) return callback(new PrivateAddressError(hostname, internal.address), []);
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
