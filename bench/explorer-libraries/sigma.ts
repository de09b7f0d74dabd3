import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { COLORS, nextFrame, type LibraryRun } from './graph.js';

let graph: Graph;
let renderer: Sigma;
let highlighted: Set<string> | null = null;
const settle = () => forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });

export const run: LibraryRun = {
  async layout(container, data) {
    graph = new Graph();
    data.nodes.forEach((n, i) =>
      graph.addNode(n.id, { label: n.label, color: COLORS[n.type], size: 5, x: Math.cos(i) * i, y: Math.sin(i) * i }),
    );
    data.edges.forEach((e) => graph.addEdgeWithKey(e.id, e.source, e.target, { label: e.label, size: 1 }));
    settle();
    renderer = new Sigma(graph, container, {
      renderEdgeLabels: true,
      nodeReducer: (node, attrs) => (highlighted && !highlighted.has(node) ? { ...attrs, color: '#ddd' } : attrs),
    });
    await nextFrame();
  },
  async select(id) {
    highlighted = new Set([id, ...graph.neighbors(id)]);
    renderer.refresh();
    await nextFrame();
  },
  async zoom() {
    const camera = renderer.getCamera();
    camera.setState({ ratio: camera.ratio / 1.2 });
    await nextFrame();
  },
  async expand(around, added) {
    const { x, y } = graph.getNodeAttributes(around);
    added.nodes.forEach((n, i) => graph.addNode(n.id, { label: n.label, color: COLORS[n.type], size: 5, x: x + i, y: y + i }));
    added.edges.forEach((e) => graph.addEdgeWithKey(e.id, e.source, e.target, { label: e.label, size: 1 }));
    settle();
    renderer.refresh();
    await nextFrame();
  },
};
