/**
 * A local stand-in for the CPV web: one port that speaks both plain HTTP and TLS,
 * so that Chromium's `--host-resolver-rules` can send `http://` and `https://`
 * requests for the real hostnames to it. Pages come from the fixtures, addressed by
 * the URL their gold file records, and tests can add or replace pages at run time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CPV_MATCH_PATTERNS } from '../../lib/cpv/hosts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/**
 * Hostnames the fake web answers for: the CPV family (from the one host list the manifest
 * uses), the archive, and `example.com` standing for "any other site".
 */
export const MAPPED_HOSTS = [
  ...CPV_MATCH_PATTERNS.map((pattern) => pattern.replace(/^\*:\/\/|\/\*$/g, '')),
  'web.archive.org',
  'example.com',
];

export interface Fixture {
  name: string;
  url: string;
  isArticle: boolean;
  html: string;
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { url: string; isArticle: boolean };
      return {
        name,
        url: gold.url,
        isArticle: gold.isArticle,
        html: readFileSync(join(dir, `${name}.html`), 'utf8'),
      };
    });
}

function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cpv-cert-'));
  const names = MAPPED_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-subj',
      '/CN=dangcongsan.vn',
      '-addext',
      `subjectAltName=${names}`,
    ],
    { stdio: 'ignore' },
  );
  return {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
  };
}

/** Page key: host without `www.` plus path and query, so http/https/www variants share a page. */
function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname}${u.search}`;
}

export interface FakeSite {
  port: number;
  /** `--host-resolver-rules` value sending every mapped host to this server. */
  resolverRules: string;
  /** Serve `html` at `url` (any scheme, with or without `www.`). */
  setPage(url: string, html: string): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeSite(fixtures: Fixture[] = loadFixtures()): Promise<FakeSite> {
  const pages = new Map<string, string>();
  for (const f of fixtures) pages.set(pageKey(f.url), f.html);
  pages.set(
    'example.com/',
    '<!doctype html><title>Example</title><h1>Not a CPV site</h1><p>Nothing to read here.</p>',
  );
  const requests: string[] = [];

  const handle = (scheme: string) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push(`${scheme} ${host} ${req.url}`);
    const html = pages.get(pageKey(`http://${host}${req.url ?? '/'}`));
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><h1>Không tìm thấy trang</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
  const httpServer = http.createServer(handle('http'));
  const httpsServer = https.createServer(makeCertificate(), handle('https'));

  // The first byte of a TLS connection is a handshake record (0x16): route it accordingly.
  const server = net.createServer((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) {
        socket.destroy();
        return;
      }
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    resolverRules: MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    setPage: (url, html) => pages.set(pageKey(url), html),
    requests,
    close: async () => {
      httpServer.closeAllConnections();
      httpsServer.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
