import { questions as bank } from '@app/questions';
import { ApiHarness, errorCode, signUpCompany, startApi } from '../support/api-harness';

const LIST = `query($first: Int, $after: String, $filter: QuestionFilter) {
  questions(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id slug kind title(lang: EN) tags languages algorithmIds } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('question bank through the API', () => {
  let api: ApiHarness;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    token = (await signUpCompany(api)).token;
  });
  afterAll(async () => {
    await api.close();
  });

  it('pages through the whole bank, every entry once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await api.gql(LIST, { first: 40, after }, token);
      expect(page.errors).toBeUndefined();
      total = page.data.questions.totalCount;
      seen.push(...page.data.questions.edges.map((e: any) => e.node.slug));
      after = page.data.questions.pageInfo.hasNextPage ? page.data.questions.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(bank.length);
    expect(new Set(seen).size).toBe(bank.length);
    expect(seen.sort()).toEqual(bank.map((q) => q.slug).sort());
  });

  it('filters by kind and tag', async () => {
    const coding = await api.gql(LIST, { first: 100, filter: { kind: 'CODING' } }, token);
    const expectedCoding = bank.filter((q) => q.kind === 'CODING');
    expect(coding.data?.questions.totalCount).toBe(expectedCoding.length);
    for (const edge of coding.data?.questions.edges ?? []) {
      expect(edge.node.kind).toBe('CODING');
      expect(edge.node.languages).toEqual(['PYTHON', 'JAVASCRIPT']);
      expect(edge.node.algorithmIds).toHaveLength(1);
    }
    const tagged = await api.gql(LIST, { first: 100, filter: { tag: 'attention' } }, token);
    expect(tagged.data?.questions.totalCount).toBe(bank.filter((q) => q.tags.includes('attention')).length);
    expect(tagged.data?.questions.totalCount).toBeGreaterThan(0);
  });

  it('searches across both languages', async () => {
    const zh = await api.gql(LIST, { first: 100, filter: { search: '注意力' } }, token);
    const en = await api.gql(LIST, { first: 100, filter: { search: 'Attention' } }, token);
    const expected = (needle: string) =>
      bank.filter((q) => [q.slug, ...q.tags, q.title.zh, q.title.en, q.prompt.zh, q.prompt.en].join('\n').toLowerCase().includes(needle)).length;
    expect(zh.data?.questions.totalCount).toBe(expected('注意力'));
    expect(en.data?.questions.totalCount).toBe(expected('attention'));
    expect(zh.data?.questions.totalCount).toBeGreaterThan(0);
    expect(en.data?.questions.totalCount).toBeGreaterThan(0);
  });

  it('serves one question with both languages, model answer, rubric and limits', async () => {
    const attention = bank.find((q) => q.slug === 's003-4-attention-mechanism');
    const coding = bank.find((q) => q.kind === 'CODING' && q.algorithmId === 'attention.scaled_dot_product');
    if (!attention || attention.kind !== 'CONCEPTUAL' || !coding || coding.kind !== 'CODING') throw new Error('bank changed');

    const list = await api.gql(LIST, { first: 100, filter: { search: attention.slug } }, token);
    const id = list.data?.questions.edges[0].node.id;
    const response = await api.gql(
      `query($id: ID!) { question(id: $id) { id slug kind title(lang: ZH) prompt(lang: EN) source { seed section heading }
        languages modelAnswer(lang: EN) rubric { id point weight keywords } related } }`,
      { id },
      token,
    );
    expect(response.errors).toBeUndefined();
    const question = response.data?.question;
    expect(question).toMatchObject({ slug: attention.slug, kind: 'CONCEPTUAL', title: attention.title.zh, prompt: attention.prompt.en });
    expect(question.source).toEqual(attention.source);
    expect(question.modelAnswer).toBe(attention.modelAnswer.en);
    expect(question.rubric.map((p: any) => p.id)).toEqual(attention.rubric.map((p) => p.id));
    expect(question.related).toContain(coding.slug);

    const codingList = await api.gql(LIST, { first: 1, filter: { search: coding.slug } }, token);
    const codingResponse = await api.gql(
      `query($id: ID!) { question(id: $id) { starterCode(language: PYTHON) js: starterCode(language: JAVASCRIPT) limits { timeMs memoryMb gpu } outputChecks { field exact } } }`,
      { id: codingList.data?.questions.edges[0].node.id },
      token,
    );
    expect(codingResponse.data?.question).toEqual({
      starterCode: coding.starterCode.PYTHON,
      js: coding.starterCode.JAVASCRIPT,
      limits: { timeMs: coding.limits.timeMsPerTest, memoryMb: coding.limits.memoryMb, gpu: coding.limits.gpu },
      outputChecks: coding.checkedFields.map((field) => ({ field, exact: (coding.tolerance[field] ?? coding.defaultTolerance) === 'exact' })),
    });
  });

  it('answers bad filters and pages with BAD_USER_INPUT, unknown ids with NOT_FOUND', async () => {
    const tooMany = await api.gql(LIST, { first: 101 }, token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badKind = await api.gql(`{ questions(filter: {kind: ESSAY}) { totalCount } }`, {}, token);
    expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
    const unknownFilter = await api.gql(LIST, { filter: { difficulty: 'HARD' } }, token);
    expect(errorCode(unknownFilter)).toBe('BAD_USER_INPUT');
    const missing = await api.gql(`{ question(id: "nope") { id } }`, {}, token);
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('is closed to anonymous callers', async () => {
    expect(errorCode(await api.gql(LIST, { first: 1 }))).toBe('UNAUTHENTICATED');
  });
});
