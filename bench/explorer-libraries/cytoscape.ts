import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { COLORS, nextFrame, type LibraryRun } from './graph.js';

cytoscape.use(fcose);
let cy: cytoscape.Core;
const layoutDone = (layout: cytoscape.Layouts) => new Promise<void>((r) => { layout.one('layoutstop', () => r()); layout.run(); });

export const run: LibraryRun = {
  async layout(container, graph) {
    cy = cytoscape({
      container,
      elements: [
        ...graph.nodes.map((n) => ({ data: { ...n, color: COLORS[n.type] } })),
        ...graph.edges.map((e) => ({ data: e })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': 8, width: 14, height: 14, 'min-zoomed-font-size': 6 } },
        { selector: 'node[type = "Unit"]', style: { shape: 'round-rectangle' } },
        { selector: 'node[type = "Honour"]', style: { shape: 'star' } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 6, width: 1, 'curve-style': 'haystack', 'min-zoomed-font-size': 6 } },
        { selector: '.faded', style: { opacity: 0.2 } },
      ],
      layout: { name: 'preset' },
    });
    // BENCH_QUALITY=draft: fcose's spectral pass alone.
    const quality = (globalThis as { QUALITY?: string }).QUALITY ?? 'default';
    await layoutDone(cy.layout({ name: 'fcose', animate: false, randomize: true, quality } as cytoscape.LayoutOptions));
    await nextFrame();
  },
  async select(id) {
    const node = cy.getElementById(id);
    cy.batch(() => {
      cy.elements().addClass('faded');
      node.closedNeighborhood().removeClass('faded');
      node.select();
    });
    await nextFrame();
  },
  async zoom() {
    cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: 400, y: 300 } });
    await nextFrame();
  },
  async expand(around, added) {
    const centre = cy.getElementById(around).position();
    cy.add([
      ...added.nodes.map((n) => ({ data: { ...n, color: COLORS[n.type] }, position: { ...centre } })),
      ...added.edges.map((e) => ({ data: e })),
    ]);
    await layoutDone(cy.layout({ name: 'fcose', animate: false, randomize: false, quality: 'default' } as cytoscape.LayoutOptions));
    await nextFrame();
  },
};
