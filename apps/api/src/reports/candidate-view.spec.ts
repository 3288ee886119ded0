import { candidateView, isHiddenFrom } from './candidate-view';

const alice = { id: 'c1', name: 'Alice', email: 'alice@example.test', externalId: 'ats-1' };

describe('candidateView', () => {
  it('hides the identity from graders of anonymised sets only', () => {
    expect(isHiddenFrom('GRADER', true)).toBe(true);
    expect(isHiddenFrom('GRADER', false)).toBe(false);
    expect(isHiddenFrom('RECRUITER', true)).toBe(false);
    expect(isHiddenFrom('ADMIN', true)).toBe(false);
  });

  it('shows "Candidate <n>" without e-mail or ATS id when hidden, the real identity otherwise', () => {
    expect(candidateView(alice, true, 3)).toEqual({ id: 'c1', name: 'Candidate 3', email: null, externalId: null, anonymized: true });
    expect(candidateView(alice, false, undefined)).toEqual({ ...alice, anonymized: false });
  });
});
