/**
 * What a CLI subcommand is: the table entry `run.ts` dispatches on.
 */
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; the entry point binds it to stdout and stderr, tests to strings. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Options as node:util parseArgs answers them. */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** The checked arguments a command runs with. */
export interface CommandInput {
  readonly values: OptionValues;
  /** Exactly one value per name in `Command.arguments`, in order. */
  readonly positionals: readonly string[];
}

/** One subcommand: its usage, its options and what it does. */
export interface Command {
  readonly name: string;
  /** One line, e.g. "search [--json] [--limit N] <query>". */
  readonly usage: string;
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Names of the required positional arguments, in order. */
  readonly arguments: readonly string[];
  /** When true, words past the last argument join it with spaces (a query typed unquoted). */
  readonly lastArgumentTakesRest?: boolean;
  /** When true, the last argument may repeat (`import <file…>`): each value stays its own positional. */
  readonly lastArgumentRepeats?: boolean;
  run(input: CommandInput, io: Io): void | Promise<void>;
}

/** A mistake in how the CLI was called: answered with usage and exit code 2. */
export class UsageError extends Error {
  /** The command whose usage to show, or undefined for the general usage. */
  readonly command: Command | undefined;

  constructor(message: string, command?: Command) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
