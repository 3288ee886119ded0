#!/usr/bin/env python3
"""Computes the worked example shown in every coding question's statement, with the library the
contract names for that algorithm (PyTorch, scikit-learn, NLTK, OpenCV, torchvision, pandas,
numpy) rather than with our own code, and writes bank/worked-examples.json.

Run from the repository root:  /usr/bin/python3 libs/questions/scripts/worked_examples.py
"""
import json, math, os, warnings
warnings.filterwarnings("ignore", "overflow encountered in cast")
import numpy as np
import torch
import torch.nn.functional as F

EX = {}


def ex(algorithm_id, inp, out):
    EX[algorithm_id] = {"input": inp, "output": out}


def t(x):
    return torch.tensor(x, dtype=torch.float64)


def r(x, exact=False):
    """JSON-ready, rounded to 6 decimals unless exact (non-finite as the contract's strings)."""
    if isinstance(x, torch.Tensor):
        x = x.detach().numpy()
    if isinstance(x, np.ndarray):
        x = x.tolist()
    if isinstance(x, (list, tuple)):
        return [r(v, exact) for v in x]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        v = x if exact else round(x, 6)
        return 0.0 if v == 0 else v
    return x


# ---- nn ---------------------------------------------------------------------------------
net = {"x": [[1.0, 2.0]], "w1": [[0.1, 0.2, -0.1], [0.3, -0.2, 0.1]], "b1": [0.0, 0.1, 0.0],
       "w2": [[0.5], [-0.5], [0.2]], "b2": [0.1]}
y = torch.sigmoid(torch.tanh(t(net["x"]) @ t(net["w1"]) + t(net["b1"])) @ t(net["w2"]) + t(net["b2"]))
ex("nn.forward_2layer", net, {"y": r(y)})

params = {k: t(v).requires_grad_() for k, v in net.items() if k != "x"}
y_true = [[1.0]]
out = torch.sigmoid(torch.tanh(t(net["x"]) @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"])
loss = F.binary_cross_entropy(out, t(y_true))
loss.backward()
ex("nn.backward_2layer", {**net, "y_true": y_true},
   {"loss": r(loss), "dw1": r(params["w1"].grad), "db1": r(params["b1"].grad),
    "dw2": r(params["w2"].grad), "db2": r(params["b2"].grad)})

mlp = {"x": [[1.0, -1.0]], "layers": [
    {"w": [[1.0, 0.5], [0.5, -1.0]], "b": [0.0, 0.1], "activation": "relu"},
    {"w": [[1.0], [2.0]], "b": [0.5], "activation": "none"}]}
h = torch.relu(t(mlp["x"]) @ t(mlp["layers"][0]["w"]) + t(mlp["layers"][0]["b"]))
ex("nn.mlp_forward", mlp, {"y": r(h @ t(mlp["layers"][1]["w"]) + t(mlp["layers"][1]["b"]))})

act = {"name": "softmax", "x": [[1.0, 2.0, 3.0], [10000.0, 0.0, -10000.0]]}
ex("nn.activation", act, {"y": r(torch.softmax(t(act["x"]), dim=-1))})

ce = {"logits": [[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], "labels": [0, 1]}
ex("nn.cross_entropy", ce, {"loss": r(F.cross_entropy(t(ce["logits"]), torch.tensor(ce["labels"])))})

# ---- layers -----------------------------------------------------------------------------
emb = {"ids": [[0, 2], [1, 1]], "table": [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]}
ex("layers.embedding", emb, {"y": r(F.embedding(torch.tensor(emb["ids"]), t(emb["table"])))})

ln = {"x": [[1.0, 2.0, 3.0, 4.0]], "gamma": [1.0, 1.0, 2.0, 2.0], "beta": [0.0, 0.0, 0.0, 1.0]}
ex("layers.layer_norm", ln, {"y": r(F.layer_norm(t(ln["x"]), (4,), t(ln["gamma"]), t(ln["beta"]), 1e-5))})

conv = {"x": [[[[1.0, 2.0, 0.0], [0.0, 1.0, 3.0], [2.0, 1.0, 0.0]]]], "weight": [[[[1.0, 0.0], [0.0, -1.0]]]],
        "bias": [0.5]}
ex("layers.conv2d", conv, {"y": r(F.conv2d(t(conv["x"]), t(conv["weight"]), t(conv["bias"])))})

pool = {"x": [[[[1.0, 3.0, 2.0, 0.0], [4.0, 2.0, 1.0, 5.0], [0.0, 1.0, 2.0, 2.0], [3.0, 0.0, 1.0, 4.0]]]], "kernel": 2}
ex("layers.max_pool2d", pool, {"y": r(F.max_pool2d(t(pool["x"]), 2))})

lstm_in = {"x": [[[1.0], [0.5]]], "w_ih": [[0.5], [0.1], [0.3], [-0.2]], "w_hh": [[0.1], [0.2], [-0.1], [0.4]],
           "b_ih": [0.0, 0.1, 0.0, 0.0], "b_hh": [0.0, 0.0, 0.1, 0.0]}
lstm = torch.nn.LSTM(1, 1, batch_first=True).double()
with torch.no_grad():
    lstm.weight_ih_l0.copy_(t(lstm_in["w_ih"])); lstm.weight_hh_l0.copy_(t(lstm_in["w_hh"]))
    lstm.bias_ih_l0.copy_(t(lstm_in["b_ih"])); lstm.bias_hh_l0.copy_(t(lstm_in["b_hh"]))
    o, (hn, cn) = lstm(t(lstm_in["x"]))
ex("layers.lstm", lstm_in, {"output": r(o), "h_n": r(hn[0]), "c_n": r(cn[0])})

drop = {"x": [[1.0, 2.0], [3.0, 4.0]], "p": 0.5, "u": [[0.1, 0.7], [0.5, 0.2]]}
xd, ud = np.array(drop["x"]), np.array(drop["u"])
ex("layers.dropout", drop, {"y": r(np.where(ud >= 0.5, xd / 0.5, 0.0))})

# ---- attention --------------------------------------------------------------------------
sdp = {"q": [[1.0, 0.0], [0.0, 1.0]], "k": [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], "v": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],
       "causal": True}
causal = torch.ones(2, 3, dtype=torch.bool).tril()
ws = torch.softmax((t(sdp["q"]) @ t(sdp["k"]).T / math.sqrt(2)).masked_fill(~causal, float("-inf")), -1)
ex("attention.scaled_dot_product", sdp, {"output": r(ws @ t(sdp["v"])), "weights": r(ws)})

eye = [[1.0, 0.0], [0.0, 1.0]]
mha = {"query": [[[1.0, 0.0], [0.0, 2.0]]], "key": [[[1.0, 0.0], [0.0, 2.0]]], "value": [[[1.0, 2.0], [3.0, 4.0]]],
       "num_heads": 2, "wq": eye, "bq": [0.0, 0.0], "wk": [[0.5, 0.0], [0.0, 1.0]], "bk": [0.0, 0.1],
       "wv": eye, "bv": [0.0, 0.0], "wo": [[1.0, 1.0], [0.0, 1.0]], "bo": [0.1, 0.0]}
m = torch.nn.MultiheadAttention(2, 2, batch_first=True).double()
with torch.no_grad():
    m.in_proj_weight.copy_(torch.cat([t(mha["wq"]).T, t(mha["wk"]).T, t(mha["wv"]).T]))
    m.in_proj_bias.copy_(torch.cat([t(mha["bq"]), t(mha["bk"]), t(mha["bv"])]))
    m.out_proj.weight.copy_(t(mha["wo"]).T); m.out_proj.bias.copy_(t(mha["bo"]))
    o, w = m(t(mha["query"]), t(mha["key"]), t(mha["value"]), average_attn_weights=False)
ex("attention.multi_head", mha, {"output": r(o), "weights": r(w)})

pe_in = {"length": 3, "d_model": 4}
pe = np.zeros((3, 4))
for p in range(3):
    for i in range(0, 4, 2):
        pe[p, i] = math.sin(p / 10000 ** (i / 4)); pe[p, i + 1] = math.cos(p / 10000 ** (i / 4))
ex("transformer.positional_encoding", pe_in, {"pe": r(pe)})

enc = {"x": [[[1.0, 0.0], [0.0, 1.0]]], "num_heads": 1,
       "attention": {"wq": eye, "bq": [0.0, 0.0], "wk": eye, "bk": [0.0, 0.0], "wv": eye, "bv": [0.0, 0.0],
                     "wo": eye, "bo": [0.0, 0.0]},
       "norm1": {"gamma": [1.0, 1.0], "beta": [0.0, 0.0]},
       "ffn": {"w1": [[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]], "b1": [0.0, 0.0, 0.0], "w2": [[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]],
               "b2": [0.0, 0.0]},
       "norm2": {"gamma": [1.0, 1.0], "beta": [0.0, 0.0]}}
layer = torch.nn.TransformerEncoderLayer(2, 1, dim_feedforward=3, dropout=0.0, batch_first=True).double().eval()
with torch.no_grad():
    a = enc["attention"]
    layer.self_attn.in_proj_weight.copy_(torch.cat([t(a["wq"]).T, t(a["wk"]).T, t(a["wv"]).T]))
    layer.self_attn.in_proj_bias.copy_(torch.cat([t(a["bq"]), t(a["bk"]), t(a["bv"])]))
    layer.self_attn.out_proj.weight.copy_(t(a["wo"]).T); layer.self_attn.out_proj.bias.copy_(t(a["bo"]))
    layer.linear1.weight.copy_(t(enc["ffn"]["w1"]).T); layer.linear1.bias.copy_(t(enc["ffn"]["b1"]))
    layer.linear2.weight.copy_(t(enc["ffn"]["w2"]).T); layer.linear2.bias.copy_(t(enc["ffn"]["b2"]))
    layer.norm1.weight.copy_(t(enc["norm1"]["gamma"])); layer.norm1.bias.copy_(t(enc["norm1"]["beta"]))
    layer.norm2.weight.copy_(t(enc["norm2"]["gamma"])); layer.norm2.bias.copy_(t(enc["norm2"]["beta"]))
    ex("transformer.encoder_layer", enc, {"y": r(layer(t(enc["x"])))})

# ---- metrics ----------------------------------------------------------------------------
from sklearn import metrics as skm

cls = {"y_true": [0, 1, 1, 0, 1], "y_pred": [0, 1, 0, 0, 1], "average": "binary"}
ex("metrics.classification", cls, {
    "accuracy": r(skm.accuracy_score(cls["y_true"], cls["y_pred"])),
    "precision": r(skm.precision_score(cls["y_true"], cls["y_pred"], zero_division=0)),
    "recall": r(skm.recall_score(cls["y_true"], cls["y_pred"], zero_division=0)),
    "f1": r(skm.f1_score(cls["y_true"], cls["y_pred"], zero_division=0)),
    "labels": [0, 1], "confusion_matrix": r(skm.confusion_matrix(cls["y_true"], cls["y_pred"]))})

roc = {"y_true": [0, 0, 1, 1], "y_score": [0.1, 0.4, 0.35, 0.8]}
fpr, tpr, thr = skm.roc_curve(roc["y_true"], roc["y_score"])
ex("metrics.roc_auc", roc, {"auc": r(skm.roc_auc_score(roc["y_true"], roc["y_score"])), "fpr": r(fpr), "tpr": r(tpr),
                            "thresholds": r(thr)})

reg = {"y_true": [3.0, -0.5, 2.0, 7.0], "y_pred": [2.5, 0.0, 2.0, 8.0]}
mse = skm.mean_squared_error(reg["y_true"], reg["y_pred"])
ex("metrics.regression", reg, {"mse": r(mse), "mae": r(skm.mean_absolute_error(reg["y_true"], reg["y_pred"])),
                               "rmse": r(math.sqrt(mse)), "r2": r(skm.r2_score(reg["y_true"], reg["y_pred"]))})

from nltk.translate import bleu_score as nb
bl = {"references": [["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]],
      "hypothesis": ["the", "quick", "brown", "fox", "jumped", "over", "the", "lazy", "dog"]}
prec = [float(nb.modified_precision(bl["references"], bl["hypothesis"], n)) for n in range(1, 5)]
ex("metrics.bleu", bl, {"bleu": r(nb.sentence_bleu(bl["references"], bl["hypothesis"])), "precisions": r(prec),
                        "brevity_penalty": r(nb.brevity_penalty(9, 9))})

ppl = {"logits": [[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], "targets": [2, 0]}
nll = F.cross_entropy(t(ppl["logits"]), torch.tensor(ppl["targets"]))
ex("metrics.perplexity", ppl, {"perplexity": r(torch.exp(nll)), "nll": r(nll)})

# ---- text and data ----------------------------------------------------------------------
from sklearn.feature_extraction.text import TfidfVectorizer
import pandas as pd
tf = {"corpus": ["the cat sat", "the dog sat", "a cat"]}
vec = TfidfVectorizer()
mat = vec.fit_transform(tf["corpus"]).toarray()
ex("text.tfidf", tf, {"vocabulary": list(vec.get_feature_names_out()), "matrix": r(mat)})

cl = {"rows": [[1, "a"], [None, "b"], [1, "a"], [2, "c"]]}
df = pd.DataFrame(cl["rows"], dtype=object).dropna().drop_duplicates()
ex("data.clean", cl, {"rows": df.values.tolist()})

from sklearn.preprocessing import MinMaxScaler, StandardScaler
mm = {"x": [[1.0, 2.0], [3.0, 2.0], [5.0, 2.0]]}
s = MinMaxScaler().fit(mm["x"])
ex("data.min_max_scale", mm, {"y": r(s.transform(mm["x"])), "data_min": r(s.data_min_), "data_max": r(s.data_max_)})
s = StandardScaler().fit(mm["x"])
ex("data.standardize", mm, {"y": r(s.transform(mm["x"])), "mean": r(s.mean_), "scale": r(s.scale_)})

sp = {"rows": [[1], [2], [3], [4], [5]], "train_fraction": 0.6}
cut = math.floor(len(sp["rows"]) * 0.6)
ex("data.split", sp, {"train": sp["rows"][:cut], "test": sp["rows"][cut:]})

tw = {"series": [1.0, 2.0, 3.0, 4.0, 5.0], "n_steps": 2}
ex("data.time_windows", tw, {"X": [tw["series"][i:i + 2] for i in range(3)], "y": tw["series"][2:]})

sw = {"ids": list(range(1, 11)), "max_length": 4, "stride": 2}
offsets = [0]  # windows start max_length - stride apart until one reaches the end (the last may be shorter)
while offsets[-1] + 4 < 10:
    offsets.append(offsets[-1] + 4 - 2)
windows = [sw["ids"][o:o + 4] for o in offsets]
ex("data.sliding_window", sw, {"windows": windows, "offsets": offsets})

mlm = {"ids": [101, 7, 8, 9, 102], "special": [1, 0, 0, 0, 1], "vocab_size": 200, "mask_id": 103,
       "u_select": [0.0, 0.1, 0.5, 0.05, 0.0], "u_action": [0.5, 0.5, 0.5, 0.85, 0.5], "random_ids": [0, 0, 0, 42, 0]}
inp, lab = [], []
for i, tok in enumerate(mlm["ids"]):
    sel = not mlm["special"][i] and mlm["u_select"][i] < 0.15
    lab.append(tok if sel else -100)
    ua = mlm["u_action"][i]
    inp.append(tok if not sel else (103 if ua < 0.8 else mlm["random_ids"][i] if ua < 0.9 else tok))
ex("data.mlm_mask", mlm, {"input_ids": inp, "labels": lab})

# ---- training ---------------------------------------------------------------------------
op = {"optimizer": "adam", "params": [[1.0, 2.0]], "grads": [[[0.1, -0.2]], [[0.3, 0.1]]], "lr": 0.1}
p = t(op["params"][0]).requires_grad_()
opt = torch.optim.Adam([p], lr=0.1)
hist = []
for g in op["grads"]:
    p.grad = t(g[0]); opt.step(); hist.append([r(p)])
ex("optim.run", op, {"params": hist})

rp = {"weights": [[[1.0, -2.0], [0.0, 3.0]]], "l1": 0.01, "l2": 0.001}
w = np.array(rp["weights"][0])
ex("regularization.penalty", rp, {"penalty": r(0.01 * np.abs(w).sum() + 0.001 * (w ** 2).sum()),
                                   "grads": [r(0.01 * np.sign(w) + 2 * 0.001 * w)]})

es = {"values": [1.0, 0.8, 0.85, 0.79, 0.9, 0.95], "patience": 2}
best, wait, best_epoch, stopped = math.inf, 0, -1, -1
for epoch, v in enumerate(es["values"]):  # keras.callbacks.EarlyStopping, mode min, min_delta 0
    wait += 1
    if v - 0 < best:
        best, best_epoch, wait = v, epoch, 0
    if wait >= 2 and epoch > 0:
        stopped = epoch; break
ex("training.early_stopping", es, {"stopped_epoch": stopped, "best_epoch": best_epoch, "best_value": best})

dl = {"student_logits": [[1.0, 2.0, 0.5]], "teacher_logits": [[2.0, 1.0, 0.1]], "labels": [1], "temperature": 2.0,
      "alpha": 0.5}
st, te = t(dl["student_logits"]), t(dl["teacher_logits"])
soft = 4 * F.kl_div(F.log_softmax(st / 2, -1), F.softmax(te / 2, -1), reduction="batchmean")
hard = F.cross_entropy(st, torch.tensor(dl["labels"]))
ex("training.distillation_loss", dl, {"loss": r(0.5 * soft + 0.5 * hard), "soft": r(soft), "hard": r(hard)})

ml = {"losses": [0.5, 1.2, 0.3], "weights": [1.0, 0.5, 2.0]}
ex("training.multitask_loss", ml, {"loss": r(sum(a * b for a, b in zip(ml["losses"], ml["weights"])))})

gs = {"init_scale": 4.0, "growth_interval": 2,
      "steps": [{"grads": [[8.0, 4.0]]}, {"grads": [["Infinity", 1.0]]}, {"grads": [[2.0, 2.0]]}, {"grads": [[1.0, 1.0]]}]}
scale, tracker, steps = 4.0, 0, []
for s_ in gs["steps"]:  # torch._amp_update_scale_ semantics
    g = np.array([float(v) for v in s_["grads"][0]])
    unscaled = g / scale
    bad = not np.all(np.isfinite(unscaled))
    if bad:
        scale *= 0.5; tracker = 0
    else:
        tracker += 1
        if tracker == 2:
            scale *= 2.0; tracker = 0
    steps.append({"skipped": bool(bad), "scale": scale, "unscaled": [r(unscaled)]})
ex("training.grad_scaler", gs, {"steps": steps})

f16 = {"x": [1.0, 0.1, 65504.0, 65520.0, 1e-8, -3.0e-5]}
ex("numeric.float16", f16, {"y": r(np.array(f16["x"]).astype(np.float16).astype(np.float64), exact=True)})

dp = {"params": [[1.0, 2.0]], "worker_grads": [[[[0.2, 0.4]], [[0.4, 0.0]]]], "lr": 0.1}
mean = (np.array(dp["worker_grads"][0][0][0]) + np.array(dp["worker_grads"][0][1][0])) / 2
ex("parallel.data_parallel_sgd", dp, {"params": [[r(np.array(dp["params"][0]) - 0.1 * mean)]], "mean_grads": [[r(mean)]]})

en = {"method": "weighted_average", "predictions": [[[0.6, 0.4], [0.3, 0.7]], [[0.2, 0.8], [0.5, 0.5]]],
      "weights": [2.0, 1.0]}
probs = (2 * np.array(en["predictions"][0]) + np.array(en["predictions"][1])) / 3
ex("ensemble.combine", en, {"probs": r(probs), "labels": r(probs.argmax(1))})

# ---- compression ------------------------------------------------------------------------
from torch.ao.quantization.observer import MinMaxObserver
qz = {"x": [-1.0, 0.0, 0.5, 2.0], "dtype": "quint8", "scheme": "affine"}
obs = MinMaxObserver(dtype=torch.quint8, qscheme=torch.per_tensor_affine)
xq = torch.tensor(qz["x"], dtype=torch.float32)
obs(xq)
sc, zp = obs.calculate_qparams()
q = torch.quantize_per_tensor(xq, float(sc), int(zp), torch.quint8)
ex("compress.quantize", qz, {"q": r(q.int_repr()), "scale": r(float(sc)), "zero_point": int(zp),
                             "dequantized": r(q.dequantize()), "max_abs_error": r((q.dequantize() - xq).abs().max())})

import torch.nn.utils.prune as prune
pr = {"tensors": [[[0.1, -0.5], [0.3, 0.05]]], "amount": 0.5, "scope": "layer"}
mod = torch.nn.Linear(2, 2, bias=False).double()
with torch.no_grad():
    mod.weight.copy_(t(pr["tensors"][0]))
prune.l1_unstructured(mod, "weight", amount=0.5)
ex("compress.prune", pr, {"masks": [r(mod.weight_mask)], "pruned": [r(mod.weight)]})

# ---- vision -----------------------------------------------------------------------------
import cv2
img = [[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]], [[7.0], [8.0], [9.0]]]
cr = {"image": img, "top": 1, "left": 0, "height": 2, "width": 2}
ex("augment.crop", cr, {"image": r(np.array(img)[1:3, 0:2])})
ro = {"image": [[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]], "k": 1}
ex("augment.rot90", ro, {"image": r(np.rot90(np.array(ro["image"]), 1, axes=(0, 1)))})
fl = {"image": [[[1.0], [2.0]], [[3.0], [4.0]]], "axis": "horizontal"}
ex("augment.flip", fl, {"image": r(np.array(fl["image"])[:, ::-1])})
rt = {"image": [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]],
      "angle": 90.0, "interpolation": "nearest"}
M = cv2.getRotationMatrix2D((2.0, 2.0), 90.0, 1.0)
rimg = cv2.warpAffine(np.array(rt["image"], dtype=np.uint8), M, (4, 4), flags=cv2.INTER_NEAREST,
                      borderMode=cv2.BORDER_CONSTANT, borderValue=0)
ex("augment.rotate", rt, {"matrix": r(M), "image": r(rimg)})
no = {"image": [[0.5, 0.2], [0.9, 0.0]], "z": [[1.0, -2.0], [2.0, 0.5]], "stddev": 0.1, "clip": [0.0, 1.0]}
ex("augment.noise", no, {"image": r(np.clip(np.array(no["image"]) + 0.1 * np.array(no["z"]), 0.0, 1.0))})

import torchvision.ops as tvo
io = {"boxes_a": [[0.0, 0.0, 2.0, 2.0]], "boxes_b": [[1.0, 1.0, 3.0, 3.0], [0.0, 0.0, 2.0, 2.0]]}
ex("detection.iou", io, {"iou": r(tvo.box_iou(t(io["boxes_a"]), t(io["boxes_b"])))})
nm = {"boxes": [[0.0, 0.0, 2.0, 2.0], [0.1, 0.1, 2.1, 2.1], [3.0, 3.0, 4.0, 4.0]], "scores": [0.9, 0.8, 0.7],
      "iou_threshold": 0.5}
ex("detection.nms", nm, {"keep": r(tvo.nms(t(nm["boxes"]), t(nm["scores"]), 0.5))})

# ---- explanation, generation, recommendation --------------------------------------------
from itertools import combinations
sh = {"n_features": 2, "values": [0.0, 1.0, 2.0, 4.0]}
n = 2
phi = []
for j in range(n):
    tot = 0.0
    others = [i for i in range(n) if i != j]
    for size in range(n):
        for S in combinations(others, size):
            mask = sum(1 << i for i in S)
            wgt = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
            tot += wgt * (sh["values"][mask | (1 << j)] - sh["values"][mask])
    phi.append(tot)
ex("explain.shapley", sh, {"phi": r(phi), "base_value": 0.0})

ls = {"weights": [1.0, -2.0], "bias": 0.5, "x": [[1.0, 1.0], [3.0, 0.0]], "background": [[0.0, 0.0], [2.0, 1.0]]}
mu = np.array(ls["background"]).mean(0)
ex("explain.linear_shap", ls, {"phi": r(np.array(ls["weights"]) * (np.array(ls["x"]) - mu)),
                               "base_value": r(0.5 + np.dot(ls["weights"], mu))})

dec = {"logits": [[0.0, 2.0, 1.0], [1.0, 0.0, 3.0], [0.0, 0.0, 0.0]], "start_id": 0, "eos_id": 2, "max_new_tokens": 4,
       "strategy": "greedy", "u": [0.5, 0.5, 0.5, 0.5]}
tok, tokens = 0, []
for _ in range(4):
    tok = int(np.argmax(dec["logits"][tok])); tokens.append(tok)
    if tok == 2:
        break
ex("generate.decode", dec, {"tokens": tokens})

rs = {"user_table": [[1.0, 0.0], [0.0, 1.0]], "item_table": [[0.5, 0.5], [1.0, -1.0], [0.2, 0.3]],
      "w": [[1.0], [0.5], [2.0], [-1.0]], "b": [0.1], "user_ids": [0, 1], "item_ids": [1, 0]}
def score(u, i):
    return float(np.concatenate([rs["user_table"][u], rs["item_table"][i]]) @ np.array(rs["w"])[:, 0] + rs["b"][0])
ex("recsys.score", rs, {"scores": r([score(u, i) for u, i in zip(rs["user_ids"], rs["item_ids"])])})
tk = {k: rs[k] for k in ("user_table", "item_table", "w", "b")}
tk.update({"user_id": 0, "k": 2, "exclude": [1]})
cands = sorted([i for i in range(3) if i != 1], key=lambda i: (-score(0, i), i))[:2]
ex("recsys.top_k", tk, {"items": cands, "scores": r([score(0, i) for i in cands])})

# ---- write ------------------------------------------------------------------------------
here = os.path.dirname(os.path.abspath(__file__))
# Data, not code: libs/questions/src/bank/worked-examples.ts loads and validates this file.
target = os.path.join(here, "..", "bank", "worked-examples.json")
with open(target, "w", encoding="utf8") as f:
    f.write(json.dumps(EX, indent=2, ensure_ascii=False))
    f.write("\n")
print(f"wrote {len(EX)} examples to {os.path.normpath(target)}")
