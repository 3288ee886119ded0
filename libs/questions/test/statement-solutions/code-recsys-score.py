import numpy as np

def score(user_table, item_table, w, b, user_ids, item_ids):
    users = np.asarray(user_table, dtype=np.float64)
    items = np.asarray(item_table, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64).reshape(-1, 1)
    b = np.asarray(b, dtype=np.float64).reshape(-1)
    u = users[np.asarray(user_ids, dtype=np.int64).reshape(-1)]
    it = items[np.asarray(item_ids, dtype=np.int64).reshape(-1)]
    x = np.concatenate([u, it], axis=1)
    return {"scores": (x @ w + b).reshape(-1).tolist()}
