/**
 * Where the CLI writes: the process streams by default, buffers in tests.
 */

/** Output channels of a command. */
export interface Io {
  /** A line (or block) for stdout. */
  out(text: string): void;
  /** A line for stderr. */
  err(text: string): void;
}

/** The process's stdout and stderr. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * An Io that keeps what was written, for tests.
 *
 * @example
 * const io = bufferIo(); await main(['validate', 'x.json'], io); io.stderr;
 */
export function bufferIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text: string) => void (io.stderr += text.endsWith('\n') ? text : `${text}\n`),
  };
  return io;
}
