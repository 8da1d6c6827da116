import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand: its name, one line of help, its options, and run (returns the exit code). */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] }, io: Io): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** A mistake in how the command was called: printed as one line, exit 2. */
export class UsageError extends Error {}

/** Every command takes --help (-h): its usage, exit 0. */
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

export function parse(cmd: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...HELP, ...cmd.options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: ${cmd.usage}`);
  }
}
