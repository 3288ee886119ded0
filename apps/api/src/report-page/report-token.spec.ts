import { signReportToken, verifyReportToken } from './report-token';

const SECRET = 's'.repeat(40);
const claims = { attemptId: 'cmattempt123', expiresAt: Math.floor(Date.now() / 1000) + 3600, version: 2 };

describe('report link tokens', () => {
  it('verifies what it signed', () => {
    expect(verifyReportToken(signReportToken(claims, SECRET), SECRET)).toEqual(claims);
  });

  it('refuses a changed attempt, expiry or version, another key, an expired token and garbage', () => {
    const token = signReportToken(claims, SECRET);
    const [, exp, version, sig] = token.split('.');
    expect(verifyReportToken(`cmother456.${exp}.${version}.${sig}`, SECRET)).toBeNull();
    expect(verifyReportToken(`${claims.attemptId}.${Number(exp) + 1}.${version}.${sig}`, SECRET)).toBeNull();
    expect(verifyReportToken(`${claims.attemptId}.${exp}.3.${sig}`, SECRET)).toBeNull();
    expect(verifyReportToken(token, 'x'.repeat(40))).toBeNull();
    expect(verifyReportToken(token, SECRET, (claims.expiresAt + 1) * 1000)).toBeNull();
    expect(verifyReportToken('not-a-token', SECRET)).toBeNull();
    expect(verifyReportToken('../../etc.1.1.x', SECRET)).toBeNull();
  });
});
