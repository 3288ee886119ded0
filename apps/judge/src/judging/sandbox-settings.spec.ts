import { parseLanguage } from '@app/definitions';
import { gpusFor, runtimeFor, sandboxLimitsFor } from './sandbox-settings';
import { resolveLimits, SANDBOX_HARD_CEILINGS } from '../sandbox';

describe('sandbox settings of a question', () => {
  it('maps languages to runtimes', () => {
    expect(runtimeFor('PYTHON')).toBe('python');
    expect(runtimeFor('JAVASCRIPT')).toBe('node');
    expect(parseLanguage('Python')).toBe('PYTHON');
    expect(parseLanguage('js')).toBe('JAVASCRIPT');
    expect(parseLanguage('rust')).toBeUndefined();
  });

  it("takes the question's memory, one CPU, and is clamped to the hard ceilings", () => {
    expect(sandboxLimitsFor({ memoryMb: 256 })).toEqual({ memoryBytes: 256 * 2 ** 20, cpus: 1 });
    const huge = resolveLimits(sandboxLimitsFor({ memoryMb: 1_000_000 }));
    expect(huge.memoryBytes).toBe(SANDBOX_HARD_CEILINGS.memoryBytes);
  });

  it('gives GPUs only when the worker has them, the question allows them and the runtime can use them', () => {
    expect(gpusFor('', { gpu: true }, 'PYTHON')).toBeUndefined();
    expect(gpusFor('all', { gpu: false }, 'PYTHON')).toBeUndefined();
    expect(gpusFor('all', { gpu: true }, 'JAVASCRIPT')).toBeUndefined();
    expect(gpusFor('all', { gpu: true }, 'PYTHON')).toEqual({ count: -1 });
    expect(gpusFor('0,1', { gpu: true }, 'PYTHON')).toEqual({ deviceIds: ['0', '1'] });
  });
});
