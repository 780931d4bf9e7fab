/**
 * A CLI command. Commands are plain functions over an injectable I/O, so tests run them in-process.
 * Exit codes: 0 success, 1 the input has problems (failed rules, error findings), 2 unusable input
 * or bad flags.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A command's module: its usage (for `<command> --help` and usage errors) and what it does. */
export interface Command {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A line of the command list (commands/index.ts): what `--help` prints, and how to load the command. */
export interface CommandEntry {
  name: string;
  /** One line for `--help`, Vietnamese then English. */
  summary: string;
  summaryEn: string;
  load(): Promise<Command>;
}

/** A usage error: printed bilingually with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
