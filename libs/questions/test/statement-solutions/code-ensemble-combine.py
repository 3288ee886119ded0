import numpy as np


def combine(method, predictions, weights=None):
    p = np.asarray(predictions, dtype=np.float64)
    m = p.shape[0]
    w = np.ones(m) if weights is None else np.asarray(weights, dtype=np.float64)
    if method == "weighted_average":
        w = w / w.sum()
        probs = np.tensordot(w, p, axes=1)
        # argmax returns the first maximum: ties go to the smaller class
        return {"probs": probs, "labels": np.argmax(probs, axis=1).astype(int)}
    votes = np.asarray(predictions).astype(int)
    labels = []
    for j in range(votes.shape[1]):
        tally = {}
        for i in range(m):
            tally[votes[i, j]] = tally.get(votes[i, j], 0.0) + w[i]
        best = max(tally.values())
        labels.append(min(label for label, v in tally.items() if v == best))
    return {"probs": None, "labels": labels}
