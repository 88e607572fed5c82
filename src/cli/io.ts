/**
 * The CLI's window on the world: every command gets one `CliIo`, so tests can run commands in memory
 * and the real process wiring lives in one place (`nodeIo`).
 */
import * as fs from 'node:fs';

/** What a command may do outside itself. Paths are relative to `cwd` unless absolute. */
export interface CliIo {
  /** Reads a file's bytes; `-` reads standard input. Throws on an unreadable file. */
  readFile(path: string): Uint8Array;
  /** Writes a UTF-8 text file, creating or replacing it. Throws on failure. */
  writeFile(path: string, text: string): void;
  /** True when the path exists (file or directory). */
  exists(path: string): boolean;
  /** Writes to standard output as is (add the newline yourself). */
  stdout(text: string): void;
  /** Writes to standard error as is (add the newline yourself). */
  stderr(text: string): void;
  /** The clock, in milliseconds since the epoch. */
  now(): number;
  /** The working directory (absolute). */
  cwd: string;
  /** Names of the entries of a folder (for workspace templates). Throws on an unreadable folder. */
  listDir?(path: string): string[];
}

/** A command: takes its own arguments (after the command name) and resolves to the process exit code. */
export type CliCommand = (args: string[], io: CliIo) => number | Promise<number>;

/** The real process: files through `node:fs`, standard streams, the system clock. */
export function nodeIo(): CliIo {
  return {
    readFile: (path) => (path === '-' ? fs.readFileSync(0) : fs.readFileSync(path)),
    writeFile: (path, text) => fs.writeFileSync(path, text, 'utf8'),
    exists: (path) => fs.existsSync(path),
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    now: () => Date.now(),
    cwd: process.cwd(),
    listDir: (path) => fs.readdirSync(path),
  };
}
