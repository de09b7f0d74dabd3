// How each entity type and relation looks: the graph and the legend draw from here.
import type { ExplorerEntityFragment, RelationType } from './generated/graphql.js';

export type EntityType = ExplorerEntityFragment['__typename'];

export interface TypeStyle {
  label: string;
  color: string;
  /** SVG path in a 0–100 box, for the legend and for the node's pictogram. */
  shape: string;
  /** sigma node program: squares and circles natively, other shapes as pictograms. */
  program: 'square' | 'circle' | 'pictogram';
  size: number;
}

const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
const star = polygon(
  Array.from({ length: 10 }, (_, i): [number, number] => {
    const r = i % 2 ? 22 : 50;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return [50 + r * Math.cos(a), 52 + r * Math.sin(a)];
  }),
);
const hexagon = polygon(Array.from({ length: 6 }, (_, i): [number, number] => [50 + 48 * Math.cos((Math.PI / 3) * i), 50 + 48 * Math.sin((Math.PI / 3) * i)]));

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  Unit: { label: 'Unit', color: '#2563eb', shape: 'M8,8H92V92H8Z', program: 'square', size: 9 },
  Person: { label: 'Person', color: '#ea580c', shape: 'M50,4A46,46 0 1 1 49.9,4Z', program: 'circle', size: 6 },
  Honour: { label: 'Honour', color: '#dc2626', shape: star, program: 'pictogram', size: 9 },
  Initiative: { label: 'Initiative', color: '#16a34a', shape: 'M50,2L98,50L50,98L2,50Z', program: 'pictogram', size: 8 },
  Organization: { label: 'Organization', color: '#7c3aed', shape: hexagon, program: 'pictogram', size: 8 },
};

/** The shape as an image for sigma's pictogram program (tinted by the node's colour). */
export const shapeImage = (style: TypeStyle): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="256" height="256"><path d="${style.shape}" fill="#000"/></svg>`)}`;

export const RELATION_STYLES: Record<RelationType, { label: string; color: string }> = {
  PART_OF: { label: 'part of', color: '#64748b' },
  MEMBER_OF: { label: 'member of', color: '#f59e0b' },
  RECEIVED: { label: 'received', color: '#ef4444' },
  CONFERRED: { label: 'conferred', color: '#a855f7' },
  LEADS: { label: 'leads', color: '#22c55e' },
  PARTNERS_WITH: { label: 'partners with', color: '#8b5cf6' },
};

export const RELATION_TYPES = Object.keys(RELATION_STYLES) as RelationType[];

/** What an edge says on the canvas: the role of a membership, the year of an award, else the relation. */
export function edgeLabel(edge: { type: RelationType; role: string | null; year: number | null }): string {
  if (edge.type === 'MEMBER_OF' && edge.role) return edge.role;
  if ((edge.type === 'RECEIVED' || edge.type === 'CONFERRED') && edge.year !== null) return String(edge.year);
  return RELATION_STYLES[edge.type].label;
}

/** An inline SVG of a type's shape, for the legend and the lists. */
export function shapeIcon(type: EntityType): SVGSVGElement {
  const style = TYPE_STYLES[type];
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('class', 'shape');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', style.shape);
  path.setAttribute('fill', style.color);
  svg.append(path);
  return svg;
}
