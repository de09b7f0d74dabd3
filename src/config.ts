// All configuration, read once from the environment and validated, so a typo
// fails at start with the variable's name instead of misbehaving later.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
// A bearer token short enough to guess is no protection.
const MIN_TOKEN = 'each token needs at least 16 characters';
const tokens = list.pipe(z.array(z.string().min(16, MIN_TOKEN)));
/**
 * Ingest tokens may carry a label, `label=token`: who made a correction is recorded
 * by label, never by token. An entry without one (or whose part after the first `=`
 * is too short to be a token, as with base64 padding) is a token labelled by position.
 */
const LABELLED = /^([\w.@-]{1,64})=(.{16,})$/;
const labelledTokens = list.pipe(
  z.array(z.string()).transform((entries, ctx) =>
    entries.map((entry, i) => {
      const m = LABELLED.exec(entry);
      const token = m ? m[2]! : entry;
      if (token.length < 16) ctx.addIssue({ code: 'custom', message: MIN_TOKEN });
      return { label: m ? m[1]! : `ingest token ${i + 1}`, token };
    }),
  ),
);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  // Unset: 7687 when free, else any free port (open-graph.ts); 0: any free port.
  NEO4J_BOLT_PORT: int(0, 65535).optional(),
  NEO4J_HEAP_MB: int(256, 65536).default(1024),
  NEO4J_PAGECACHE_MB: int(64, 65536).default(512),
  NEO4J_START_TIMEOUT_MS: int(1000, 600_000).default(120_000),
  QUERY_TIMEOUT_MS: int(100, 600_000).default(10_000),

  SEED_ON_START: bool.default(true),
  SEED_DIR: z.string().default('seed/articles'),
  MAX_ARTICLE_BYTES: int(1, 50 * 1024 * 1024).default(1024 * 1024),
  MAX_BODY_BYTES: int(1024, 100 * 1024 * 1024).default(2 * 1024 * 1024),
  MAX_RESPONSE_BYTES: int(1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  // Downloads from GET /export running at once; more are refused with 429 (each streams the graph).
  EXPORT_CONCURRENCY: int(1, 64).default(2),

  INGEST_TOKENS: labelledTokens.default([]),
  READ_TOKENS: tokens.default([]),
  INTROSPECTION: bool.optional(),
  PLAYGROUND: bool.default(true),
  EXPLORER: bool.default(true),
  PAGE_SIZE_DEFAULT: int(1, 1000).default(20),
  PAGE_SIZE_MAX: int(1, 10_000).default(100),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most .env tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
