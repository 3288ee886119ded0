import { request } from 'node:http';
import { UnsafeWebhookUrlError, assertDeliverableUrl, guardedLookup, isPublicAddress, parseWebhookUrl } from './network-policy';

const STRICT = { allowPrivateNetworks: false };

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', // loopback
    '127.255.0.9',
    '10.1.2.3', // private
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // link-local (cloud metadata)
    '0.0.0.0', // unspecified
    '0.1.2.3',
    '100.64.0.1', // CGNAT
    '100.127.255.254',
    '224.0.0.1', // multicast
    '239.255.255.250',
    '255.255.255.255', // broadcast
    '240.0.0.1', // reserved
    '198.18.0.1', // benchmarking
    '::1', // IPv6 loopback
    '::', // IPv6 unspecified
    'fe80::1', // link-local
    'febf::1',
    'fc00::1', // unique-local
    'fd12:3456::1',
    'ff02::1', // multicast
    '::ffff:127.0.0.1', // IPv4-mapped loopback
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:7f00:1', // the same mapped loopback, hex-written
    '::7f00:1', // IPv4-compatible 127.0.0.1
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    'not an address',
    '',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );
});

describe('parseWebhookUrl', () => {
  it('accepts http and https only, at most 2048 characters, without credentials', () => {
    expect(parseWebhookUrl('https://hooks.example.com/x?y=1').hostname).toBe('hooks.example.com');
    expect(() => parseWebhookUrl('ftp://example.com/')).toThrow(UnsafeWebhookUrlError);
    expect(() => parseWebhookUrl('file:///etc/passwd')).toThrow(UnsafeWebhookUrlError);
    expect(() => parseWebhookUrl('not a url')).toThrow(UnsafeWebhookUrlError);
    expect(() => parseWebhookUrl('https://user:pass@example.com/')).toThrow('credentials');
    const long = `https://example.com/${'a'.repeat(2048)}`;
    expect(() => parseWebhookUrl(long)).toThrow('longer than 2048');
  });
});

describe('assertDeliverableUrl', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0x7f.1/hook', // the URL parser reads this as 127.0.0.1
    'http://2130706433/hook', // and this
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost:3000/hook', // a name that resolves to loopback
  ])('refuses %s without the flag', async (url) => {
    await expect(assertDeliverableUrl(url, STRICT)).rejects.toThrow(UnsafeWebhookUrlError);
  });

  it('allows loopback with WEBHOOK_ALLOW_PRIVATE_NETWORKS', async () => {
    await expect(assertDeliverableUrl('http://localhost:3000/hook', { allowPrivateNetworks: true })).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('http://127.0.0.1:3000/hook', { allowPrivateNetworks: true })).resolves.toBeInstanceOf(URL);
  });

  it('allows a public IP literal (no network traffic: literals are not looked up)', async () => {
    await expect(assertDeliverableUrl('https://93.184.215.14/hook', STRICT)).resolves.toBeInstanceOf(URL);
  });

  it('refuses a host that does not resolve', async () => {
    await expect(assertDeliverableUrl('https://no-such-host.invalid/hook', { allowPrivateNetworks: true })).rejects.toThrow('does not resolve');
  });
});

describe('guardedLookup', () => {
  it('stops a connection to a name that resolves to loopback before any byte is sent', async () => {
    const error = await new Promise<Error>((resolve) => {
      const req = request('http://localhost:9/hook', { method: 'POST', lookup: guardedLookup(STRICT), agent: false });
      req.on('error', resolve);
      req.end();
    });
    expect(error).toBeInstanceOf(UnsafeWebhookUrlError);
  });
});
