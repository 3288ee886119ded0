import { DEFAULT_QUESTION_LIMITS, DEFAULT_SANDBOX_LIMITS, MAX_QUESTION_MEMORY_MB, MAX_QUESTION_TIME_MS, SANDBOX_HARD_CEILINGS } from './limits';

describe('limits', () => {
  it('every default is within its ceiling', () => {
    for (const [field, value] of Object.entries(DEFAULT_SANDBOX_LIMITS)) {
      expect(value).toBeLessThanOrEqual(SANDBOX_HARD_CEILINGS[field as keyof typeof SANDBOX_HARD_CEILINGS]);
    }
    expect(DEFAULT_QUESTION_LIMITS.memoryMb).toBeLessThanOrEqual(MAX_QUESTION_MEMORY_MB);
    expect(DEFAULT_QUESTION_LIMITS.timeMsPerTest).toBeLessThanOrEqual(MAX_QUESTION_TIME_MS);
  });
});
