// Selection-set lookahead: under a node or a list field, find the list fields
// (and `parent`) the client asked for on the entities of its items (unit →
// children → members → honours), with their counts and evidence sentences, and
// turn them into nested ListPlans, which the store compiles into one query.
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config.js';
import type { EvidenceReading } from '../store/read/cypher.js';
import type { ListPlan } from '../store/read/lists.js';
import { fieldSpec, type ListSpec } from './list-fields.js';

interface Selected {
  parentType: GraphQLCompositeType;
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
}

// Schema objects are only duck-typed here (no isCompositeType / getArgumentValues):
// under vitest the schema can come from another copy of graphql than this module,
// and graphql's realm checks would refuse it.

function namedType(type: GraphQLType): GraphQLNamedType {
  let t: GraphQLType = type;
  while ('ofType' in t) t = t.ofType;
  return t;
}

const isComposite = (type: GraphQLNamedType | null | undefined): type is GraphQLCompositeType =>
  !!type && ('getFields' in type || 'getTypes' in type);

/** A field's arguments as its resolver will see them: literals, variables, defaults. */
function argumentsOf(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of def.args) if (a.defaultValue !== undefined) args[a.name] = a.defaultValue;
  for (const arg of node.arguments ?? []) {
    const value = valueFromASTUntyped(arg.value, variables);
    if (value !== undefined) args[arg.name.value] = value;
  }
  return args;
}

/** The fields of a selection set, fragments flattened, each with the type it is selected on. */
function fieldsOf(info: GraphQLResolveInfo, type: GraphQLCompositeType, set: SelectionSetNode | undefined, out: Selected[] = []): Selected[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) {
      const def = 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
      if (def) out.push({ parentType: type, node: sel, def });
    } else {
      const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : info.fragments[sel.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
      if (isComposite(condition)) fieldsOf(info, condition, fragment.selectionSet, out);
    }
  }
  return out;
}

/** The fields selected inside the given ones. */
function inside(info: GraphQLResolveInfo, fields: Selected[]): Selected[] {
  return fields.flatMap((s) => {
    const type = namedType(s.def.type);
    return isComposite(type) ? fieldsOf(info, type, s.node.selectionSet) : [];
  });
}

/** The fields selected inside `path` (a chain of field names) starting among `from`. */
function fieldsAt(info: GraphQLResolveInfo, from: Selected[], path: string[]): Selected[] {
  return path.reduce((level, name) => inside(info, level.filter((s) => s.node.name.value === name)), from);
}

const PAGE_FIELDS = new Set(['edges', 'nodes', 'pageInfo']);

/** What a connection's selection reads: its page (edges, nodes, pageInfo), its totalCount. */
function connectionReads(connection: Selected[]): { page: boolean; count: boolean } {
  return {
    page: connection.some((f) => PAGE_FIELDS.has(f.node.name.value)),
    count: connection.some((f) => f.node.name.value === 'totalCount'),
  };
}

/** How much of the facts' evidence the items' selection shows: none, the offsets, or sentences and articles. */
function evidenceReading(info: GraphQLResolveInfo, items: Selected[]): EvidenceReading {
  const evidence = items.filter((s) => s.node.name.value === 'evidence');
  if (!evidence.length) return 'none';
  return inside(info, evidence).some((s) => s.node.name.value === 'sentence' || s.node.name.value === 'article') ? 'sentences' : 'refs';
}

/** The lists (and first-item fields) asked for on an entity, each with what is asked for under it in turn. */
function plansUnder(info: GraphQLResolveInfo, selected: Selected[], config: Config): ListPlan[] {
  const plans: ListPlan[] = [];
  for (const s of selected) {
    const field = fieldSpec(s.parentType.name, s.node.name.value);
    if (!field) continue;
    let spec: ListSpec;
    try {
      spec = field.build(argumentsOf(s.def, s.node, info.variableValues), config);
    } catch {
      continue; // bad arguments: the field's own resolver reports them where they are
    }
    const plan = planOf(info, spec, [s], config, field.firstItem);
    if (plan.page || plan.count) plans.push(plan);
  }
  return plans;
}

/**
 * The plan for a list field: its spec, whether its page and count are selected,
 * how much of its facts' evidence and of its entities (aliases, kind) is, and for
 * each entity of its items (`list.ends`, reached through `edges.node…` or the
 * `nodes` shortcut) the list fields selected there. A first-item field
 * (`parent`) selects its item's node directly.
 */
export function planOf(info: GraphQLResolveInfo, spec: ListSpec, field: Selected[], config: Config, firstItem: boolean): ListPlan {
  const nested: ListPlan['nested'] = [];
  const connection = inside(info, field);
  const items = firstItem ? connection : [...fieldsAt(info, connection, ['edges', 'node']), ...fieldsAt(info, connection, ['nodes'])];
  const reads = firstItem ? { page: true, count: false } : connectionReads(connection);
  for (const [path, end] of Object.entries(spec.list.ends)) {
    const [, ...below] = path.split('.'); // path starts at the edge's `node`
    for (const plan of plansUnder(info, fieldsAt(info, items, below), config)) nested.push({ end, plan });
  }
  // A nested list takes the entity it hangs from out of this list's items (factReading),
  // so their details are read here when it shows them.
  const details =
    [...items, ...inside(info, items)].some((s) => ['aliases', 'kind'].includes(s.node.name.value)) ||
    nested.some((n) => n.plan.projection.details);
  return {
    ...spec,
    projection: { details, evidence: evidenceReading(info, items) },
    page: reads.page && spec.window.limit > 0,
    count: reads.count,
    nested,
  };
}

/** The field being resolved, as lookahead input. */
export function currentField(info: GraphQLResolveInfo): Selected[] {
  const def = info.parentType.getFields()[info.fieldName]!;
  return info.fieldNodes.map((node) => ({ parentType: info.parentType, node, def }));
}

/** Lists selected directly on a node fetched by id or name (node, nodes, entitiesByName): read with the node itself. */
export function plansOnNode(info: GraphQLResolveInfo, config: Config): ListPlan[] {
  return plansUnder(info, inside(info, currentField(info)), config);
}

/** What the connection being resolved (search, articles) reads: its page, its count. */
export const selectedReads = (info: GraphQLResolveInfo): { page: boolean; count: boolean } => connectionReads(inside(info, currentField(info)));

/** How much evidence the edges of the graph view being resolved show. */
export const edgeEvidenceReading = (info: GraphQLResolveInfo): EvidenceReading =>
  evidenceReading(info, fieldsAt(info, inside(info, currentField(info)), ['edges']));
