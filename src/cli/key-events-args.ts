/**
 * The arguments of `npm run key-events -- <events.csv> --dates L [--from YYYY-MM-DD] [--to YYYY-MM-DD]`,
 * checked before any file is read. Every failure is one line that names the argument at fault.
 */
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../extract/result';
import { parseIsoDay } from '../model/day';

export const KEY_EVENTS_USAGE =
  'usage: npm run --silent key-events -- <events.csv> --dates L [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

export interface KeyEventsArgs {
  file: string;
  /** Number of key days asked for, a whole number from 1. */
  count: number;
  from?: string;
  to?: string;
  help: boolean;
}

export function parseKeyEventsArgs(argv: readonly string[]): Result<KeyEventsArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        dates: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    // parseArgs names the option: "Unknown option '--date'", "Option '--dates <value>' argument missing".
    // Node adds advice after the first sentence ("To specify a positional argument ..."); keep one line.
    const message = e instanceof Error ? (e.message.split(/\.\s|\n/)[0] ?? e.message) : String(e);
    return err(`${message}; ${KEY_EVENTS_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok({ file: '', count: 0, help: true });
  if (positionals.length !== 1)
    return err(`expected one events CSV file, got ${positionals.length}; ${KEY_EVENTS_USAGE}`);
  if (values.dates === undefined) return err(`--dates: missing; ${KEY_EVENTS_USAGE}`);
  if (!/^\d+$/.test(values.dates) || Number(values.dates) < 1 || !Number.isSafeInteger(Number(values.dates)))
    return err(`--dates: "${values.dates}" is not a whole number from 1`);
  for (const [name, value] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const)
    if (value !== undefined && parseIsoDay(value) === null)
      return err(`${name}: "${value}" is not a YYYY-MM-DD day`);
  if (values.from !== undefined && values.to !== undefined && values.from > values.to)
    return err(`--from ${values.from} is after --to ${values.to}`);
  return ok({
    file: positionals[0] ?? '',
    count: Number(values.dates),
    help: false,
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
  });
}
