// The bodies Greenhouse sends, as its Assessment Partner API documents them, checked with one
// schema each so that a refusal names the field (`candidate.email`). Unknown fields are ignored:
// Greenhouse may add some. Its own examples send ids as numbers although it documents strings,
// so both are taken.
import { z } from 'zod';
import { AppError } from '../../common/app-error';

const id = z.union([z.string().trim().min(1).max(200), z.number().int().nonnegative()]).transform(String);
const optionalText = z.string().max(2000).nullish();

export const sendTestRequest = z.object({
  partner_test_id: id,
  candidate: z.object({
    first_name: z.string().trim().min(1).max(200),
    last_name: z.string().trim().max(200),
    email: z.email().max(320),
    resume_url: optionalText,
    phone_number: optionalText,
    greenhouse_profile_url: optionalText,
  }),
  /** Where to PATCH once the test is complete (Greenhouse then asks test_status). */
  url: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
});
export type SendTestRequest = z.infer<typeof sendTestRequest>;

export const testStatusQuery = z.object({ partner_interview_id: z.string().trim().min(1).max(200) });

export const responseErrorRequest = z.object({
  api_call: z.string().max(200),
  errors: z.array(z.string().max(2000)).max(100),
  partner_test_id: id.nullish(),
  partner_test_name: z.string().max(500).nullish(),
  partner_interview_id: id.nullish(),
  candidate_email: z.string().max(320).nullish(),
});
export type ResponseErrorRequest = z.infer<typeof responseErrorRequest>;

/** The parsed body, or a BAD_USER_INPUT naming the first field at fault. */
export function parseGreenhouse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  const given = issue.path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), body);
  const message = given === undefined && field ? `${field} is required` : `${field ?? 'body'}: ${issue.message}`;
  throw new AppError('BAD_USER_INPUT', message, field);
}
