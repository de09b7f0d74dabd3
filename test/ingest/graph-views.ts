// Compact views of an extracted graph for the genre-rule tests.
import type { ArticleGraph } from '../../src/ingest/types.js';

/** Relations of one type as `from → to (role)`. */
export const edges = (g: ArticleGraph, type: string) =>
  g.relations.filter((r) => r.type === type).map((r) => `${r.from} → ${r.to}${r.role ? ` (${r.role})` : ''}`);

/** Canonical names of the entities of one type. */
export const names = (g: ArticleGraph, type: string) => g.entities.filter((e) => e.type === type).map((e) => e.name);
