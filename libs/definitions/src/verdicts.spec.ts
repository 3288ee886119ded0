import { RUN_ENDING_VERDICTS, VERDICT_NAMES, VERDICTS, verdictDefinition } from './verdicts';

describe('the verdict table', () => {
  it('has unique names, each described', () => {
    expect(new Set(VERDICT_NAMES).size).toBe(VERDICTS.length);
    for (const v of VERDICTS) expect(v.description.length).toBeGreaterThan(0);
  });

  it('only a written answer awaiting review is not final; only the platform\'s failure is retried, not the candidate\'s', () => {
    expect(VERDICTS.filter((v) => !v.final).map((v) => v.name)).toEqual(['PENDING_REVIEW']);
    expect(verdictDefinition('INTERNAL_ERROR').candidateFault).toBe(false);
    expect(verdictDefinition('COMPILE_ERROR').candidateFault).toBe(true);
  });

  it('names the sandbox errors that end a run', () => {
    expect(RUN_ENDING_VERDICTS).toEqual(['TIME_LIMIT_EXCEEDED', 'MEMORY_LIMIT_EXCEEDED', 'OUTPUT_LIMIT_EXCEEDED', 'RUNTIME_ERROR']);
  });
});
