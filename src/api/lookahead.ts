// Selection-set lookahead: under a node or a list field, find the list fields
// (and `parent`) the client asked for on the entities of its items (unit →
// children → members → honours), with their counts and evidence sentences, and
// turn them into nested ListPlans, which the store compiles into one query.
import {
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type DirectiveNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Config } from '../config.js';
import type { EvidenceReading } from '../store/read/cypher.js';
import type { GraphViewReading } from '../store/read/graph-view.js';
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
function planOf(info: GraphQLResolveInfo, spec: ListSpec, field: Selected[], config: Config, firstItem: boolean): ListPlan {
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

type VariableHolder = { arguments?: readonly ArgumentNode[]; directives?: readonly DirectiveNode[]; selectionSet?: SelectionSetNode };

/** The variables a field's arguments (`own`) and the selection under it use, fragments followed. */
function variablesIn(info: GraphQLResolveInfo, node: VariableHolder, own: boolean, into = new Set<string>()): Set<string> {
  const inValue = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) into.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(inValue);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => inValue(f.value));
  };
  if (own) for (const a of [...(node.arguments ?? []), ...(node.directives ?? []).flatMap((d) => d.arguments ?? [])]) inValue(a.value);
  for (const sel of node.selectionSet?.selections ?? []) {
    const inner = sel.kind === Kind.FRAGMENT_SPREAD ? info.fragments[sel.name.value] : sel;
    if (inner) variablesIn(info, { ...inner, directives: [...(inner.directives ?? []), ...(sel.directives ?? [])] }, true, into);
  }
  return into;
}

const MAX_PLANS_PER_FIELD = 64;
/** By configuration (page sizes), then by the field's first AST node. */
const planCache = new WeakMap<Config, WeakMap<FieldNode, Map<string, unknown>>>();
const usedVariables = new WeakMap<FieldNode, { own: string[]; under: string[] }>();

/**
 * Plans depend only on the query's text, the type a field is resolved on and the
 * variables used in it. Apollo keeps parsed documents, so a field's AST nodes are
 * the same objects from one request to the next: plans are built once for all
 * requests of a query and variables (a few per field, the oldest dropped).
 */
function cached<T>(info: GraphQLResolveInfo, config: Config, own: boolean, build: () => T): T {
  const field = info.fieldNodes[0]!;
  let used = usedVariables.get(field);
  if (!used) {
    const of = (withOwn: boolean) => [...info.fieldNodes.reduce((set, node) => variablesIn(info, node, withOwn, set), new Set<string>())];
    used = { own: of(true), under: of(false) };
    usedVariables.set(field, used);
  }
  const key = [own, info.parentType.name, ...(own ? used.own : used.under).map((v) => JSON.stringify(info.variableValues[v]))].join('\u0000');
  let byField = planCache.get(config);
  if (!byField) planCache.set(config, (byField = new WeakMap()));
  let byKey = byField.get(field);
  if (!byKey) byField.set(field, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = build();
  if (byKey.size >= MAX_PLANS_PER_FIELD) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, value);
  return value;
}

/** Lists selected directly on a node fetched by id or name (node, nodes, entitiesByName): read with the node itself. */
export function plansOnNode(info: GraphQLResolveInfo, config: Config): ListPlan[] {
  return cached(info, config, false, () => plansUnder(info, inside(info, currentField(info)), config));
}

/** The plan of the list (or first-item) field being resolved, with what is selected under it. */
export function planOfField(info: GraphQLResolveInfo, args: Record<string, unknown>, config: Config): ListPlan {
  return cached(info, config, true, () => {
    const field = fieldSpec(info.parentType.name, info.fieldName);
    if (!field) throw new Error(`${info.parentType.name}.${info.fieldName} is not a list field`);
    return planOf(info, field.build(args, config), currentField(info), config, field.firstItem);
  });
}

/** What the connection being resolved (search, articles) reads: its page, its count. */
export const selectedReads = (info: GraphQLResolveInfo): { page: boolean; count: boolean } => connectionReads(inside(info, currentField(info)));

const selects = (fields: Selected[], names: string[]) => fields.some((s) => names.includes(s.node.name.value));

/** What the graph view (neighborhood, path, unitTree) being resolved shows of its nodes and edges. */
export function graphViewReading(info: GraphQLResolveInfo): GraphViewReading {
  const view = inside(info, currentField(info));
  const edges = fieldsAt(info, view, ['edges']);
  return {
    details: selects(fieldsAt(info, view, ['nodes']), ['aliases', 'kind']),
    factProperties: selects(edges, ['id', 'factId', 'role', 'year']),
    evidence: evidenceReading(info, edges),
  };
}
