// Taking the view away: a PNG of the canvas, and JSON of its nodes, edges and evidence;
// or the whole graph as the API exports it (GET /export).
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { fetchWithToken, refusal } from './api.js';
import type { GraphCanvas } from './graph.js';
import type { ViewState } from './state.js';
import { loadView } from './views.js';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  // The download has started from the object URL by the time the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const stem = () => `police-kg-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

export async function exportPng(canvas: GraphCanvas): Promise<void> {
  download(await toBlob(canvas.renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' }), `${stem()}.png`);
}

/** The view read again with every edge's evidence: what the canvas shows, and why. */
export async function exportJson(state: ViewState): Promise<void> {
  const view = await loadView(state, true);
  const json = {
    exportedAt: new Date().toISOString(),
    link: location.href,
    nodes: view.nodes.map((n) => ({ id: n.id, type: n.__typename, name: n.name, aliases: n.aliases, kind: n.kind })),
    edges: view.edges,
    leftOut: view.cut,
  };
  download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `${stem()}.json`);
}

/** The whole graph as GraphML, CSV for neo4j-admin (zipped) or JSON lines, under the name the server gives it. */
export async function downloadGraph(format: string): Promise<void> {
  const response = await fetchWithToken(`/export?format=${encodeURIComponent(format)}`);
  // Refused (busy, unavailable…): say what the API said.
  if (!response.ok) throw refusal(response, await response.json().catch(() => ({})));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `police-kg.${format}`;
  download(await response.blob(), name);
}
