// A 500-node neighbourhood shaped like the product's (a unit, its sub-units,
// their members, the honours they received, initiatives and partners), the same
// for every library: deterministic, so runs compare like with like.
export type NodeType = 'Unit' | 'Person' | 'Honour' | 'Initiative' | 'Organization';
export interface BenchNode { id: string; type: NodeType; label: string }
export interface BenchEdge { id: string; source: string; target: string; label: string }
export interface BenchGraph { nodes: BenchNode[]; edges: BenchEdge[] }

export const COLORS: Record<NodeType, string> = {
  Unit: '#1f77b4', Person: '#ff7f0e', Honour: '#d62728', Initiative: '#2ca02c', Organization: '#9467bd',
};

export function neighbourhood(size = 500): BenchGraph {
  const nodes: BenchNode[] = [];
  const edges: BenchEdge[] = [];
  const add = (type: NodeType, label: string) => {
    const node = { id: `${type}-${nodes.length}`, type, label };
    nodes.push(node);
    return node;
  };
  const link = (a: BenchNode, b: BenchNode, label: string) => edges.push({ id: `e${edges.length}`, source: a.id, target: b.id, label });
  const centre = add('Unit', '泰州市公安局海陵分局');
  const units = Array.from({ length: 15 }, (_, i) => add('Unit', `城${i}派出所`));
  units.forEach((u) => link(u, centre, 'PART_OF'));
  const honours = Array.from({ length: 60 }, (_, i) => add('Honour', `荣誉${i}`));
  const initiatives = Array.from({ length: 40 }, (_, i) => add('Initiative', `工作室${i}`));
  const orgs = Array.from({ length: 24 }, (_, i) => add('Organization', `单位${i}`));
  initiatives.forEach((x, i) => link(units[i % units.length]!, x, 'LEADS'));
  orgs.forEach((x, i) => link(units[(i * 7) % units.length]!, x, 'PARTNERS_WITH'));
  units.forEach((u, i) => link(u, honours[i]!, String(2015 + (i % 8))));
  for (let i = 0; nodes.length < size; i++) {
    const p = add('Person', `民警${i}`);
    link(p, units[i % units.length]!, i % 5 === 0 ? '所长' : '民警');
    link(p, honours[(i * 13) % honours.length]!, String(2015 + (i % 8)));
  }
  return { nodes, edges };
}

/** Resolves once the browser has painted what was asked before the call. */
export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

export interface LibraryRun {
  /** Build, lay out and paint the graph. */
  layout(container: HTMLElement, graph: BenchGraph): Promise<void>;
  /** Select a node and highlight its neighbours (a click). */
  select(id: string): Promise<void>;
  /** Zoom in one step. */
  zoom(): Promise<void>;
  /** Add nodes around one node and lay out again (an expand). */
  expand(around: string, added: BenchGraph): Promise<void>;
}
