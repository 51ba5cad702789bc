import { pathToFileURL } from 'node:url';
import type { AnalyzeOptions } from '../core/pipeline';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { runCommand } from './commands';
import { CliError, messageOf } from './errors';
import { readBatch, readInput } from './input';
import { processIo, type CliIo } from './io';
import { runBatch } from './jsonl';
import { renderActors, renderExtract, renderSummary } from './render';

function analyzeOptions(args: CliArgs): AnalyzeOptions {
  return {
    sentences: args.sentences,
    length: args.length,
    ...(args.lang ? { lang: args.lang } : {}),
  };
}

async function runSingle(args: CliArgs & { input: string }, io: CliIo): Promise<number> {
  const doc = await readInput(args.input, io);
  const outcome = runCommand(args.command, doc, analyzeOptions(args));
  if (args.json) {
    io.stdout(JSON.stringify(outcome.result, null, 2) + '\n');
  } else if (outcome.kind === 'extract') {
    io.stdout(renderExtract(outcome.result));
  } else {
    const { analysis } = outcome;
    io.stdout(args.command === 'summarize' ? renderSummary(analysis) : renderActors(analysis));
  }
  return 0;
}

async function runJsonl(args: CliArgs & { jsonl: string }, io: CliIo): Promise<number> {
  const text = await readBatch(args.jsonl, io);
  const report = await runBatch(
    text,
    args.command,
    analyzeOptions(args),
    (line) => io.stdout(line + '\n'),
    (message) => io.stderr(`nutshell: ${message}\n`),
  );
  if (report.answered + report.failed === 0) throw new CliError(`${args.jsonl} has no lines`);
  if (report.failed === 0) return 0;
  io.stderr(`nutshell: ${report.failed} of ${report.answered + report.failed} lines failed\n`);
  return 1;
}

/**
 * The CLI: returns the exit code. Every failure becomes one line on stderr: no stack traces,
 * even for an unexpected error inside the pipeline.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (args.jsonl !== undefined) return await runJsonl({ ...args, jsonl: args.jsonl }, io);
    return await runSingle({ ...args, input: args.input ?? '-' }, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`nutshell: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr('Try --help for usage.\n');
      return error.exitCode;
    }
    io.stderr(`nutshell: unexpected error: ${messageOf(error)}\n`);
    return 3;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isEntryPoint()) {
  // A closed pipe (e.g. `| head`) is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
