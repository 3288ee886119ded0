// Webhooks end to end: the real API (PostgreSQL copy, Redis, BullMQ delivery worker) posting to
// receivers started here on 127.0.0.1. Retries use a 200 ms base backoff so the suite stays fast.
import { createHmac } from 'node:crypto';
import { PrismaService } from '@app/platform';
import { WebhookEvents } from '../../apps/api/src/webhooks/webhook-events.service';
import { ApiHarness, CompanySession, errorCode, signUpCompany, startApi } from '../support/api-harness';
import { type Behaviour, type Receiver, startReceiver } from '../support/http-receiver';
import { waitFor } from '../support/wait-for';

const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id url events active } secret } }`;
const UPDATE_WEBHOOK = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id url events active } }`;
const DELETE_WEBHOOK = `mutation($id: ID!) { deleteWebhook(id: $id) { id } }`;
const WEBHOOKS = `{ webhooks { totalCount edges { node { id url events active } } } }`;
const DELIVERIES = `query($webhookId: ID!) { webhookDeliveries(webhookId: $webhookId) {
  totalCount edges { node { id event status attempts lastStatusCode lastError createdAt deliveredAt } } } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

const TEST_SETTINGS = { WEBHOOK_BACKOFF_MS: '200', WEBHOOK_MAX_ATTEMPTS: '5', WEBHOOK_TIMEOUT_MS: '1000' };
const MAX_ATTEMPTS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DeliveryRow {
  id: string;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

describe('webhooks (HTTP, real PostgreSQL, Redis and BullMQ)', () => {
  let api: ApiHarness;
  let events: WebhookEvents;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    api = await startApi(TEST_SETTINGS);
    events = api.app.get(WebhookEvents);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await api.close();
  });

  async function receiver(behaviour?: Behaviour, port?: number): Promise<Receiver> {
    const started = await startReceiver(behaviour, port);
    receivers.push(started);
    return started;
  }

  async function createWebhook(session: CompanySession, url: string, events = ['SUBMISSION_JUDGED']) {
    const response = await api.gql(CREATE_WEBHOOK, { input: { url, events } }, session.token);
    expect(response.errors).toBeUndefined();
    return response.data?.createWebhook as { webhook: { id: string; url: string; events: string[] }; secret: string };
  }

  async function deliveries(session: CompanySession, webhookId: string): Promise<DeliveryRow[]> {
    const response = await api.gql(DELIVERIES, { webhookId }, session.token);
    expect(response.errors).toBeUndefined();
    return response.data?.webhookDeliveries.edges.map((edge: { node: DeliveryRow }) => edge.node);
  }

  /** Waits until every delivery of the webhook has left PENDING. */
  function settled(session: CompanySession, webhookId: string, count: number) {
    return waitFor(`${count} settled deliveries`, async () => {
      const rows = await deliveries(session, webhookId);
      return rows.length === count && rows.every((row) => row.status !== 'PENDING') ? rows : undefined;
    }, 20_000);
  }

  it('creates a webhook for an ADMIN, shows its secret once, and lists it without the secret', async () => {
    const admin = await signUpCompany(api);
    const { webhook, secret } = await createWebhook(admin, 'http://127.0.0.1:9/hook', ['SUBMISSION_JUDGED', 'SUBMISSION_REVIEWED']);
    expect(webhook).toEqual({ id: expect.any(String), url: 'http://127.0.0.1:9/hook', events: ['SUBMISSION_JUDGED', 'SUBMISSION_REVIEWED'], active: true });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const list = await api.gql(WEBHOOKS, {}, admin.token);
    expect(list.data?.webhooks).toEqual({ totalCount: 1, edges: [{ node: webhook }] });
    // The Webhook type has no secret field at all.
    expect(errorCode(await api.gql(`{ webhooks { edges { node { secret } } } }`, {}, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('lets only an ADMIN manage webhooks', async () => {
    const admin = await signUpCompany(api);
    const { webhook } = await createWebhook(admin, 'http://127.0.0.1:9/hook');
    for (const role of ['RECRUITER', 'GRADER']) {
      const key = await api.gql(CREATE_API_KEY, { input: { name: role, role } }, admin.token);
      const token = key.data?.createApiKey.secret;
      expect(errorCode(await api.gql(CREATE_WEBHOOK, { input: { url: 'http://127.0.0.1:9/x', events: ['ATTEMPT_FINISHED'] } }, token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(WEBHOOKS, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(DELIVERIES, { webhookId: webhook.id }, token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(DELETE_WEBHOOK, { id: webhook.id }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.gql(WEBHOOKS))).toBe('UNAUTHENTICATED');
  });

  it('refuses malformed URLs and empty or unknown event lists as BAD_USER_INPUT', async () => {
    const admin = await signUpCompany(api);
    for (const url of ['ftp://127.0.0.1/hook', 'not a url', `http://127.0.0.1/${'a'.repeat(2048)}`, 'http://user:pw@127.0.0.1/']) {
      const response = await api.gql(CREATE_WEBHOOK, { input: { url, events: ['SUBMISSION_JUDGED'] } }, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const noEvents = await api.gql(CREATE_WEBHOOK, { input: { url: 'http://127.0.0.1/hook', events: [] } }, admin.token);
    expect(noEvents.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    const unknownEvent = await api.gql(CREATE_WEBHOOK, { input: { url: 'http://127.0.0.1/hook', events: ['USER_DELETED'] } }, admin.token);
    expect(errorCode(unknownEvent)).toBe('BAD_USER_INPUT');
    expect((await api.gql(WEBHOOKS, {}, admin.token)).data?.webhooks.totalCount).toBe(0);
  });

  it('POSTs a signed JSON body to subscribed, active webhooks only', async () => {
    const admin = await signUpCompany(api);
    const target = await receiver();
    const { webhook, secret } = await createWebhook(admin, target.url, ['SUBMISSION_JUDGED']);
    const other = await receiver();
    const { webhook: inactive } = await createWebhook(admin, other.url, ['SUBMISSION_JUDGED']);
    await api.gql(UPDATE_WEBHOOK, { input: { id: inactive.id, active: false } }, admin.token);

    const payload = { submissionId: 'sub_1', verdict: 'ACCEPTED', score: 1, note: '判题完成' };
    const emitted = await events.emit(admin.companyId, 'SUBMISSION_JUDGED', payload);
    expect(emitted).toEqual([{ deliveryId: expect.any(String), webhookId: webhook.id }]);
    expect(await events.emit(admin.companyId, 'ATTEMPT_FINISHED', { attemptId: 'a1' })).toEqual([]);

    const [row] = await settled(admin, webhook.id, 1);
    expect(row).toMatchObject({ id: emitted[0].deliveryId, event: 'SUBMISSION_JUDGED', status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200, lastError: null });
    expect(Date.parse(row.deliveredAt ?? '')).toBeGreaterThanOrEqual(Date.parse(row.createdAt));

    expect(target.received).toHaveLength(1);
    const { headers, rawBody } = target.received[0];
    // The signature, recomputed here over the bytes received.
    expect(headers['x-signature']).toBe(`sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
    expect(headers['x-event']).toBe('SUBMISSION_JUDGED');
    expect(headers['x-delivery-id']).toBe(row.id);
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(rawBody.toString('utf8'))).toEqual({ id: row.id, event: 'SUBMISSION_JUDGED', createdAt: row.createdAt, data: payload });

    await sleep(300);
    expect(other.received).toHaveLength(0); // inactive
    expect(await deliveries(admin, inactive.id)).toEqual([]);
  });

  it('retries a receiver that answers 500 twice, then delivers the same signed body', async () => {
    const admin = await signUpCompany(api);
    const flaky = await receiver((n) => (n < 2 ? 500 : 200));
    const { webhook, secret } = await createWebhook(admin, flaky.url);
    await events.emit(admin.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_2' });

    const [row] = await settled(admin, webhook.id, 1);
    expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(flaky.received).toHaveLength(3);
    for (const { headers, rawBody } of flaky.received) {
      expect(headers['x-delivery-id']).toBe(row.id);
      expect(headers['x-signature']).toBe(`sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
    }
  });

  it('delivers every event to a receiver that was down and comes back', async () => {
    const admin = await signUpCompany(api);
    // Take a free port, then close it: connections are refused until the receiver returns.
    const probe = await startReceiver();
    const port = probe.port;
    await probe.close();
    const { webhook } = await createWebhook(admin, `http://127.0.0.1:${port}/hook`);
    const emitted = [];
    for (let i = 0; i < 3; i += 1) emitted.push(...(await events.emit(admin.companyId, 'SUBMISSION_JUDGED', { submissionId: `sub_${i}` })));

    const refused = await waitFor('a first failed try of each delivery', async () => {
      const rows = await deliveries(admin, webhook.id);
      return rows.length === 3 && rows.every((row) => row.attempts >= 1) ? rows : undefined;
    }, 20_000);
    for (const row of refused) {
      expect(row).toMatchObject({ status: 'PENDING', lastStatusCode: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
    }

    const back = await receiver(() => 200, port);
    const rows = await settled(admin, webhook.id, 3);
    expect(rows.map((row) => row.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(rows.every((row) => row.attempts >= 2 && row.lastStatusCode === 200)).toBe(true);
    const deliveredIds = back.received.map((request) => request.headers['x-delivery-id']);
    expect(new Set(deliveredIds)).toEqual(new Set(emitted.map((delivery) => delivery.deliveryId)));
  });

  it('times out a receiver that never answers and tries again', async () => {
    const admin = await signUpCompany(api);
    const slow = await receiver((n) => (n === 0 ? 'hang' : 200));
    const { webhook } = await createWebhook(admin, slow.url);
    await events.emit(admin.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_slow' });
    const first = await waitFor('the first try', async () => (await deliveries(admin, webhook.id)).find((row) => row.attempts === 1), 20_000);
    expect(first.lastError).toBe('No response within 1000 ms');
    const [row] = await settled(admin, webhook.id, 1);
    expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 2, lastStatusCode: 200 });
  });

  it('does not follow redirects, and marks the delivery FAILED after its last try', async () => {
    const admin = await signUpCompany(api);
    const elsewhere = await receiver();
    const redirecting = await receiver(() => ({ status: 307, headers: { location: elsewhere.url } }));
    const { webhook } = await createWebhook(admin, redirecting.url);
    await events.emit(admin.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_3' });

    const [row] = await settled(admin, webhook.id, 1);
    expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastStatusCode: 307, lastError: 'Receiver answered HTTP 307', deliveredAt: null });
    expect(redirecting.received).toHaveLength(MAX_ATTEMPTS);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('sends a delivery whose job never reached Redis when swept, and only once', async () => {
    const admin = await signUpCompany(api);
    const target = await receiver();
    const { webhook } = await createWebhook(admin, target.url);
    // As if the process stopped between writing the row and enqueuing its job.
    const orphan = await api.app.get(PrismaService).webhookDelivery.create({
      data: { companyId: admin.companyId, webhookId: webhook.id, event: 'SUBMISSION_JUDGED', payload: { submissionId: 'sub_orphan' } },
    });
    await sleep(300);
    expect(target.received).toHaveLength(0);

    await Promise.all([events.sweep(), events.sweep()]);
    const [row] = await settled(admin, webhook.id, 1);
    expect(row).toMatchObject({ id: orphan.id, status: 'SUCCEEDED', attempts: 1 });
    await events.sweep(); // nothing PENDING is left
    await sleep(300);
    expect(target.received.map((request) => request.headers['x-delivery-id'])).toEqual([orphan.id]);
  });

  it('keeps webhooks and deliveries inside their company', async () => {
    const a = await signUpCompany(api, 'A');
    const b = await signUpCompany(api, 'B');
    const aReceiver = await receiver();
    const { webhook } = await createWebhook(a, aReceiver.url);
    await events.emit(a.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_a' });
    await settled(a, webhook.id, 1);

    expect((await api.gql(WEBHOOKS, {}, b.token)).data?.webhooks.totalCount).toBe(0);
    expect(errorCode(await api.gql(DELIVERIES, { webhookId: webhook.id }, b.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UPDATE_WEBHOOK, { input: { id: webhook.id, active: false } }, b.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DELETE_WEBHOOK, { id: webhook.id }, b.token))).toBe('NOT_FOUND');

    // B's events never reach A's webhook.
    expect(await events.emit(b.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_b' })).toEqual([]);
    await sleep(300);
    expect(aReceiver.received).toHaveLength(1);

    // A's admin deletes it; its log goes with it.
    expect((await api.gql(DELETE_WEBHOOK, { id: webhook.id }, a.token)).data?.deleteWebhook).toEqual({ id: webhook.id });
    expect(errorCode(await api.gql(DELIVERIES, { webhookId: webhook.id }, a.token))).toBe('NOT_FOUND');
    expect((await api.gql(WEBHOOKS, {}, a.token)).data?.webhooks.totalCount).toBe(0);
  });
});

describe('webhooks without WEBHOOK_ALLOW_PRIVATE_NETWORKS (SSRF protection)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ ...TEST_SETTINGS, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses URLs whose host is or resolves to a private address', async () => {
    const admin = await signUpCompany(api);
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost:8080/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      const response = await api.gql(CREATE_WEBHOOK, { input: { url, events: ['SUBMISSION_JUDGED'] } }, admin.token);
      expect({ url, error: response.errors?.[0].extensions }).toMatchObject({ url, error: { code: 'BAD_USER_INPUT', field: 'url' } });
    }
    expect((await api.gql(WEBHOOKS, {}, admin.token)).data?.webhooks.totalCount).toBe(0);
  });

  it('checks the address again at delivery time', async () => {
    const admin = await signUpCompany(api);
    const target = await startReceiver();
    try {
      // A row that got past creation (as if its DNS answer changed since): written directly.
      const webhook = await api.app.get(PrismaService).webhook.create({
        data: { companyId: admin.companyId, url: target.url, events: ['SUBMISSION_JUDGED'], secret: 'whsec_x' },
      });
      await api.app.get(WebhookEvents).emit(admin.companyId, 'SUBMISSION_JUDGED', { submissionId: 'sub_ssrf' });
      const row = await waitFor('a refused try', async () => {
        const response = await api.gql(DELIVERIES, { webhookId: webhook.id }, admin.token);
        const node = response.data?.webhookDeliveries.edges[0]?.node as DeliveryRow | undefined;
        return node && node.attempts >= 1 ? node : undefined;
      }, 20_000);
      expect(row).toMatchObject({ lastStatusCode: null, lastError: expect.stringMatching(/private or reserved address/) });
      expect(target.received).toHaveLength(0);

      // Changing the URL goes through the same check.
      const update = await api.gql(UPDATE_WEBHOOK, { input: { id: webhook.id, url: 'http://localhost:8080/other' } }, admin.token);
      expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    } finally {
      await target.close();
    }
  });
});
