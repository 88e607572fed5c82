/**
 * The command-line front: routes `check`, `render`, `new`, `templates`, `--help` and `--version`
 * to their commands with one shared io. Never prints a stack trace: anything unexpected is one line, exit 2.
 */
import { version } from '../../package.json';
import { UsageError, checkCommand, loadConfig } from './check';
import type { CliCommand, CliIo } from './io';
import { newCommand, templatesCommand } from './new';
import { renderCommand } from './render';

/** `--config FILE` taken out of a command's arguments, for commands that only receive the loaded options. */
function takeConfig(args: string[]): { config?: string; rest: string[] } {
  const rest: string[] = [];
  let config: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--config') config = args[++i] ?? '';
    else if (args[i].startsWith('--config=')) config = args[i].slice('--config='.length);
    else rest.push(args[i]);
  }
  return { config, rest };
}

/** Commands by name. */
const commands: Record<string, CliCommand> = {
  check: checkCommand,
  render: (args, io) => {
    const { config, rest } = takeConfig(args);
    if (config === '') throw new UsageError('--config needs a file');
    return renderCommand(rest, io, loadConfig(io, config));
  },
  new: newCommand,
  templates: templatesCommand,
};

/** The help text. */
export const helpText = `postmortem ${version}: write, check and render incident postmortems in Markdown

Commands:
  check [--format text|json] [--config FILE] FILE...
      Check postmortems: sections, times, zones, durations, wording, Markdown.
      FILE may be - for standard input. Without --config, .postmortem.json in the
      current directory is used when present.
      Exit 0: no error; 1: at least one error finding; 2: usage error or unreadable file.
  render FILE [-o OUT.html] [--config FILE]
      Render the postmortem as a self-contained HTML report (standard output without -o).
  new --title TITLE [--template NAME] [--start TIME] [-o FILE | -o DIR/]
      Print or write a new postmortem from a template (postmortem new --help for every option).
  templates [--format text|json]
      List the templates: built in, then .postmortem/templates/*.md.

Options:
  -h, --help     show this help
  -v, --version  show the version
`;

/** Runs the CLI with its arguments (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr('postmortem: no command given (try --help)\n');
    return 2;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(helpText);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`postmortem: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  if (name === 'check' && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout(helpText);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    io.stderr(`postmortem ${name}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 2;
  }
}
