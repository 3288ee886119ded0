import type { ZodType } from 'zod';
import { AppError } from '../../common/app-error';
import { parseGreenhouse, responseErrorRequest, sendTestRequest } from './greenhouse-requests';

const candidate = { first_name: 'Kate', last_name: 'Austen', email: 'kate@example.com', greenhouse_profile_url: 'https://app.greenhouse.io/people/1' };

function refusal(body: unknown, schema: ZodType = sendTestRequest): AppError {
  try {
    parseGreenhouse(schema, body);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('accepted');
}

describe('Greenhouse request bodies', () => {
  it('takes the documented send_test body, ids as strings or numbers', () => {
    expect(parseGreenhouse(sendTestRequest, { partner_test_id: 12345, candidate, url: 'https://app.greenhouse.io/x/1' })).toMatchObject({ partner_test_id: '12345', candidate: { email: 'kate@example.com' } });
    expect(parseGreenhouse(sendTestRequest, { partner_test_id: 'abc', candidate: { ...candidate, resume_url: null }, extra: true }).partner_test_id).toBe('abc');
  });

  it('names the field at fault', () => {
    expect(refusal({ candidate })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner_test_id', message: 'partner_test_id is required' });
    expect(refusal({ partner_test_id: '1', candidate: { ...candidate, email: 'not-an-email' } })).toMatchObject({ field: 'candidate.email' });
    expect(refusal({ partner_test_id: '1', candidate, url: 'ftp://x/y' })).toMatchObject({ field: 'url' });
    expect(refusal(undefined)).toMatchObject({ field: 'partner_test_id' });
    expect(refusal({ api_call: 'test_status', errors: 'not a list' }, responseErrorRequest)).toMatchObject({ field: 'errors' });
  });
});
