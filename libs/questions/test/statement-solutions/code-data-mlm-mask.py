import numpy as np


def mlm_mask(ids, special, vocab_size, mask_id, u_select, u_action, random_ids, prob=0.15):
    ids = np.asarray(ids, dtype=np.int64)
    special = np.asarray(special)
    u_select = np.asarray(u_select, dtype=np.float64)
    u_action = np.asarray(u_action, dtype=np.float64)
    random_ids = np.asarray(random_ids, dtype=np.int64)
    selected = (special == 0) & (u_select < prob)
    out = ids.copy()
    to_mask = selected & (u_action < 0.8)
    to_random = selected & (u_action >= 0.8) & (u_action < 0.9)
    out[to_mask] = mask_id
    out[to_random] = random_ids[to_random]
    labels = np.where(selected, ids, -100)
    return {"input_ids": out, "labels": labels}
