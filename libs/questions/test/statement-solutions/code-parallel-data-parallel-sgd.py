import numpy as np


def data_parallel_sgd(params, worker_grads, lr):
    ps = [np.array(p, dtype=np.float64) for p in params]
    all_params, all_means = [], []
    for step in worker_grads:
        workers = len(step)
        means = [sum(np.asarray(w[i], dtype=np.float64) for w in step) / workers for i in range(len(ps))]
        ps = [p - lr * g for p, g in zip(ps, means)]
        all_params.append([p.copy() for p in ps])
        all_means.append(means)
    return {"params": all_params, "mean_grads": all_means}
