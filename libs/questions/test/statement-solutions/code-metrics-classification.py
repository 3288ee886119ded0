import numpy as np

def _div(a, b):
    return a / b if b != 0 else 0.0

def classification(y_true, y_pred, average="binary", pos_label=1):
    t = np.asarray(y_true, dtype=np.int64).reshape(-1)
    p = np.asarray(y_pred, dtype=np.int64).reshape(-1)
    labels = sorted(set(t.tolist()) | set(p.tolist()))
    idx = {c: i for i, c in enumerate(labels)}
    k = len(labels)
    cm = np.zeros((k, k), dtype=np.int64)
    for a, b in zip(t.tolist(), p.tolist()):
        cm[idx[a], idx[b]] += 1
    accuracy = float(np.mean(t == p)) if t.size else 0.0
    tp = np.diag(cm).astype(np.float64)
    pred_count = cm.sum(axis=0).astype(np.float64)
    true_count = cm.sum(axis=1).astype(np.float64)
    prec = np.array([_div(tp[i], pred_count[i]) for i in range(k)])
    rec = np.array([_div(tp[i], true_count[i]) for i in range(k)])
    f1 = np.array([_div(2 * prec[i] * rec[i], prec[i] + rec[i]) for i in range(k)])
    if average == "binary":
        if pos_label in idx:
            i = idx[pos_label]
            P, R, F = prec[i], rec[i], f1[i]
        else:
            P = R = F = 0.0
    elif average == "micro":
        TP, PC, TC = tp.sum(), pred_count.sum(), true_count.sum()
        P, R = _div(TP, PC), _div(TP, TC)
        F = _div(2 * P * R, P + R)
    elif average == "macro":
        P, R, F = prec.mean(), rec.mean(), f1.mean()
    elif average == "weighted":
        s = true_count.sum()
        P, R, F = _div((prec * true_count).sum(), s), _div((rec * true_count).sum(), s), _div((f1 * true_count).sum(), s)
    else:
        raise ValueError(average)
    return {"accuracy": accuracy, "precision": float(P), "recall": float(R), "f1": float(F),
            "labels": labels, "confusion_matrix": cm.tolist()}
