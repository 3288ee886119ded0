import { deriveVerdict, verdictFromFraction } from './verdict';

const pass = { passed: true };
const fail = { passed: false };

describe('deriveVerdict (documented order)', () => {
  it('ACCEPTED when all pass, PARTIAL when some, WRONG_ANSWER when none', () => {
    expect(deriveVerdict({ compileError: false, tests: [pass, pass] })).toBe('ACCEPTED');
    expect(deriveVerdict({ compileError: false, tests: [pass, fail] })).toBe('PARTIAL');
    expect(deriveVerdict({ compileError: false, tests: [fail, fail] })).toBe('WRONG_ANSWER');
  });

  it('COMPILE_ERROR comes before everything', () => {
    expect(deriveVerdict({ compileError: true, tests: [{ passed: false, errorType: 'COMPILE_ERROR' }] })).toBe('COMPILE_ERROR');
  });

  it('the first run-ending error in test order names the verdict, even when other tests passed', () => {
    const tests = [
      pass,
      { passed: false, errorType: 'MEMORY_LIMIT_EXCEEDED' as const },
      { passed: false, errorType: 'TIME_LIMIT_EXCEEDED' as const },
    ];
    expect(deriveVerdict({ compileError: false, tests })).toBe('MEMORY_LIMIT_EXCEEDED');
    expect(deriveVerdict({ compileError: false, tests: [fail, { passed: false, errorType: 'RUNTIME_ERROR' }] })).toBe('RUNTIME_ERROR');
    expect(deriveVerdict({ compileError: false, tests: [{ passed: false, errorType: 'OUTPUT_LIMIT_EXCEEDED' }, pass] })).toBe(
      'OUTPUT_LIMIT_EXCEEDED',
    );
  });

  it('tests never run after a crash do not name the verdict', () => {
    const tests = [pass, { passed: false, errorType: 'TIME_LIMIT_EXCEEDED' as const }, { passed: false, errorType: 'NOT_RUN' as const }];
    expect(deriveVerdict({ compileError: false, tests })).toBe('TIME_LIMIT_EXCEEDED');
  });

  it('a training score maps to ACCEPTED at 1, PARTIAL between, WRONG_ANSWER at 0', () => {
    expect(verdictFromFraction(1)).toBe('ACCEPTED');
    expect(verdictFromFraction(0.4)).toBe('PARTIAL');
    expect(verdictFromFraction(0)).toBe('WRONG_ANSWER');
  });
});
