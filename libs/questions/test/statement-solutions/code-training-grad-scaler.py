# Written from the statement alone: torch.cuda.amp.GradScaler's bookkeeping, with torch tensors.
import torch


def grad_scaler(steps, init_scale=65536, growth_factor=2, backoff_factor=0.5, growth_interval=2000):
    current = float(init_scale)
    streak = 0
    history = []
    for step in steps:
        tensors = [torch.as_tensor(grad, dtype=torch.float64) / current for grad in step["grads"]]
        finite = all(bool(torch.isfinite(t).all()) for t in tensors)
        if not finite:
            # inf or NaN: skip the step, shrink the scale, start counting clean steps again.
            current = current * backoff_factor
            streak = 0
        else:
            streak = streak + 1
            if streak >= growth_interval:
                current = current * growth_factor
                streak = 0
        history.append({"skipped": not finite, "scale": current, "unscaled": tensors})
    return {"steps": history}
