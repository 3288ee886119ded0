import { requestLoader } from './request-loaders';

describe('requestLoader', () => {
  it('batches the keys of one tick into one call, per request context', async () => {
    const calls: string[][] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push([...keys]);
      return keys.map((key) => `value of ${key}`);
    };
    const request = {};
    const values = await Promise.all(['a', 'b', 'c'].map((key) => requestLoader(request, 'things', batch).load(key)));
    expect(values).toEqual(['value of a', 'value of b', 'value of c']);
    expect(calls).toEqual([['a', 'b', 'c']]);
    // Same request: cached. Another request: its own loader, loaded again.
    await requestLoader(request, 'things', batch).load('a');
    await requestLoader({}, 'things', batch).load('a');
    expect(calls).toEqual([['a', 'b', 'c'], ['a']]);
  });
});
