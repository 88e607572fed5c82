/**
 * The command-line front: routes `check`, `render`, `new`, `templates`, `--help` and `--version`
 * to their commands with one shared io. Never prints a stack trace: anything unexpected is one line, exit 2.
 */
import { version } from '../../package.json';
import { checkCommand, checkUsage } from './check';
import type { CliCommand, CliIo } from './io';

/** Commands by name. */
const commands: Record<string, CliCommand> = {
  check: checkCommand,
};

/** The help text. */
export const helpText = `postmortem ${version}: check incident postmortems written in Markdown

Commands:
  check [--format text|json] [--config FILE] FILE...
      Check postmortems: sections, times, zones, durations, wording, Markdown.
      FILE may be - for standard input. Without --config, .postmortem.json in the
      current directory is used when present.
      Exit 0: no error; 1: at least one error finding; 2: usage error or unreadable file.

Options:
  -h, --help     show this help
  -v, --version  show the version

${checkUsage}
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
  if (rest.includes('--help') || rest.includes('-h')) {
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
