import https, { Agent, type RequestOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect as netConnect } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer, type Server, connect as tlsConnect } from 'node:tls';
import { generate } from 'selfsigned';

/**
 * A TLS front for an emulator, for SDKs that only speak HTTPS to a host they
 * hard-code (amocrm-js: `https://{domain}`, unisender: `https://api.unisender.com`)
 * and take no base URL: a throwaway self-signed certificate for those hosts,
 * and an HTTPS agent that dials the front whatever host it is asked for.
 */
export interface TlsFront {
  /** An HTTPS agent that trusts the certificate and connects every socket to the emulator. */
  readonly agent: Agent;
  /** Makes `agent` the process's default HTTPS agent (the one an SDK without an agent option uses); returns the undo. */
  install(): () => void;
  close(): Promise<void>;
}

/** Starts a TLS front on 127.0.0.1 that pipes to `port` (the emulator), with a certificate for `hosts`. */
export async function startTlsFront(port: number, hosts: readonly string[]): Promise<TlsFront> {
  const pems = await generate([{ name: 'commonName', value: hosts[0]! }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) },
    ],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (socket) => {
    const upstream = netConnect(port, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    const drop = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', drop);
    upstream.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const frontPort = (server.address() as AddressInfo).port;

  class FrontAgent extends Agent {
    override createConnection(options: RequestOptions): Duplex {
      return tlsConnect({
        host: '127.0.0.1',
        port: frontPort,
        servername: options.servername ?? options.host ?? hosts[0],
        ca: pems.cert,
      });
    }
  }
  const agent = new FrontAgent({ keepAlive: false });
  return {
    agent,
    install() {
      const previous = https.globalAgent;
      https.globalAgent = agent;
      return () => {
        https.globalAgent = previous;
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
