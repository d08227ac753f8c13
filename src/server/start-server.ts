/**
 * Listen on a host and port with the Node adapter; resolves once listening, with the address
 * and a `close` that stops accepting connections and waits for open ones to finish.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Api } from './server-context.ts';

export interface RunningServer {
  /** `http://HOST:PORT` (IPv6 hosts in brackets). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(app: Api, options: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections();
        }),
      });
    });
    server.once('error', reject);
  });
}

/** Whether a host name or address is the local machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h);
}
