def train(X, y):
    return None


def predict(model, X):
    # Ignores the data: everyone fails.
    return [0] * len(X)
