import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { isKodexError } from '../errors/kodex-error.js';
import { unregisterPack } from '../packs/provider-set.js';
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
import { type CliIo, writeError } from './io.js';
import { readPacks, registerPacks } from './packs.js';
import { visible } from './visible.js';

// The package's own version: package.json is two folders up from both
// src/cli (tests) and dist/cli (the installed binary).
const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** What a command line's packs could not be loaded for: the CLI says why and exits 2. */
class PackLoadFailure extends Error {}

// Exit code of a command that could not start: a pack or the config is
// unreadable or invalid (1 stays what each command means by it: not found).
const EXIT_BAD_PACK = 2;

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The options every command that reads providers takes. */
function addPackOptions(command: Command): void {
  command
    .addOption(
      new Option(
        '--pack <file|dir|package>',
        'load a provider pack: a .json/.yaml/.mjs file, a folder of them, or an installed package (repeatable)',
      ).argParser(collect),
    )
    .addOption(new Option('--no-config', 'ignore the kodex.config file (.json, .yaml, .mjs)'));
}

/** The `--pack` values among words typed so far (what `__complete` is given). */
function packWords(words: readonly string[]): string[] {
  const specs: string[] = [];
  words.forEach((word, i) => {
    if (word === '--pack' && words[i + 1]) specs.push(words[i + 1]!);
    else if (word.startsWith('--pack=')) specs.push(word.slice('--pack='.length));
  });
  return specs;
}

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
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
Provider packs (an API's errors as data) make other APIs known to every
command but import: --pack FILE|DIR|package (repeatable), and the packs of
the nearest kodex.config.json, .yaml or .mjs ({"packs": [...]}, looked for
up to the project's Git root; --no-config ignores it).

Examples:
  kodex explain stripe card_declined --pack stripe.yaml
  kodex mock stripe --pack packs/ --port 8080`,
    );
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
  // Every command that reads providers (and any added later) takes --pack
  // and reads the config: one step before any action registers the packs, so
  // that each command finds them where it finds the built-ins.
  const readsProviders = (command: Command) =>
    command.commands.length === 0 && !['completion', '__complete'].includes(command.name());
  for (const command of program.commands) if (readsProviders(command)) addPackOptions(command);
  const cwd = io.cwd ?? process.cwd();
  const registered: string[] = [];
  program.hook('preAction', async (_program, command) => {
    const completing = command.name() === '__complete';
    if (!readsProviders(command) && !completing) return;
    const opts = command.opts<{ pack?: string[]; config?: boolean }>();
    const specs = completing ? packWords(command.args) : (opts.pack ?? []);
    try {
      const packs = await readPacks(specs, { cwd, config: opts.config !== false });
      registered.push(...registerPacks(packs));
    } catch (error) {
      // Completion offers what it can and never prints an error.
      if (completing) return;
      if (!isKodexError(error)) throw error;
      throw new PackLoadFailure(error.message, { cause: error });
    }
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode;
    }
    if (error instanceof PackLoadFailure) {
      writeError(io, error.message);
      return EXIT_BAD_PACK;
    }
    throw error;
  } finally {
    // The module's providers are the process's: a run in-process leaves them as it found them.
    for (const id of registered) unregisterPack(id);
  }
  return exitCode;
}
