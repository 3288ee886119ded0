// Which addresses a webhook may reach. Webhook URLs are chosen by customers, and the server
// makes the request, so without a check a URL could aim the API at its own network (metadata
// services, databases, admin ports): server-side request forgery. A URL is refused when its host
// RESOLVES to anything but a public unicast address; the check runs when the webhook is saved
// and again when each delivery connects (see `guardedLookup`), so changing the DNS answer after
// the first check ("DNS rebinding") does not get through.
import { lookup as dnsLookup } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** A webhook URL that may not be used; the message is safe to show to the customer. */
export class UnsafeWebhookUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeWebhookUrlError';
  }
}

// ipaddr.js names every special-purpose range (loopback, private 10/8 172.16/12 192.168/16,
// link-local 169.254/16 and fe80::/10, unique-local fc00::/7, unspecified 0.0.0.0/8 and ::,
// multicast, broadcast, CGNAT 100.64/10, reserved, NAT64 64:ff9b::/96, 6to4, Teredo…) and
// calls the rest 'unicast'. Only 'unicast' is allowed: a range nobody listed is refused.
// Its lists lack these, which are not public either:
const EXTRA_BLOCKED = [
  '::/96', // IPv4-compatible IPv6 (deprecated; ::7f00:1 would be 127.0.0.1)
  '198.18.0.0/15', // benchmarking networks
  '192.0.0.0/24', // IETF protocol assignments
].map((cidr) => ipaddr.parseCIDR(cidr));

/** Whether `ip` (an IPv4 or IPv6 address, no brackets) is a public unicast address. */
export function isPublicAddress(ip: string): boolean {
  if (isIP(ip) === 0) return false;
  // `process` turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 it carries.
  const address = ipaddr.process(ip);
  if (address.range() !== 'unicast') return false;
  return !EXTRA_BLOCKED.some(([range, bits]) => inRange(address, range, bits));
}

function inRange(address: ipaddr.IPv4 | ipaddr.IPv6, range: ipaddr.IPv4 | ipaddr.IPv6, bits: number): boolean {
  if (address.kind() === 'ipv4' && range.kind() === 'ipv4') return (address as ipaddr.IPv4).match(range as ipaddr.IPv4, bits);
  if (address.kind() === 'ipv6' && range.kind() === 'ipv6') return (address as ipaddr.IPv6).match(range as ipaddr.IPv6, bits);
  return false;
}

/** The URL's host without IPv6 brackets (`[::1]` → `::1`). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Every address `host` resolves to (an IP literal resolves to itself). */
export async function resolveHost(host: string): Promise<string[]> {
  if (isIP(host) !== 0) return [host];
  const addresses = await dnsLookupAsync(host, { all: true, verbatim: true });
  return addresses.map((entry) => entry.address);
}

export interface NetworkPolicy {
  /** Tests and local development receive webhooks on 127.0.0.1; production never. */
  allowPrivateNetworks: boolean;
}

/** Parses and checks a webhook URL's form: http(s), at most 2048 characters, no credentials. */
export function parseWebhookUrl(raw: string): URL {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) throw new UnsafeWebhookUrlError(`URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrlError('Not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnsafeWebhookUrlError('URL must use http or https');
  // Receivers authenticate deliveries by their signature; credentials in URLs end up in logs.
  if (url.username || url.password) throw new UnsafeWebhookUrlError('URL must not contain credentials');
  return url;
}

/**
 * Checks the URL's form and that every address its host resolves to is allowed; returns the
 * parsed URL. Refuses when any one address is private, since a client may connect to any.
 */
export async function assertDeliverableUrl(raw: string, policy: NetworkPolicy): Promise<URL> {
  const url = parseWebhookUrl(raw);
  let addresses: string[];
  try {
    addresses = await resolveHost(hostOf(url));
  } catch {
    throw new UnsafeWebhookUrlError(`Host ${url.hostname} does not resolve`);
  }
  if (!policy.allowPrivateNetworks && !addresses.every(isPublicAddress)) {
    throw new UnsafeWebhookUrlError(`Host ${url.hostname} resolves to a private or reserved address`);
  }
  return url;
}

/**
 * A DNS lookup for http(s).request that refuses non-public answers. The socket connects to the
 * very addresses checked here, so no second resolution can slip a private address in.
 */
export function guardedLookup(policy: NetworkPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      if (!policy.allowPrivateNetworks && !addresses.every((entry) => isPublicAddress(entry.address))) {
        return callback(new UnsafeWebhookUrlError(`Host ${hostname} resolves to a private or reserved address`), '', 0);
      }
      if (addresses.length === 0) return callback(new UnsafeWebhookUrlError(`Host ${hostname} does not resolve`), '', 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
