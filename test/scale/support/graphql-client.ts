// GraphQL over plain HTTP (fetch) to a spawned API, keeping the raw body so tests can check
// that failures never leak internals.
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
  raw: string;
}

export async function gql<T = Record<string, unknown>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 30_000): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
  const raw = await response.text();
  let body: { data?: T | null; errors?: GqlResult['errors'] } = {};
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON: the caller sees it in raw
  }
  return { status: response.status, data: body.data, errors: body.errors, raw };
}

/** Throws with the errors unless the call returned data for `field`. */
export function must<T>(result: GqlResult, field: string): T {
  const value = result.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed (${result.status}): ${result.raw.slice(0, 500)}`);
  return value as T;
}
