// Public API of the question bank.
export * from './types';
export { questions, getQuestion, questionsByKind, variantGroups, canonicalSlug } from './bank';
export { SEED_FILES, SEED_SECTIONS, seedRef } from './bank/seed-sections';
export { suggestRubricScore, normaliseText, type RubricSuggestion } from './rubric';
export { questionSchema, crossEntryProblems } from './schema';
export { Prng, roundTo } from './prng';
export { codingSlug } from './coding/define';
export { trainingSlug } from './training/define';
export { WORKED_EXAMPLES } from './coding/worked-examples.generated';
