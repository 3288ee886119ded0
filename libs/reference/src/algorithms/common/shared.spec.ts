import { compareCodePoints, roundHalfEven } from './shared';

test('roundHalfEven matches Python round / C nearbyint', () => {
  expect([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, 2.5001, 7].map(roundHalfEven)).toEqual([-2, -2, -0, 0, 2, 2, 2, 3, 7]);
});

test('compareCodePoints sorts like Python (astral characters after U+FFxx)', () => {
  const words = ['\u{1F600}x', '\uFF21b', 'ab', 'a'];
  expect([...words].sort(compareCodePoints)).toEqual(['a', 'ab', '\uFF21b', '\u{1F600}x']);
  expect([...words].sort()).not.toEqual([...words].sort(compareCodePoints)); // the default differs
});
