import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet. Only ipaddr.js's `unicast` class passes: loopback, private,
 * link-local (where cloud metadata services answer, 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast and reserved ranges all reach something of ours or of the host's rather than a news site.
 * An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** The address a URL's host names literally (`http://10.0.0.1/`, `http://[::1]/`), or null for a host name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}
