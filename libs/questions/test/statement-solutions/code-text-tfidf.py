import re
from collections import Counter
import numpy as np

# The statement's pipeline: lowercase, the token regex, raw counts, smoothed idf, L2 rows.
TOKENS = re.compile(r"(?u)\b\w\w+\b")


def tfidf(corpus):
    bags = [Counter(TOKENS.findall(doc.lower())) for doc in corpus]
    vocabulary = sorted(set().union(*bags))
    n = len(bags)
    df = np.array([sum(1 for b in bags if term in b) for term in vocabulary], dtype=np.float64)
    idf = np.log((1 + n) / (1 + df)) + 1
    rows = []
    for bag in bags:
        row = np.array([bag.get(term, 0) for term in vocabulary], dtype=np.float64) * idf
        norm = np.sqrt(np.dot(row, row))
        rows.append(row / norm if norm > 0 else row)
    return {"vocabulary": vocabulary, "matrix": np.array(rows).reshape(n, len(vocabulary))}
