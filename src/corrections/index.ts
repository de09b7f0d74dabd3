export { mergeEntities, renameEntity, splitAlias, splitEntity } from './entities.js';
export { confirmFact, rejectFact, setFactProperty, type FactProperty } from './facts.js';
export { undoCorrection } from './undo.js';
export { CorrectionError } from './errors.js';
export type { Actor, CorrectionResult } from './run.js';
