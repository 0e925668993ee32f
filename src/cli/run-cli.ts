import { ConfigError } from '../config/env';

/**
 * Runs a command-line entry point and turns its outcome into an exit code, the same way for every script: a
 * usage mistake prints the usage, a bad configuration prints one line per bad value, anything else one line —
 * never a stack trace for something the user can fix.
 */
export function runCli(main: (argv: string[]) => Promise<number>, usage?: string): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const usageError =
        error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
      if (usageError) process.stderr.write(`${error.message}\n${usage ?? ''}\n`);
      else if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
