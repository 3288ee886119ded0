import math
from collections import Counter

def _ngrams(words, n):
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]

def _clipped(refs, hyp, n):
    counts = Counter(_ngrams(hyp, n))
    max_ref = {}
    for r in refs:
        rc = Counter(_ngrams(r, n))
        for g in counts:
            max_ref[g] = max(max_ref.get(g, 0), rc.get(g, 0))
    num = sum(min(c, max_ref.get(g, 0)) for g, c in counts.items())
    den = max(1, sum(counts.values()))
    return num, den

def bleu(references=None, hypothesis=None, weights=(0.25, 0.25, 0.25, 0.25), smoothing="none",
         list_of_references=None, hypotheses=None):
    if hypotheses is None:
        list_of_references, hypotheses = [references], [hypothesis]
    weights = [float(w) for w in weights]
    nmax = len(weights)
    nums = [0] * nmax
    dens = [0] * nmax
    hyp_len = ref_len = 0
    for refs, hyp in zip(list_of_references, hypotheses):
        refs = [list(r) for r in refs]
        hyp = list(hyp)
        for i in range(nmax):
            a, b = _clipped(refs, hyp, i + 1)
            nums[i] += a
            dens[i] += b
        h = len(hyp)
        hyp_len += h
        ref_len += min((len(r) for r in refs), key=lambda L: (abs(L - h), L))
    if hyp_len > ref_len:
        bp = 1.0
    elif hyp_len == 0:
        bp = 0.0
    else:
        bp = math.exp(1 - ref_len / hyp_len)
    if nums[0] == 0:
        return {"bleu": 0.0, "brevity_penalty": bp}
    ps = []
    for i in range(nmax):
        if nums[i] == 0:
            if smoothing == "method1":
                ps.append(0.1 / dens[i])
            else:
                return {"bleu": 0.0, "brevity_penalty": bp}
        else:
            ps.append(nums[i] / dens[i])
    s = math.fsum(w * math.log(p) for w, p in zip(weights, ps))
    return {"bleu": bp * math.exp(s), "brevity_penalty": bp}
