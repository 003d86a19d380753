import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export interface FetchSettings {
  /** Private, loopback, link-local and other non-public addresses are refused unless true. */
  allowPrivate: boolean;
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Waits for this host's turn (the per-host rate, shared through the database). */
  waitForHost: (host: string) => Promise<void>;
}

/** A fetch that failed for a reason trying again will not fix (refused address, 404, not HTML, too big). */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  html: string;
}

/** Why an address may not be fetched, or null when it is a public unicast address. */
export function refusedAddress(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address);
  } catch {
    return `${address} is not an IP address`;
  }
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? null : `${address} is a ${range} address`;
}

const refusal = (host: string, reason: string) =>
  new FetchError(`refused ${host}: ${reason}; set ACCORD_FETCH_ALLOW_PRIVATE=true to fetch from private networks`);

/**
 * DNS lookup for the request that refuses non-public addresses: the check is on the
 * address actually connected to, so a name that resolves (or re-resolves) to 127.0.0.1
 * is refused as well as a literal one.
 */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses;
      const bad = allowPrivate ? null : list.map((a) => refusedAddress(a.address)).find(Boolean);
      if (bad) return callback(Object.assign(refusal(hostname, bad), { code: 'EACCORDREFUSED' }), '', 0);
      if ((options as dns.LookupAllOptions).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

function once(
  url: URL,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<{ status: number; location?: string; html?: string }> {
  return new Promise((resolve, reject) => {
    const get = url.protocol === 'https:' ? https.get : http.get;
    const request = get(
      url,
      {
        signal,
        lookup: guardedLookup(settings.allowPrivate),
        headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'AccordBot/0.1 (news ingestion)' },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, location: response.headers.location });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new FetchError(`${url} answered HTTP ${status}`, status >= 500 || status === 429));
        }
        const type = response.headers['content-type'] ?? '';
        if (!HTML_TYPES.test(type)) {
          response.resume();
          return reject(new FetchError(`${url} is ${type || 'of no stated type'}, not an HTML page`));
        }
        const declared = Number(response.headers['content-length']);
        if (declared > settings.maxBytes) {
          response.destroy();
          return reject(
            new FetchError(`${url} is ${declared} bytes; the limit is ${settings.maxBytes} (ACCORD_FETCH_MAX_BYTES)`),
          );
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > settings.maxBytes) {
            response.destroy();
            reject(new FetchError(`${url} is larger than ${settings.maxBytes} bytes (ACCORD_FETCH_MAX_BYTES)`));
          } else chunks.push(chunk);
        });
        response.on('error', (error) => reject(new FetchError(`${url}: ${error.message}`, true)));
        response.on('end', () => {
          if (size > settings.maxBytes) return;
          const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
          let decoder: InstanceType<typeof TextDecoder>;
          try {
            decoder = new TextDecoder(charset);
          } catch {
            decoder = new TextDecoder('utf-8');
          }
          resolve({ status, html: decoder.decode(Buffer.concat(chunks)) });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof FetchError) return reject(error);
      if (signal.aborted)
        return reject(
          new FetchError(`${url}: no complete answer within ${settings.timeoutMs} ms (ACCORD_FETCH_TIMEOUT)`, true),
        );
      reject(new FetchError(`${url}: ${error.code ?? error.message}`, error.code !== 'ENOTFOUND'));
    });
  });
}

/**
 * Fetches one news page: http(s) only, redirects followed up to `maxRedirects` (each hop
 * checked again), the whole fetch bounded in time and size, each request waiting for
 * its host's turn.
 */
export async function fetchPage(address: string, settings: FetchSettings): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`${url} is not an http(s) URL`);
    if (url.username || url.password) throw new FetchError(`${url.host}: URLs with credentials are not fetched`);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal address is never looked up: check it here.
    if (net.isIP(host) && !settings.allowPrivate) {
      const bad = refusedAddress(host);
      if (bad) throw refusal(host, bad);
    }
    await settings.waitForHost(url.host.toLowerCase());
    const answer = await once(url, settings, signal);
    if (answer.html !== undefined) return { url: url.toString(), html: answer.html };
    if (!answer.location) throw new FetchError(`${url} answered HTTP ${answer.status} without a Location`);
    if (hop >= settings.maxRedirects) throw new FetchError(`${address}: more than ${settings.maxRedirects} redirects`);
    url = new URL(answer.location, url);
  }
}
