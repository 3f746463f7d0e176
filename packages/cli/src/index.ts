/**
 * `@duikit/cli`: `duikit validate | test | diagram | resolve | migrate | export | store copy`.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTranslator, resolveLocale, workflowLintMessages } from '@duikit/core';
import { processIo, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { runMigrate } from './migrate.js';
import { runDiagram, runResolve } from './show.js';
import { runTest } from './test-scenarios.js';
import { runValidate } from './validate.js';

export { bufferIo, processIo, type Io } from './io.js';
export { validatePaths, type FileProblem } from './validate.js';
export { testPaths } from './test-scenarios.js';
export { createLibrary, type ConfigFile, type Library } from './config.js';
export { sourcesFor, findProjectFile, type Sources, type SourceFlags } from './project.js';
export { cliMessages } from './messages.js';

/** The package's own version (`src/` and `dist/` both sit beside package.json). */
const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const COMMANDS = ['validate', 'test', 'diagram', 'resolve', 'migrate', 'export', 'store'];

/**
 * Runs the CLI with the given arguments and returns the exit code
 * (0 success, 1 invalid input, 2 usage error).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(args: string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        lang: { type: 'string' },
        format: { type: 'string', default: 'mermaid' },
        from: { type: 'string' },
        to: { type: 'string' },
        data: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        workflows: { type: 'string', multiple: true },
        forms: { type: 'string', multiple: true },
        store: { type: 'string' },
        out: { type: 'string' },
        as: { type: 'string' },
        role: { type: 'string' },
        establishment: { type: 'string' },
        mode: { type: 'string' },
        send: { type: 'string' },
      },
    });
  } catch (e) {
    const t = createTranslator(resolveLocale(process.env.LANG), [cliMessages]);
    // node:util's own wording of the argument error, followed by the usage in the user's locale.
    io.err((e as Error).message);
    io.err(t('cli.usage'));
    return 2;
  }
  const { values: v, positionals } = parsed;
  const locale = resolveLocale(v.lang ?? process.env.LANG);
  // Problem lines are rendered from the linter's catalogue, the rest from the CLI's own.
  const t = createTranslator(locale, [workflowLintMessages, cliMessages]);
  const [command, ...rest] = positionals;
  if (v.version) {
    io.out(VERSION);
    return 0;
  }
  if (v.help) {
    io.out(t(command && COMMANDS.includes(command) ? `cli.help.${command}` : 'cli.usage'));
    return 0;
  }
  if (!command) {
    io.err(t('cli.usage'));
    return 2;
  }
  const flags = { forms: v.forms, workflows: v.workflows };
  switch (command) {
    case 'validate':
      return runValidate(rest, flags, io, t);
    case 'test':
      return runTest(rest, flags, io, t);
    case 'diagram':
      return runDiagram(rest[0], v.format, locale, flags, io, t);
    case 'resolve':
      return runResolve(rest[0], flags, io, t);
    case 'migrate':
      return runMigrate(
        {
          from: v.from,
          to: v.to,
          data: v.data,
          dryRun: v['dry-run'],
          workflows: v.workflows?.[0] ?? 'workflows',
          store: v.store,
          locale,
        },
        io,
        t,
      );
    case 'store': {
      if (rest[0] !== 'copy') {
        io.err(t('cli.help.store'));
        return 2;
      }
      // Loaded on demand, with the stores it opens.
      const { runStoreCopy } = await import('./store-copy.js');
      return runStoreCopy({ from: v.from, to: v.to }, io, t);
    }
    case 'export': {
      // Loaded on demand: @duikit/fhir (profiles, mappings) is only needed to export.
      const { runExportTddui } = await import('./export-tddui.js');
      return runExportTddui(rest, { ...v, locale }, io);
    }
    default:
      io.err(t('cli.error.unknownCommand', { command }));
      io.err(t('cli.usage'));
      return 2;
  }
}
