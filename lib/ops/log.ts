// A tiny structured logger: one JSON object per line (time, level, event, fields), info on
// stdout and warn/error on stderr, every field redacted first. Readable text in `next dev`.
// It uses console only (no Node modules), so instrumentation's onRequestError can use it
// in the edge runtime too.
import { env } from '@/lib/env';
import { isSecretKey, redact } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
type Writer = (level: LogLevel, line: string) => void;

const consoleWriter: Writer = (level, line) => (level === 'info' ? console.log(line) : console.error(line));
let writer: Writer = consoleWriter;

/** JSON everywhere but development, so production and tests see the same lines. */
function readable(): boolean {
  try {
    return env().NODE_ENV === 'development';
  } catch {
    return false; // a bad setting must not stop a log line
  }
}

function text(time: string, level: LogLevel, event: string, fields: Record<string, unknown>): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [time.slice(11, 23), level.toUpperCase(), event, ...parts].join(' ');
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  const time = new Date().toISOString();
  const safe = redact(fields) as Record<string, unknown>;
  // time, level and event come first and cannot be overwritten by a field of the same name.
  const { time: _t, level: _l, event: _e, ...rest } = safe;
  writer(level, readable() ? text(time, level, event, rest) : JSON.stringify({ time, level, event, ...rest }));
}

export const log = {
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};

/** For tests: collects the lines written until stop() is called, instead of printing them. */
export function captureLog(): { lines: () => string[]; records: () => Record<string, unknown>[]; stop: () => void } {
  const lines: string[] = [];
  writer = (_level, line) => lines.push(line);
  return {
    lines: () => [...lines],
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    stop: () => {
      writer = consoleWriter;
    },
  };
}

/** An error as a log field: its message, and a few stack lines to find where it came from. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const digest = (error as { digest?: unknown }).digest;
  return {
    error: error.message,
    errorName: error.name,
    ...(typeof digest === 'string' ? { digest } : {}),
    stack: error.stack
      ?.split('\n')
      .slice(1, 9)
      .map((l) => l.trim()),
  };
}

export { isSecretKey };
