import re
import numpy as np

_TOKEN = re.compile(r"(?u)\b\w\w+\b")

def tfidf(corpus):
    docs = [_TOKEN.findall(str(d).lower()) for d in corpus]
    vocab = sorted({w for d in docs for w in d})
    col = {w: j for j, w in enumerate(vocab)}
    tf = np.zeros((len(docs), len(vocab)), dtype=np.float64)
    for i, d in enumerate(docs):
        for w in d:
            tf[i, col[w]] += 1
    n = len(docs)
    df = (tf > 0).sum(axis=0)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    m = tf * idf
    norms = np.sqrt((m * m).sum(axis=1, keepdims=True))
    m = m / np.where(norms == 0, 1.0, norms)
    return {"vocabulary": vocab, "matrix": m}
