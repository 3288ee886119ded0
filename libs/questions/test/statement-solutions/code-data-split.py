import math

def split(rows, train_fraction=0.8):
    rows = [list(r) if not isinstance(r, (str, int, float)) else r for r in rows]
    k = math.floor(len(rows) * float(train_fraction))
    return {"train": rows[:k], "test": rows[k:]}
