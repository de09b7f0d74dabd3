// Which store list each list field of the schema reads, and with which
// parameters: tables that both the resolvers and the lookahead use.
import type { Config } from '../config.js';
import type { Params } from '../store/graph-db.js';
import { factsOfArticle } from '../store/read/article-facts.js';
import { awardsConferredBy, awardsOfHonour, awardsOfRecipient, awardsOfUnitSubtree } from '../store/read/awards.js';
import { MAX_HIERARCHY_DEPTH, unitHierarchy } from '../store/read/hierarchy.js';
import { initiativesOfLeader, leadersOfInitiative } from '../store/read/leaderships.js';
import type { ListQuery } from '../store/read/lists.js';
import { membersOfUnit, membershipsOfPerson } from '../store/read/memberships.js';
import { articlesOfEntity, entitiesOfArticle } from '../store/read/mentions.js';
import { partnersOfOrganization, partnersOfUnit } from '../store/read/partnerships.js';
import type { PageWindow } from '../store/read/records.js';
import { intInRange } from './arguments.js';
import { badUserInput } from './errors.js';
import { pageWindow, type PageArgs } from './pagination.js';

export interface ListSpec<T = unknown> {
  list: ListQuery<T>;
  params: Params;
  window: PageWindow;
}

/** Builds a field's spec from its (already defaulted) arguments; throws BAD_USER_INPUT on bad ones. */
type ListField = (args: Record<string, any>, config: Config) => ListSpec<any>;

const spec =
  <T>(list: ListQuery<T>, params: (args: Record<string, any>) => Params = () => ({})): ListField =>
  (args, config) => ({ list, params: params(args), window: pageWindow(args as PageArgs, config) });

const confidenceArg = (min: number | null | undefined): number | null => {
  if (min == null) return null;
  if (!(min >= 0 && min <= 1)) throw badUserInput('minConfidence must be between 0 and 1', { argumentName: 'minConfidence' });
  return min;
};

/** A list of facts: it takes `minConfidence` beside its own parameters. */
const factSpec = <T>(list: ListQuery<T>, params: (args: Record<string, any>) => Params = () => ({})): ListField =>
  spec(list, (a) => ({ ...params(a), minConfidence: confidenceArg(a.minConfidence) }));

const depthArg = (maxDepth: number) => intInRange('maxDepth', maxDepth, 1, MAX_HIERARCHY_DEPTH);
const typesArg = (types: string[] | null | undefined) => (types?.length ? types : null);

const articles = spec(articlesOfEntity);

export const LIST_FIELDS: Record<string, Record<string, ListField>> = {
  Unit: {
    articles,
    ancestors: (args, config) => spec(unitHierarchy('up', depthArg(args.maxDepth)))(args, config),
    children: spec(unitHierarchy('down', 1)),
    descendants: (args, config) => spec(unitHierarchy('down', depthArg(args.maxDepth)))(args, config),
    members: factSpec(membersOfUnit, (a) => ({ role: a.role ?? null })),
    honours: (args, config) => {
      if (!args.includeSubunits && !args.includeMembers) return factSpec(awardsOfRecipient)(args, config);
      const depth = args.includeSubunits ? depthArg(args.maxDepth) : 0;
      return factSpec(awardsOfUnitSubtree(depth), (a) => ({ includeMembers: Boolean(a.includeMembers) }))(args, config);
    },
    initiatives: factSpec(initiativesOfLeader),
    partners: factSpec(partnersOfUnit),
    conferred: factSpec(awardsConferredBy),
  },
  Person: {
    articles,
    memberships: factSpec(membershipsOfPerson),
    honours: factSpec(awardsOfRecipient),
    initiatives: factSpec(initiativesOfLeader),
  },
  Honour: {
    articles,
    recipients: factSpec(awardsOfHonour, (a) => ({ year: a.year ?? null })),
  },
  Initiative: {
    articles,
    leaders: factSpec(leadersOfInitiative),
  },
  Organization: {
    articles,
    partners: factSpec(partnersOfOrganization),
    conferred: factSpec(awardsConferredBy),
  },
  Entity: { articles },
  Article: {
    entities: spec(entitiesOfArticle, (a) => ({ types: typesArg(a.types) })),
    facts: factSpec(factsOfArticle, (a) => ({ types: typesArg(a.types) })),
  },
};

/**
 * Fields whose value is the node of a list's first item (a unit's parent): read
 * like list fields, so they come with the query of the node they are on, and
 * the lists selected under them too.
 */
export const FIRST_ITEM_FIELDS: Record<string, Record<string, ListField>> = {
  Unit: {
    // The first parent by name, should the articles name several.
    parent: () => ({ list: unitHierarchy('up', 1), params: {}, window: { offset: 0, limit: 1 } }),
  },
};

/** The spec builder of a list field or first-item field, and which of the two it is. */
export function fieldSpec(typeName: string, fieldName: string): { build: ListField; firstItem: boolean } | undefined {
  const list = LIST_FIELDS[typeName]?.[fieldName];
  if (list) return { build: list, firstItem: false };
  const first = FIRST_ITEM_FIELDS[typeName]?.[fieldName];
  return first && { build: first, firstItem: true };
}
