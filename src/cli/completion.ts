import type { Argument, Command, Option } from 'commander';
import { DOCS_FORMATS } from '../docs/render-docs.js';
import { defaultLookup } from '../lookup/index.js';
import { CATEGORIES } from '../model/categories.js';

/** The shells `kodex completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

// Each script hands the words typed so far to `kodex __complete` and offers
// what it prints, one candidate per line, so candidates always match the
// installed kodex (its commands, options, providers and codes) and no list is
// written twice. When nothing is printed, the shell completes file names (a
// body file for `decode`, a catalog for `docs --catalog`).
const SCRIPTS: Record<Shell, string> = {
  bash: `# kodex completion for bash. Load it with:  source <(kodex completion bash)
_kodex() {
  local IFS=$'\\n'
  COMPREPLY=($(kodex __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _kodex kodex
`,
  zsh: `#compdef kodex
# kodex completion for zsh. Load it with:  source <(kodex completion zsh)
_kodex() {
  local -a candidates
  candidates=("\${(@f)$(kodex __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then
    compadd -a candidates
  else
    _files
  fi
}
compdef _kodex kodex
`,
  fish: `# kodex completion for fish. Load it with:  kodex completion fish | source
complete -c kodex -a '(kodex __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};

/** The completion script of a shell. */
export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

/** Values an option or argument takes, by its name, where kodex knows them. */
function valuesOf(name: string, earlier: readonly string[]): readonly string[] {
  switch (name) {
    case 'provider':
      // The built-ins and the packs loaded (from the config or the --pack typed so far).
      return defaultLookup().catalogs.map((catalog) => catalog.id);
    case 'lang':
      return ['ru', 'en'];
    case 'category':
      return CATEGORIES;
    case 'format':
      return DOCS_FORMATS;
    case 'code': {
      // The provider is the argument before the code (`kodex explain PROVIDER CODE`).
      const provider = earlier.at(-1);
      const known = defaultLookup().catalogs.some((catalog) => catalog.id === provider);
      if (provider === undefined || !known) return [];
      return [
        ...new Set(
          defaultLookup()
            .list(provider)
            .map((entry) => entry.code),
        ),
      ];
    }
    default:
      return [];
  }
}

function optionOf(command: Command, word: string): Option | undefined {
  return command.options.find((option) => option.long === word || option.short === word);
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

/**
 * What may come next on a kodex command line: `words` are the words after
 * `kodex`, the last one the word being completed (empty for a new word).
 */
export function completionCandidates(program: Command, words: readonly string[]): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const offer = (candidates: readonly string[]) =>
    candidates.filter((candidate) => candidate.startsWith(current));

  const visibleCommands = program.createHelp().visibleCommands(program);
  if (before.length === 0) {
    if (current.startsWith('-')) return offer(['--help', '--version']);
    return offer(visibleCommands.map((command) => command.name()));
  }
  const command = visibleCommands.find(
    (c) => c.name() === before[0] || c.aliases().includes(before[0]!),
  );
  if (!command) return [];

  // Walk the words between the command and the current one: options, the
  // values they take, and the positional arguments given so far.
  const positionals: string[] = [];
  let awaiting: Option | undefined;
  for (const word of before.slice(1)) {
    if (awaiting) {
      awaiting = undefined;
      continue;
    }
    const option = word.startsWith('-') ? optionOf(command, word) : undefined;
    if (option) {
      if (takesValue(option)) awaiting = option;
    } else if (!word.startsWith('-')) positionals.push(word);
  }

  if (awaiting) {
    return offer(awaiting.argChoices ?? valuesOf(awaiting.attributeName(), positionals));
  }
  if (current.startsWith('-')) {
    const flags = command.options.flatMap((option) => (option.long ? [option.long] : []));
    return offer([...flags, '--help']);
  }
  const args: readonly Argument[] = command.registeredArguments;
  const argument = args[positionals.length] ?? (args.at(-1)?.variadic ? args.at(-1) : undefined);
  if (!argument) return [];
  return offer(argument.argChoices ?? valuesOf(argument.name(), positionals));
}
