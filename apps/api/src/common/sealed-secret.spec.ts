import { seal, unseal } from './sealed-secret';

const KEY = 'k'.repeat(40);

describe('sealed secrets', () => {
  it('opens what it sealed, and only with the same key and purpose', () => {
    const sealed = seal('mlj_abc.def', KEY, 'greenhouse');
    expect(sealed).not.toContain('mlj_abc');
    expect(unseal(sealed, KEY, 'greenhouse')).toBe('mlj_abc.def');
    expect(unseal(sealed, 'x'.repeat(40), 'greenhouse')).toBeNull();
    expect(unseal(sealed, KEY, 'other')).toBeNull();
  });

  it('refuses an altered or malformed value', () => {
    const sealed = seal('secret', KEY, 'p');
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(unseal([v, iv, tag, flipped.toString('base64url')].join('.'), KEY, 'p')).toBeNull();
    expect(unseal('v2.a.b.c', KEY, 'p')).toBeNull();
    expect(unseal('garbage', KEY, 'p')).toBeNull();
  });

  it('uses a fresh nonce each time', () => {
    expect(seal('same', KEY, 'p')).not.toBe(seal('same', KEY, 'p'));
  });
});
