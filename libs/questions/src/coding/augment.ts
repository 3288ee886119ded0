// Image augmentation: crop, rot90, flip, rotation with nearest-neighbour sampling, noise.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawImage(rng: Prng, size: Size, channels = true): { image: unknown; h: number; w: number } {
  const [h, w, c] = bySize(size, [4, 5, 1], [16, 12, 3], [64, 48, 3]);
  const image = channels ? rng.intTensor([h, w, c], 0, 255) : rng.intTensor([h, w], 0, 255);
  return { image, h, w };
}

function drawCrop(rng: Prng, size: Size): Input {
  const { image, h, w } = drawImage(rng, size);
  const height = rng.int(1, h);
  const width = rng.int(1, w);
  return { image, top: rng.int(0, h - height), left: rng.int(0, w - width), height, width };
}

const crop = defineCoding({
  algorithmId: 'augment.crop',
  seeds: ['003#§17', '004#§15', '004#§30'],
  title: bi('图像裁剪', 'Image crop'),
  statement: bi(
    '从图像 image [h][w][c] 中裁剪出左上角为 (top, left)、大小为 height×width 的区域并返回 image。窗口超出图像边界时输入无效。',
    'Crop the height×width window whose top-left corner is (top, left) from image [h][w][c] and return it as image. A window outside the image is invalid input.',
  ),
  params: [{ name: 'image' }, { name: 'top' }, { name: 'left' }, { name: 'height' }, { name: 'width' }],
  outputs: ['image'],
  difficulty: 'EASY',
  tags: ['data-augmentation', 'computer-vision'],
  solution: `
import numpy as np

def crop(image, top, left, height, width):
    img = np.asarray(image)
    h, w = img.shape[:2]
    if top < 0 or left < 0 or height < 1 or width < 1 or top + height > h or left + width > w:
        raise ValueError("crop window outside the image")
    return {"image": img[top:top + height, left:left + width]}`,
  explanation: bi(
    '随机裁剪是最常用的数据增强之一，让模型对物体位置和尺度更鲁棒；注意数组的第一维是行（y），第二维是列（x）。',
    'Random cropping is one of the most common augmentations and makes models robust to object position and scale; mind that the first axis is rows (y) and the second columns (x).',
  ),
  generate: makeGenerator({
    samples: [example('augment.crop'), fixedDraw(drawCrop)],
    edge: {
      'whole-image': { image: [[[1], [2]], [[3], [4]]], top: 0, left: 0, height: 2, width: 2 },
      'single-pixel-corner': { image: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], top: 1, left: 1, height: 1, width: 1 },
    },
    draw: drawCrop,
  }),
});

const rot90 = defineCoding({
  algorithmId: 'augment.rot90',
  seeds: ['003#§17'],
  title: bi('图像旋转 90° 的整数倍', 'Rotate an image by multiples of 90°'),
  statement: bi(
    '与 numpy.rot90(image, k, axes=(0, 1)) 相同：把 image [h][w][c] 逆时针旋转 k 个 90°（k 可为负数或大于 3）。返回 image。',
    'As numpy.rot90(image, k, axes=(0, 1)): rotate image [h][w][c] counter-clockwise by k quarter turns (k may be negative or above 3). Return image.',
  ),
  params: [{ name: 'image' }, { name: 'k' }],
  outputs: ['image'],
  difficulty: 'EASY',
  tags: ['data-augmentation', 'computer-vision'],
  solution: `
import numpy as np

def rot90(image, k):
    img = np.asarray(image)
    for _ in range(k % 4):
        img = img.transpose(1, 0, *range(2, img.ndim))[::-1]   # one counter-clockwise turn
    return {"image": img}`,
  explanation: bi(
    '逆时针旋转 90° 等于先转置再上下翻转；k 取模 4 即可处理负数和大于 3 的情况。非方形图像旋转后高宽互换。',
    'A counter-clockwise quarter turn is a transpose followed by an up-down flip; k modulo 4 handles negative and large k. Non-square images swap height and width.',
  ),
  generate: makeGenerator({
    samples: [example('augment.rot90'), fixedDraw((r, s) => ({ image: drawImage(r, s).image, k: r.int(-3, 5) }))],
    edge: {
      'k-zero': { image: [[[1], [2]]], k: 0 },
      'k-negative': { image: [[[1], [2], [3]], [[4], [5], [6]]], k: -1 },
      'k-above-three': { image: [[[1], [2]], [[3], [4]]], k: 6 },
    },
    draw: (rng, size) => ({ image: drawImage(rng, size).image, k: rng.int(-3, 5) }),
  }),
});

const flip = defineCoding({
  algorithmId: 'augment.flip',
  seeds: ['004#§15'],
  title: bi('图像翻转', 'Image flip'),
  statement: bi(
    '翻转图像 image [h][w]（或 [h][w][c]）：axis 为 "horizontal"（默认）时左右翻转（列顺序反转），为 "vertical" 时上下翻转（行顺序反转）。返回 image。',
    'Flip image [h][w] (or [h][w][c]): axis "horizontal" (default) mirrors left-right (columns reversed), "vertical" mirrors up-down (rows reversed). Return image.',
  ),
  params: [{ name: 'image' }, { name: 'axis', default: opt.str('horizontal') }],
  outputs: ['image'],
  difficulty: 'EASY',
  tags: ['data-augmentation', 'computer-vision'],
  solution: `
import numpy as np

def flip(image, axis="horizontal"):
    img = np.asarray(image)
    return {"image": img[:, ::-1] if axis == "horizontal" else img[::-1]}`,
  explanation: bi(
    '水平翻转是对自然图像最安全的增强之一（左右对称的语义不变）；垂直翻转只适用于方向无关的图像（如卫星图、显微图），对文字和数字会改变语义。',
    'Horizontal flips are among the safest augmentations for natural images (left-right mirroring keeps the meaning); vertical flips only suit orientation-free images (satellite, microscopy) and change the meaning of text and digits.',
  ),
  generate: makeGenerator({
    samples: [
      example('augment.flip'),
      fixedDraw((r, s) => ({ image: drawImage(r, s, false).image, axis: 'vertical' })),
    ],
    edge: {
      'single-column': { image: [[1], [2], [3]], axis: 'horizontal' },
      'single-row-vertical': { image: [[1, 2, 3]], axis: 'vertical' },
    },
    draw: (rng, size) => ({ image: drawImage(rng, size, rng.bool()).image, axis: rng.pick(['horizontal', 'vertical']) }),
  }),
});

function drawRotate(rng: Prng, size: Size): Input {
  const { image, h, w } = drawImage(rng, size, false);
  const input: Input = {
    image,
    angle: rng.pick([90, -90, 180, 30, 45, -17.5, 123]),
    interpolation: rng.pick(['nearest', 'bilinear']),
  };
  if (rng.bool(0.3)) input.center = [roundTo(w / 3, 2), roundTo(h / 3, 2)];
  if (rng.bool(0.3)) input.scale = rng.pick([0.5, 1.5]);
  return input;
}

const rotate = defineCoding({
  algorithmId: 'augment.rotate',
  seeds: ['004#§15', '004#§30'],
  title: bi('任意角度旋转图像', 'Rotate an image by any angle'),
  statement: bi(
    '复现种子中的 OpenCV 代码：M = cv2.getRotationMatrix2D(center, angle, scale)（angle 为逆时针角度，center 默认 [w/2, h/2]，scale 默认 1），再 cv2.warpAffine(image, M, (w, h))，边界补常数 0，插值为 "nearest" 或 "bilinear"（默认）。image 为 uint8 灰度图 [h][w]（0–255 的整数），输出同样是 uint8：四舍五入并截断到 [0, 255]。M = [[α, β, (1−α)·cx − β·cy], [−β, α, β·cx + (1−α)·cy]]，α = scale·cos(angle)，β = scale·sin(angle)。OpenCV 以定点数计算，纯浮点计算在对比强烈的图上可差好几个灰度级，所以判题按 OpenCV 的定点规则（允许每个像素相差 1 个灰度级）：设 A 为 M 的逆变换，输出像素 (x, y) 的源坐标以 1/1024 像素为单位，X = round(A₀₀·x·1024) + round((A₀₁·y + A₀₂)·1024)，Y = round(A₁₀·x·1024) + round((A₁₁·y + A₁₂)·1024)（两部分各自舍入，平局取偶）。nearest 取源像素 (⌊(X+512)/1024⌋, ⌊(Y+512)/1024⌋)；bilinear 先化为 1/32 像素：X′ = ⌊(X+16)/32⌋，Y′ = ⌊(Y+16)/32⌋，左上邻点为 (⌊X′/32⌋, ⌊Y′/32⌋)，权重用 fx = (X′ mod 32)/32、fy = (Y′ mod 32)/32，加权和四舍五入（0.5 进位）。图外的邻点按 0 计。返回 matrix [2][3] 和旋转后的 image。',
    'Reproduce the seed\'s OpenCV code: M = cv2.getRotationMatrix2D(center, angle, scale) (angle counter-clockwise in degrees, center defaulting to [w/2, h/2], scale to 1), then cv2.warpAffine(image, M, (w, h)) with a constant 0 border and "nearest" or "bilinear" (default) interpolation. image is a uint8 greyscale image [h][w] (integers 0–255) and so is the output: rounded and saturated to [0, 255]. M = [[α, β, (1−α)·cx − β·cy], [−β, α, β·cx + (1−α)·cy]] with α = scale·cos(angle), β = scale·sin(angle). OpenCV works in fixed point, and a pure floating-point computation can be several grey levels off on a high-contrast image, so the judge follows OpenCV\'s fixed-point rule (accepting one grey level of difference per pixel): with A the inverse of M, output pixel (x, y) has its source coordinates in 1/1024 pixel X = round(A₀₀·x·1024) + round((A₀₁·y + A₀₂)·1024), Y = round(A₁₀·x·1024) + round((A₁₁·y + A₁₂)·1024) (each part rounded on its own, ties to even). nearest takes source pixel (⌊(X+512)/1024⌋, ⌊(Y+512)/1024⌋); bilinear first goes to 1/32 pixel, X′ = ⌊(X+16)/32⌋, Y′ = ⌊(Y+16)/32⌋: the top-left neighbour is (⌊X′/32⌋, ⌊Y′/32⌋), the weights use fx = (X′ mod 32)/32 and fy = (Y′ mod 32)/32, and the weighted sum is rounded half up. Neighbours outside the image count as 0. Return matrix [2][3] and the rotated image.',
  ),
  params: [
    { name: 'image' },
    { name: 'angle' },
    { name: 'center', default: opt.none },
    { name: 'scale', default: opt.num(1) },
    { name: 'interpolation', default: opt.str('bilinear') },
  ],
  outputs: ['matrix', 'image'],
  checkedFields: ['matrix', 'image'],
  tolerance: { image: { rtol: 0, atol: 1.0001 } },
  difficulty: 'HARD',
  tags: ['data-augmentation', 'computer-vision', 'opencv'],
  solution: `
import math
import numpy as np

def rotate(image, angle, center=None, scale=1.0, interpolation="bilinear"):
    img = np.asarray(image, dtype=np.float64)                # uint8 grey levels
    h, w = img.shape
    cx, cy = center if center is not None else (w / 2, h / 2)
    a = math.radians(angle)
    alpha, beta = scale * math.cos(a), scale * math.sin(a)
    M = np.array([[alpha, beta, (1 - alpha) * cx - beta * cy],
                  [-beta, alpha, beta * cx + (1 - alpha) * cy]])
    inv = np.linalg.inv(np.vstack([M, [0, 0, 1]]))[:2]      # warpAffine maps each output pixel back
    out = np.zeros_like(img)
    for y in range(h):
        for x in range(w):
            sx, sy = inv @ [x, y, 1]
            if interpolation == "nearest":
                ix, iy = math.floor(sx + 0.5), math.floor(sy + 0.5)
                if 0 <= ix < w and 0 <= iy < h:
                    out[y, x] = img[iy, ix]
                continue
            # OpenCV keeps 5 fractional bits for bilinear weights: snap to 1/32 pixel
            sx, sy = math.floor(sx * 32 + 0.5) / 32, math.floor(sy * 32 + 0.5) / 32
            x0, y0 = math.floor(sx), math.floor(sy)
            fx, fy = sx - x0, sy - y0
            acc = 0.0
            for dy, wy in ((0, 1 - fy), (1, fy)):
                for dx, wx in ((0, 1 - fx), (1, fx)):
                    px, py = x0 + dx, y0 + dy
                    if 0 <= px < w and 0 <= py < h:         # the border is constant 0
                        acc += wx * wy * img[py, px]
            out[y, x] = acc
    return {"matrix": M, "image": np.clip(np.floor(out + 0.5), 0, 255)}   # back to uint8`,
  explanation: bi(
    'getRotationMatrix2D 构造绕 center 旋转并缩放的仿射矩阵（图像坐标系 y 轴向下，所以"逆时针"对应矩阵中 sin 项的符号）；warpAffine 对每个输出像素用逆变换找到源坐标再插值，源坐标落在图外的取边界值 0。OpenCV 以 1/1024 的定点精度计算坐标、以 1/32 像素的精度计算插值权重，并把结果舍入为 uint8。',
    "getRotationMatrix2D builds the affine matrix that rotates and scales about center (image y points down, which is why counter-clockwise shows up in the signs of the sine terms); warpAffine maps each output pixel back through the inverse transform and interpolates, using the border value 0 outside the image. OpenCV computes coordinates in 1/1024 fixed point and bilinear weights at 1/32-pixel precision, and rounds the result to uint8.",
  ),
  generate: makeGenerator({
    samples: [example('augment.rotate'), fixedDraw(drawRotate)],
    edge: {
      'zero-angle': { image: [[1, 2], [3, 4]], angle: 0, interpolation: 'nearest' },
      'half-turn-bilinear': { image: [[10, 20, 30], [40, 50, 60], [70, 80, 90]], angle: 180, center: [1, 1], interpolation: 'bilinear' },
      'scaled-down': { image: [[0, 100, 0, 100], [100, 0, 100, 0], [0, 100, 0, 100], [100, 0, 100, 0]], angle: 0, scale: 0.5, interpolation: 'nearest' },
    },
    draw: drawRotate,
  }),
});

function drawNoise(rng: Prng, size: Size): Input {
  const shape = bySize(size, [3, 3], [16, 16, 3], [64, 64, 3]);
  const input: Input = { image: rng.uniformTensor(shape, 0, 1), z: rng.normalTensor(shape) };
  if (rng.bool()) input.stddev = rng.pick([0.05, 0.2]);
  if (rng.bool(0.3)) input.mean = 0.1;
  if (rng.bool(0.6)) input.clip = [0, 1];
  return input;
}

const noise = defineCoding({
  algorithmId: 'augment.noise',
  seeds: ['003#§17', '004#§15'],
  title: bi('加高斯噪声', 'Additive Gaussian noise'),
  statement: bi(
    '为了可判题，标准正态随机数 z 已给出（与 image 同形状）：返回 image + mean + stddev·z（mean 默认 0，stddev 默认 0.1），若给出 clip = [min, max] 则再截断到该区间。',
    'So that it can be judged, the standard normal draws z are given (same shape as image): return image + mean + stddev·z (mean defaults to 0, stddev to 0.1), clipped to clip = [min, max] when given.',
  ),
  params: [
    { name: 'image' },
    { name: 'z' },
    { name: 'mean', default: opt.num(0) },
    { name: 'stddev', default: opt.num(0.1) },
    { name: 'clip', default: opt.none },
  ],
  outputs: ['image'],
  difficulty: 'EASY',
  tags: ['data-augmentation', 'computer-vision'],
  solution: `
import numpy as np

def noise(image, z, mean=0.0, stddev=0.1, clip=None):
    out = np.asarray(image, dtype=np.float64) + mean + stddev * np.asarray(z)
    if clip is not None:
        out = np.clip(out, clip[0], clip[1])
    return {"image": out}`,
  explanation: bi(
    '加噪声模拟传感器噪声，提高鲁棒性；把随机数作为输入使结果可复现。不截断时像素可能超出合法范围。',
    'Noise simulates sensor noise and improves robustness; taking the draws as input makes the result reproducible. Without clipping, pixels may leave the valid range.',
  ),
  generate: makeGenerator({
    samples: [example('augment.noise'), fixedDraw(drawNoise)],
    edge: {
      'zero-stddev': { image: [[0.5, 0.5]], z: [[3, -3]], stddev: 0 },
      'clip-both-sides': { image: [[0.95, 0.05]], z: [[1, -1]], stddev: 0.2, clip: [0, 1] },
    },
    draw: drawNoise,
  }),
});

export const augmentQuestions: CodingQuestion[] = [crop, rot90, flip, rotate, noise];
