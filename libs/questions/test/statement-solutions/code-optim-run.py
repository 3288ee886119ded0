import numpy as np


def run(optimizer, params, grads, lr, momentum=0, nesterov=False, alpha=0.99, betas=(0.9, 0.999), eps=1e-8,
        weight_decay=None):
    ps = [np.array(p, dtype=np.float64) for p in params]
    if weight_decay is None:
        weight_decay = 0.01 if optimizer == "adamw" else 0.0
    b1, b2 = float(betas[0]), float(betas[1])
    state = [{} for _ in ps]
    history = []
    for t, step_grads in enumerate(grads, start=1):
        for i, p in enumerate(ps):
            g = np.array(step_grads[i], dtype=np.float64)
            s = state[i]
            if optimizer == "sgd":
                if weight_decay:
                    g = g + weight_decay * p
                if momentum:
                    s["buf"] = g.copy() if "buf" not in s else momentum * s["buf"] + g
                    g = g + momentum * s["buf"] if nesterov else s["buf"]
                ps[i] = p - lr * g
            elif optimizer == "rmsprop":
                if weight_decay:
                    g = g + weight_decay * p
                s["sq"] = alpha * s.get("sq", np.zeros_like(p)) + (1 - alpha) * g * g
                ps[i] = p - lr * g / (np.sqrt(s["sq"]) + eps)
            elif optimizer in ("adam", "adamw"):
                if optimizer == "adamw":
                    p = p * (1 - lr * weight_decay)
                elif weight_decay:
                    g = g + weight_decay * p
                s["m"] = b1 * s.get("m", np.zeros_like(p)) + (1 - b1) * g
                s["v"] = b2 * s.get("v", np.zeros_like(p)) + (1 - b2) * g * g
                m_hat = s["m"] / (1 - b1 ** t)
                v_hat = s["v"] / (1 - b2 ** t)
                ps[i] = p - lr * m_hat / (np.sqrt(v_hat) + eps)
            else:
                raise ValueError(optimizer)
        history.append([p.copy() for p in ps])
    return {"params": history}
