// The error of an invalid question file: every problem found, each naming its field as a path.
/** One problem of a question file, at a field path. */
export interface QuestionFileProblem {
  field: string;
  message: string;
}

/** The file is not a valid question: every problem found, each naming its field. */
export class QuestionFileError extends Error {
  constructor(readonly problems: QuestionFileProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'QuestionFileError';
  }

  /** The first problem's field (GraphQL errors name one field). */
  get field(): string {
    return this.problems[0]?.field ?? '';
  }
}
