// CSV files shaped for `neo4j-admin database import full`: entities, articles and alias
// keys as node files (ids in three id spaces), facts, mentions and ALIAS_OF as
// relationship files, typed
// headers, arrays joined with `;`, an empty string quoted ("") and a missing value
// empty, so that the imported graph is the exported one. IMPORT.txt gives the command.
import { aliasLinkPages, aliasPages, articlePages, entityPages, factPages, mentionPages } from '../store/read/graph-export.js';
import type { ExportFile, ExportFormat, ExportSource } from './source.js';

export const ARRAY_DELIMITER = ';';

type Value = string | number | boolean | string[] | null | undefined;

/** One field: quoted when it must be (delimiters, quotes, line breaks) and when empty, so that "" stays a string. */
function field(v: Value): string {
  if (v === null || v === undefined) return '';
  const text = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v);
  return text === '' || /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: Value[]) => `${values.map(field).join(',')}\n`;

const file = (name: string, header: string[], rows: (source: ExportSource) => AsyncGenerator<string>) => (source: ExportSource): ExportFile => ({
  name,
  chunks: (async function* () {
    yield row(header);
    yield* rows(source);
  })(),
});

const FILES = [
  file('entities.csv', ['id:ID(Entity)', ':LABEL', 'name', 'aliases:string[]', 'kind'], async function* ({ db, scope, progress }) {
    for await (const page of entityPages(db, scope)) {
      yield page.map((e) => row([e.id, `Entity;${e.type}`, e.name, e.aliases, e.kind])).join('');
      progress(page.length);
    }
  }),
  file(
    'articles.csv',
    ['id:ID(Article)', ':LABEL', 'key', 'url', 'title', 'publishedAt', 'source', 'contentHash', 'script', 'text'],
    async function* ({ db, scope, progress }) {
      for await (const page of articlePages(db, scope, { text: true })) {
        yield page.map((a) => row([a.id, 'Article', a.key, a.url, a.title, a.publishedAt, a.source, a.contentHash, a.script, a.text])).join('');
        progress(page.length);
      }
    },
  ),
  file(
    'facts.csv',
    [
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'role',
      'year:int',
      'recipientId',
      'conferredById',
      'evidence:string[]',
      'confidence:double',
      'confirmed:boolean',
      'tenure',
      'tenureSet',
    ],
    async function* ({ db, scope, progress }) {
      for await (const page of factPages(db, scope, { sentences: false })) {
        yield page
          .map((f) =>
            row([f.from, f.to, f.type, f.role, f.year, f.recipientId, f.conferredById, f.evidence, f.confidence, f.confirmed, f.tenure, f.tenureSet]),
          )
          .join('');
        progress(page.length);
      }
    },
  ),
  file(
    'mentions.csv',
    [':START_ID(Entity)', ':END_ID(Article)', ':TYPE', 'names:string[]', 'keys:string[]', 'resolution'],
    async function* ({ db, scope, progress }) {
      for await (const page of mentionPages(db, scope)) {
        yield page.map((m) => row([m.entity, m.article, 'MENTIONED_IN', m.names, m.keys, m.resolution])).join('');
        progress(page.length);
      }
    },
  ),
  file('aliases.csv', ['key:ID(Alias)', ':LABEL'], async function* ({ db, scope, progress }) {
    for await (const page of aliasPages(db, scope)) {
      yield page.map((key) => row([key, 'Alias'])).join('');
      progress(page.length);
    }
  }),
  file('alias-of.csv', [':START_ID(Alias)', ':END_ID(Entity)', ':TYPE'], async function* ({ db, scope, progress }) {
    for await (const page of aliasLinkPages(db, scope)) {
      yield page.map((l) => row([l.key, l.entity, 'ALIAS_OF'])).join('');
      progress(page.length);
    }
  }),
];

/** `neo4j-admin`'s arguments that load the files, run from their directory, into an empty database. */
export const IMPORT_ARGS = [
  'database',
  'import',
  'full',
  'neo4j',
  '--nodes=entities.csv',
  '--nodes=articles.csv',
  '--nodes=aliases.csv',
  '--relationships=facts.csv',
  '--relationships=mentions.csv',
  '--relationships=alias-of.csv',
  '--multiline-fields=true',
  `--array-delimiter=${ARRAY_DELIMITER}`,
];

// `;` ends a shell command: quoted for the one who pastes it.
const IMPORT_COMMAND = `neo4j-admin ${IMPORT_ARGS.map((a) => a.replace(/=(.*;.*)$/, '="$1"')).join(' ')}`;

const IMPORT_TXT = `Load these files into an empty Neo4j 5 database (stopped), from this directory:

${IMPORT_COMMAND}

Then start the database; \`npm start\` with NEO4J_URI pointing at it adds the indexes and
constraints the API needs. Corrections (their ledger and rules) are not part of an export.
`;

export const CSV: ExportFormat = {
  files: (source) => [
    ...FILES.map((f) => f(source)),
    {
      name: 'IMPORT.txt',
      chunks: (async function* () {
        yield IMPORT_TXT;
      })(),
    },
  ],
  total: (c) => c.entities + c.articles + c.facts + c.mentions + c.aliases + c.aliasLinks,
  contentType: 'application/zip',
};
