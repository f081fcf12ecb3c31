import type { Command } from 'commander';
import { startWebServer } from '../../web/server.js';
import { type CliIo, colors, writeError } from '../io.js';
import { parsePort } from '../options.js';
import { type SignalSource, untilStopSignal } from '../signals.js';

/**
 * `kodex serve`: the web reference, decode playground and JSON API; prints
 * `listening on http://HOST:PORT` once ready and stops on SIGINT or SIGTERM
 * (from `signals`, the process by default).
 */
export function registerServe(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  signals: SignalSource = process,
) {
  program
    .command('serve')
    .description('serve the searchable reference, a decode playground and a JSON API')
    .option('--port <port>', 'port to listen on (0: a free one)', parsePort, 4000)
    .option('--host <host>', 'interface to bind (loopback unless you mean otherwise)', '127.0.0.1')
    .addHelpText(
      'after',
      `
Pages: /  /providers/avtocod#code-B011  /search?q=квота  /playground
API:   GET /api/explain/avtocod/B011   GET /api/search?q=rate+limit
       POST /api/decode  {"status": 402, "headers": {}, "body": "…", "provider"?: "avtocod"}

Examples:
  kodex serve
  kodex serve --port 8080
  kodex serve --pack stripe.yaml    # the reference and playground know the pack`,
    )
    .action(async (opts: { port: number; host: string }) => {
      let web: Awaited<ReturnType<typeof startWebServer>>;
      try {
        web = await startWebServer({ port: opts.port, host: opts.host });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        writeError(io, `Cannot start the web reference: ${message}`);
        setExit(1);
        return;
      }
      // Signal handlers go in before the line: whoever reads it may stop us at once.
      const stopped = untilStopSignal(signals);
      if (!web.bundled) {
        io.err(
          `${colors(io).yellow('The browser bundle is not built (npm run build):')} pages and the API work; instant search and in-browser decoding do not.\n`,
        );
      }
      io.out(`listening on ${web.url}\n`);
      const signal = await stopped;
      await web.close();
      io.err(`${signal}: stopped.\n`);
    });
}
