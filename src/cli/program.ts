import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError } from 'commander';
import { registerDecode } from './commands/decode.js';
import { registerDocs } from './commands/docs.js';
import { registerExplain } from './commands/explain.js';
import { registerImport } from './commands/import.js';
import { registerList } from './commands/list.js';
import { registerMock } from './commands/mock.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerSummary } from './commands/summary.js';
import { registerTriage } from './commands/triage.js';
import { completionCandidates, completionScript, SHELLS, type Shell } from './completion.js';
import type { CliIo } from './io.js';
import { visible } from './visible.js';

// The package's own version: package.json is two folders up from both
// src/cli (tests) and dist/cli (the installed binary).
const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * Runs the kodex CLI on `argv` (without node and script) and resolves to the
 * exit code; all output goes through `io`, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const output = {
    writeOut: io.out,
    writeErr: io.err,
    // Commander's errors quote the arguments: `unknown command '…'`.
    outputError: (text: string, write: (text: string) => void) => write(visible(text, true)),
  };
  const program = new Command('kodex')
    .description(
      'kodex — the codex of API errors: explain, list, search, decode, docs, mock, serve, import, triage, completion',
    )
    .version(VERSION, '-V, --version', 'print the version of kodex')
    .configureOutput(output)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  registerExplain(program, io, setExit);
  registerList(program, io, setExit);
  registerSearch(program, io, setExit);
  registerSummary(program, io);
  registerDecode(program, io, setExit);
  registerMock(program, io, setExit);
  registerDocs(program, io, setExit);
  registerServe(program, io, setExit);
  registerImport(program, io, setExit);
  registerTriage(program, io, setExit);
  program
    .command('completion')
    .description('print the shell completion script of kodex')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExamples:\n  source <(kodex completion bash)     # in ~/.bashrc\n  source <(kodex completion zsh)      # in ~/.zshrc\n  kodex completion fish | source      # in ~/.config/fish/config.fish',
    )
    .action((shell: Shell) => io.out(completionScript(shell)));
  // What the completion scripts call: the candidates for the words typed so far.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action((words: string[]) => {
      for (const candidate of completionCandidates(program, words))
        io.out(`${visible(candidate)}\n`);
    });
  for (const command of program.commands) command.exitOverride().configureOutput(output);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode;
    }
    throw error;
  }
  return exitCode;
}
