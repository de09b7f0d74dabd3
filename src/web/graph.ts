// The drawing: a graphology graph rendered by sigma.js (WebGL), laid out by
// ForceAtlas2 for neighbourhoods, as layers for a unit tree and as a line for
// a path. Nodes already on screen keep their place when the view grows, so an
// expansion does not scramble what the user was looking at.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { NodeSquareProgram } from '@sigma/node-square';
import { createNodeImageProgram } from '@sigma/node-image';
import type { Mode } from './state.js';
import { edgeLabel, RELATION_STYLES, shapeImage, TYPE_STYLES } from './style.js';
import type { ViewData } from './views.js';

export interface GraphEvents {
  clickNode(id: string): void;
  doubleClickNode(id: string): void;
  clickEdge(id: string): void;
  clickStage(): void;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: string;
  image?: string;
  entityType: string;
  fixed?: boolean;
  forceLabel?: boolean;
}

const FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const FADED = '#e5e7eb';

/** sigma's pictogram settings, with shapes drawn as soon as their (inline) images decode rather than after 500 ms. */
const NodeShapeProgram = createNodeImageProgram({
  keepWithinCircle: false,
  size: { mode: 'force', value: 256 },
  drawingMode: 'color',
  correctCentering: true,
  debounceTimeout: 0,
});

export class GraphCanvas {
  readonly graph = new Graph<NodeAttributes>({ multi: true, type: 'directed' });
  readonly renderer: Sigma<NodeAttributes>;
  private selectedNode: string | null = null;
  private selectedEdges = new Set<string>();
  private hovered: string | null = null;
  /** Worked out once per change, not per node drawn: the node in focus with its neighbours, and the selected edges' ends. */
  private focus: { node: string; near: Set<string> } | null = null;
  private edgeEnds = new Set<string>();

  constructor(container: HTMLElement, events: GraphEvents) {
    this.renderer = new Sigma<NodeAttributes>(this.graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      labelFont: FONT,
      edgeLabelFont: FONT,
      labelSize: 12,
      edgeLabelSize: 10,
      labelRenderedSizeThreshold: 6,
      stagePadding: 40,
      zIndex: true,
      nodeProgramClasses: { square: NodeSquareProgram, pictogram: NodeShapeProgram },
      edgeProgramClasses: { arrow: EdgeArrowProgram },
      nodeReducer: (node, data) => this.nodeLook(node, data),
      edgeReducer: (edge, data) => this.edgeLook(edge, data),
    });
    // A second click within the double-click time makes it a double click, not two expansions.
    let pending: number | undefined;
    const doubleClickMs = this.renderer.getSetting('doubleClickTimeout');
    this.renderer.on('clickNode', ({ node }) => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => events.clickNode(node), doubleClickMs);
    });
    this.renderer.on('doubleClickNode', (e) => {
      window.clearTimeout(pending);
      e.preventSigmaDefault();
      events.doubleClickNode(e.node);
    });
    this.renderer.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.renderer.on('clickStage', () => events.clickStage());
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(null));
    // sigma finds the edge under the mouse as it moves; the pointer shows when a click would open one.
    this.renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.renderer.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** Replaces what is drawn; nodes that stay keep their positions. */
  show(view: ViewData, mode: Mode, centre: string | null): void {
    const previous = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, a) => previous.set(id, { x: a.x, y: a.y }));
    this.graph.clear();
    // Rebuilt nodes get no leaveNode: the hover starts afresh. The selection too: it may
    // name what the new view lacks (a rejected edge, a relation filtered out); `select` sets it again.
    this.hovered = null;
    this.selectedNode = null;
    this.selectedEdges = new Set();
    for (const n of view.nodes) {
      const style = TYPE_STYLES[n.__typename];
      this.graph.addNode(n.id, {
        x: 0,
        y: 0,
        size: n.id === centre ? style.size * 1.6 : style.size,
        color: style.color,
        label: n.name,
        type: style.program,
        ...(style.program === 'pictogram' ? { image: shapeImage(style) } : {}),
        entityType: n.__typename,
        forceLabel: n.id === centre,
      });
    }
    for (const e of view.edges) {
      if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) continue;
      this.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        label: edgeLabel(e),
        color: RELATION_STYLES[e.type].color,
        // Thick enough to hit with a mouse: sigma picks edges by their drawn pixels.
        size: 2.5,
        relation: e.type,
      });
    }
    if (mode === 'tree') layoutTree(this.graph, centre);
    else if (mode === 'path') layoutLine(this.graph, view.nodes.map((n) => n.id));
    else layoutForce(this.graph, centre, previous);
    this.updateHighlight();
    this.renderer.refresh();
    // Zoomed out a little: labels run to the right of their nodes and would be cut at the edge.
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1.15, angle: 0 });
  }

  select(node: string | null, edges: string[] = []): void {
    this.selectedNode = node && this.graph.hasNode(node) ? node : null;
    this.selectedEdges = new Set(edges.filter((e) => this.graph.hasEdge(e)));
    this.updateHighlight();
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Where a node is drawn, in pixels from the canvas's top left. */
  nodePosition(id: string): { x: number; y: number } {
    return this.renderer.graphToViewport(this.graph.getNodeAttributes(id));
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.renderer.getContainer().style.cursor = node ? 'pointer' : '';
    this.updateHighlight();
    this.renderer.refresh({ skipIndexation: true });
  }

  /** The node in focus (hovered, else selected) and its neighbours stand out; the rest fades. */
  private updateHighlight(): void {
    const node = this.hovered ?? this.selectedNode;
    this.focus = node && this.graph.hasNode(node) ? { node, near: new Set([node, ...this.graph.neighbors(node)]) } : null;
    this.edgeEnds = new Set([...this.selectedEdges].flatMap((e) => this.graph.extremities(e)));
  }

  private nodeLook(node: string, data: NodeAttributes) {
    if (this.edgeEnds.has(node) || node === this.selectedNode) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.focus && !this.focus.near.has(node)) return { ...data, color: FADED, label: '', zIndex: 0 };
    return { ...data, zIndex: 1 };
  }

  private edgeLook(edge: string, data: Record<string, unknown>) {
    if (this.selectedEdges.has(edge)) return { ...data, size: 5, zIndex: 2, forceLabel: true };
    if (this.focus && !this.graph.extremities(edge).includes(this.focus.node)) return { ...data, color: FADED, label: '', zIndex: 0 };
    return data;
  }
}

/**
 * ForceAtlas2 from a start that is already close: kept nodes where they were
 * (and held still), new ones beside a placed neighbour, or on rings by their
 * distance from the centre when nothing is placed yet.
 */
function layoutForce(graph: Graph<NodeAttributes>, centre: string | null, previous: Map<string, { x: number; y: number }>): void {
  if (graph.order === 0) return;
  const kept = graph.filterNodes((id) => previous.has(id));
  const placed = new Map<string, { x: number; y: number }>();
  for (const id of kept) placed.set(id, previous.get(id)!);
  if (placed.size === 0) {
    const start = centre && graph.hasNode(centre) ? centre : graph.nodes()[0]!;
    const rings = distances(graph, start);
    let i = 0;
    graph.forEachNode((id) => {
      const d = rings.get(id) ?? 4;
      const angle = i++ * 2.399963; // golden angle: no two nodes of a ring on one spoke
      placed.set(id, d === 0 ? { x: 0, y: 0 } : { x: Math.cos(angle) * d * 100, y: Math.sin(angle) * d * 100 });
    });
  }
  // Breadth-first from what is placed, so a new node sits beside the node it was reached from.
  const queue = [...placed.keys()];
  for (let q = 0; q < queue.length; q++) {
    const from = placed.get(queue[q]!)!;
    let k = 0;
    graph.forEachNeighbor(queue[q]!, (n) => {
      if (placed.has(n)) return;
      const angle = (k++ + q) * 2.399963;
      placed.set(n, { x: from.x + Math.cos(angle) * 30, y: from.y + Math.sin(angle) * 30 });
      queue.push(n);
    });
  }
  graph.forEachNode((id) => {
    const p = placed.get(id) ?? { x: Math.random() * 100, y: Math.random() * 100 };
    graph.mergeNodeAttributes(id, { x: p.x, y: p.y, fixed: kept.length > 0 && previous.has(id) });
  });
  const settings = forceAtlas2.inferSettings(graph);
  // Fewer iterations as the view grows: Barnes-Hut keeps each one O(n log n), and 500 nodes settle in ~100.
  const iterations = Math.max(80, Math.min(300, Math.round(40_000 / graph.order)));
  forceAtlas2.assign(graph, { iterations: kept.length ? iterations / 2 : iterations, settings: { ...settings, barnesHutOptimize: graph.order > 200 } });
  graph.forEachNode((id) => graph.removeNodeAttribute(id, 'fixed'));
}

function distances(graph: Graph<NodeAttributes>, start: string): Map<string, number> {
  const seen = new Map([[start, 0]]);
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const d = seen.get(queue[q]!)!;
    graph.forEachNeighbor(queue[q]!, (n) => {
      if (!seen.has(n)) {
        seen.set(n, d + 1);
        queue.push(n);
      }
    });
  }
  return seen;
}

/** Layers top-down: a unit above its parts (PART_OF points from part to whole), leaves spread evenly. */
function layoutTree(graph: Graph<NodeAttributes>, centre: string | null): void {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  graph.forEachEdge((_e, _a, part, whole) => {
    if (hasParent.has(part)) return; // a second parent: drawn as an edge, not a second place
    hasParent.add(part);
    children.set(whole, [...(children.get(whole) ?? []), part]);
  });
  const sortByName = (ids: string[]) => ids.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'), 'zh'));
  let column = 0;
  const place = (id: string, depth: number): number => {
    const kids = sortByName(children.get(id) ?? []);
    const x = kids.length ? kids.map((k) => place(k, depth + 1)).reduce((a, b) => a + b) / kids.length : column++;
    // Wide rows: unit names are long.
    graph.mergeNodeAttributes(id, { x: x * 100, y: -depth * 45 });
    return x;
  };
  for (const root of sortByName(graph.filterNodes((id) => !hasParent.has(id)))) place(root, 0);
  if (centre && graph.hasNode(centre)) graph.setNodeAttribute(centre, 'forceLabel', true);
}

function layoutLine(graph: Graph<NodeAttributes>, order: string[]): void {
  // A zigzag, so that the long names of neighbours do not run into each other.
  order.forEach((id, i) => graph.mergeNodeAttributes(id, { x: i * 100, y: (i % 2) * 40, forceLabel: true }));
}
