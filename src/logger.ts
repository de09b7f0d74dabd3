import { pino, type Logger } from 'pino';

export type { Logger };

// JSON lines in production; tests and CLIs pass their own level.
export function createLogger(level: string, name = 'police-kg'): Logger {
  return pino({ name, level });
}
