import numpy as np


def decode(logits, start_id, eos_id, max_new_tokens, strategy, u, k=None, p=None, temperature=1):
    logits = np.asarray(logits, dtype=np.float64)
    tokens = []
    prev = int(start_id)
    for step in range(int(max_new_tokens)):
        row = logits[prev]
        if strategy == "greedy":
            nxt = int(np.argmax(row))  # first (smallest) id among equal maxima
        else:
            z = row / float(temperature)
            e = np.exp(z - z.max())
            probs = e / e.sum()
            order = np.argsort(-probs, kind="stable")  # decreasing probability, smaller id first on ties
            if strategy == "top_k":
                kept = order[: int(k)]
            else:
                mass = np.cumsum(probs[order])
                reach = int(np.argmax(mass >= p)) if np.any(mass >= p) else len(order) - 1
                kept = order[: reach + 1]
            kept = np.sort(kept)
            q = probs[kept] / probs[kept].sum()
            cum = np.cumsum(q)
            above = np.nonzero(cum > u[step])[0]
            nxt = int(kept[above[0]] if len(above) else kept[-1])
        tokens.append(nxt)
        prev = nxt
        if nxt == eos_id:
            break
    return {"tokens": tokens}
