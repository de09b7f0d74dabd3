import { Graph } from '@antv/g6';
import { COLORS, nextFrame, type BenchGraph, type LibraryRun } from './graph.js';

let graph: Graph;
const nodeData = (g: BenchGraph) =>
  g.nodes.map((n) => ({ id: n.id, data: { type: n.type, label: n.label } }));
const edgeData = (g: BenchGraph) => g.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, data: { label: e.label } }));

export const run: LibraryRun = {
  async layout(container, data) {
    graph = new Graph({
      container,
      animation: false,
      data: { nodes: nodeData(data), edges: edgeData(data) },
      node: {
        type: (d) => (d.data?.type === 'Unit' ? 'rect' : d.data?.type === 'Honour' ? 'star' : 'circle'),
        style: { size: 14, fill: (d) => COLORS[d.data!.type as keyof typeof COLORS], labelText: (d) => String(d.data!.label), labelFontSize: 8 },
      },
      edge: { style: { labelText: (d) => String(d.data!.label), labelFontSize: 6 } },
      layout: { type: 'd3-force', preventOverlap: true },
    });
    await graph.render();
    await nextFrame();
  },
  async select(id) {
    const near = new Set([id, ...graph.getNeighborNodesData(id).map((n) => n.id)]);
    const states = Object.fromEntries(graph.getNodeData().map((n) => [n.id, near.has(n.id) ? ['selected'] : ['inactive']]));
    await graph.setElementState(states);
    await nextFrame();
  },
  async zoom() {
    await graph.zoomBy(1.2);
    await nextFrame();
  },
  async expand(_around, added) {
    graph.addData({ nodes: nodeData(added), edges: edgeData(added) });
    await graph.render();
    await nextFrame();
  },
};
