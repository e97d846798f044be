/**
 * Checks one command's arguments with node:util parseArgs, turning every mistake into a UsageError.
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command, type CommandInput } from './command.js';

/** The checked arguments, or `help` when the user asked for the command's usage. */
export type ParsedArgs = { readonly help: true } | ({ readonly help: false } & CommandInput);

/** Parses `args` (what follows the command name) against the command's options and arguments. */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the bad option in its first sentence; the rest is advice usage already gives.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s|\n/)[0] ?? message, command);
  }
  if (parsed.values.help === true) return { help: true };
  const expected = command.arguments;
  if (parsed.positionals.length < expected.length) {
    throw new UsageError(`missing <${expected[parsed.positionals.length]}>`, command);
  }
  let positionals = parsed.positionals;
  if (positionals.length > expected.length && command.lastArgumentTakesRest === true && expected.length > 0) {
    const last = expected.length - 1;
    positionals = [...positionals.slice(0, last), positionals.slice(last).join(' ')];
  }
  if (positionals.length > expected.length && command.lastArgumentRepeats !== true) {
    throw new UsageError(`unexpected argument "${positionals[expected.length]}"`, command);
  }
  return { help: false, values: parsed.values, positionals };
}
