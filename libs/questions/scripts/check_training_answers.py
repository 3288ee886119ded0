#!/usr/bin/env python3
"""Development check of the training entries' model answers (minutes of CPU; not in Jest): each
is trained on the task's real split and measured against its bars.

  npx nx run questions:build && npx nx run reference:build
  node libs/questions/scripts/dump-answers.js > /tmp/answers.json
  node libs/questions/scripts/dump-task-data.js /tmp/task-data.json
  /usr/bin/python3 libs/questions/scripts/check_training_answers.py /tmp/answers.json /tmp/task-data.json

task.distill_student's teacher here is the train-mnist-mlp answer itself (the reference's own
teacher is a tfjs model); its agreement figure is therefore indicative.
"""
import json, sys, time
import numpy as np


def arrays(split):
    m = lambda x: np.asarray(x["data"], dtype=np.float32).reshape(x["shape"])
    return m(split["trainX"]), np.asarray(split["trainY"]), m(split["testX"]), np.asarray(split["testY"])


def load(solution):
    ns = {}
    exec(solution, ns)
    return ns["train"], ns["predict"]


def main():
    answers = {e["slug"]: e["solution"] for e in json.load(open(sys.argv[1]))}
    data = json.load(open(sys.argv[2]))
    trX, trY, teX, teY = arrays(data["digits"])
    results = {}
    for slug in ("train-mnist-mlp", "train-image-cnn"):
        train, predict = load(answers[slug])
        t = time.time()
        model = train(trX, trY)
        results[slug] = {"accuracy": float((np.asarray(predict(model, teX)) == teY).mean()), "seconds": round(time.time() - t, 1)}
        if slug == "train-mnist-mlp":
            W1, b1, W2, b2 = model
            teacher = lambda X: np.maximum(X @ W1 + b1, 0) @ W2 + b2
    train, predict = load(answers["train-distill-student"])
    t = time.time()
    student = train(trX, trY, teacher(trX))
    labels = np.asarray(predict(student, teX))
    results["train-distill-student"] = {
        "accuracy": float((labels == teY).mean()),
        "agreement": float((labels == teacher(teX).argmax(1)).mean()),
        "parameters": int(sum(p.numel() for p in student.parameters())),
        "seconds": round(time.time() - t, 1),
    }
    sX, sY, sTX, sTY = arrays(data["series"])
    train, predict = load(answers["train-timeseries-lstm"])
    t = time.time()
    pred = np.asarray(predict(train(sX, sY), sTX))
    results["train-timeseries-lstm"] = {
        "mse_ratio": float(((pred - sTY) ** 2).mean() / ((sTX[:, -1] - sTY) ** 2).mean()),
        "seconds": round(time.time() - t, 1),
    }
    print(json.dumps(results, indent=2))
    bars_met = (results["train-mnist-mlp"]["accuracy"] >= 0.95 and results["train-image-cnn"]["accuracy"] >= 0.97
                and results["train-distill-student"]["accuracy"] >= 0.93 and results["train-distill-student"]["parameters"] <= 25000
                and results["train-timeseries-lstm"]["mse_ratio"] <= 0.5)
    print("all full-marks bars met" if bars_met else "SOME BAR MISSED")
    sys.exit(0 if bars_met else 1)


main()
