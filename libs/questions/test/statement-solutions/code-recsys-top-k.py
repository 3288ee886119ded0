import numpy as np

def top_k(user_table, item_table, w, b, user_id, k, exclude=()):
    users = np.asarray(user_table, dtype=np.float64)
    items = np.asarray(item_table, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64).reshape(-1)
    b = float(np.asarray(b, dtype=np.float64).reshape(-1)[0])
    d = users.shape[1]
    u = users[int(user_id)]
    scores = float(u @ w[:d]) + items @ w[d:] + b
    banned = {int(e) for e in np.asarray(exclude).reshape(-1)}
    candidates = [i for i in range(items.shape[0]) if i not in banned]
    candidates.sort(key=lambda i: (-scores[i], i))
    chosen = candidates[: int(k)]
    return {"items": chosen, "scores": [float(scores[i]) for i in chosen]}
