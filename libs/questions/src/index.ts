// Public API of the question bank.
export * from './types';
export { questions, getQuestion, questionsByKind, variantGroups, canonicalSlug } from './bank';
export { SEED_FILES, SEED_HEADINGS, SEED_SECTIONS, seedRef } from './bank/seed-sections';
export { CONCEPTUAL_SEEDS, conceptualBySeed, type ConceptualSeed } from './bank/conceptual';
export { suggestRubricScore, suggestAnswerScore, normaliseText, type RubricSuggestion, type AnswerSuggestion } from './rubric';
export { questionSchema, crossEntryProblems, questionKindSchema, languageSchema, langSchema, difficultySchema } from './schema';
export { Prng, roundTo } from './prng';
export { codingSlug } from './coding/define';
export { outputChecks, outputChecksText, type OutputCheck, type CheckedOutputs } from './coding/output-checks';
export { trainingSlug } from './training/define';
export { WORKED_EXAMPLES } from './bank/worked-examples';
export { judgingFingerprint, FINGERPRINT_SEEDS } from './versioning/judging-fingerprint';
export { stableStringify } from './versioning/stable-json';
export { storedContent, contentHash, type StoredContent } from './versioning/stored-content';
export {
  parseQuestionFile,
  fileLanguages,
  QuestionFileError,
  questionFileSchema,
  MAX_QUESTION_FILE_BYTES,
  MAX_TESTS,
  type QuestionFile,
  type QuestionFileProblem,
  type CodingSection,
  type ConceptualSection,
  type TrainingSection,
  type QuestionTest,
  type ParameterType,
} from './company/question-file';
export { parseTrainingData, MIN_TRAINING_ROWS, TRAINING_SPLIT_SEED, type TrainingData } from './company/training-data';
export { isQuestionFile, conceptualEntryOf } from './company/as-bank-entry';
