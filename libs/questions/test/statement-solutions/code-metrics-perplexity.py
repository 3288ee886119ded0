import numpy as np

def perplexity(logits=None, targets=None, log_probs=None):
    if log_probs is not None:
        lp = np.asarray(log_probs, dtype=np.float64).reshape(-1)
    else:
        z = np.asarray(logits, dtype=np.float64)
        s = z - z.max(axis=-1, keepdims=True)
        ls = s - np.log(np.exp(s).sum(axis=-1, keepdims=True))
        tg = np.asarray(targets, dtype=np.int64)
        lp = ls[np.arange(z.shape[0]), tg]
    nll = float(-lp.mean())
    return {"perplexity": float(np.exp(nll)), "nll": nll}
