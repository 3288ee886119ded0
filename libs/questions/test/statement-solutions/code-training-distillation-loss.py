import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature=1, alpha=0.5):
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    n = s.shape[0]
    T = float(temperature)
    log_ps = log_softmax(s / T)
    log_pt = log_softmax(t / T)
    pt = np.exp(log_pt)
    kl = np.where(pt > 0, pt * (log_pt - log_ps), 0.0).sum() / n
    soft = T * T * kl
    hard = -log_softmax(s)[np.arange(n), y].mean()
    return {"loss": alpha * soft + (1 - alpha) * hard, "soft": soft, "hard": hard}
