// The server's process in a test, as `npm start` runs it: its log lines collected,
// its URL once it logs `ready`; stopped with SIGTERM, as an operator stops it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LogLine {
  level: number;
  msg: string;
  url?: string;
  articles?: number;
  failures?: string[];
}

export interface ServerProcess {
  url: string;
  /** Every line logged so far. */
  lines: LogLine[];
  stop(): Promise<void>;
}

/** `args` after node's path (`['dist/main.js']`, or src/main.ts through tsx); resolves once the server is ready. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const server = spawn(process.execPath, args, { env: { PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: LogLine[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as LogLine;
      lines.push(entry);
      if (entry.msg === 'ready' && entry.url) resolve(entry.url);
    });
    server.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
  });
  return {
    url,
    lines,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
