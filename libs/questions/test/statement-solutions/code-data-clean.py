import math

def _is_null(v):
    return v is None or (isinstance(v, float) and math.isnan(v))

def clean(rows):
    out, seen = [], set()
    for row in rows:
        row = list(row)
        if any(_is_null(v) for v in row):
            continue
        key = tuple(row)
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    return {"rows": out}
