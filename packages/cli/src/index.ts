/**
 * `@duikit/cli`: `duikit validate | diagram | resolve | migrate`.
 *
 * @packageDocumentation
 */

/**
 * Runs the CLI with the given arguments and returns the exit code
 * (0 success, 1 invalid input, 2 usage error).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(args: string[]): Promise<number> {
  if (args[0] === '--version') {
    console.log('0.0.0');
    return 0;
  }
  console.error('usage: duikit <validate|diagram|resolve|migrate> …');
  return 2;
}
