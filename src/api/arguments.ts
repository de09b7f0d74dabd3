// Checks and normal forms of user arguments that GraphQL's types cannot express.
import { toSimplified } from '../text/simplify.js';
import { badUserInput } from './errors.js';

export function intInRange(argumentName: string, value: number, min: number, max: number): number {
  if (value < min || value > max) throw badUserInput(`${argumentName} must be between ${min} and ${max}`, { argumentName });
  return value;
}

/** The graph is in Simplified characters; so is what users search for. */
export const foldText = (text: string): string => toSimplified(text).trim();

/** Names in the graph are also without quotes or spaces (ONTOLOGY.md). */
export const foldName = (name: string): string => foldText(name).replace(/[\s"'“”‘’「」『』《》]/g, '');

/** `publishedTo` is an inclusive date; the store compares `publishedAt < ` the next day. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
