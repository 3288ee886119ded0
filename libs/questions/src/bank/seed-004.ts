// Conceptual questions from seed 004 (《AI大模型创业的10个灵魂拷问》), §1–§30.
// Each heading asks a question and then shows example code. Much of that code does not run as
// written (missing imports, invented APIs such as `tf.keras.utils.model_server`, pruning and
// quantization "code" that is not Python); the model answers carry corrected code and every
// entry's `corrections` says what changed and why. The seed repeats several questions (§8/§16/§23,
// §14/§22, §12/§21, §7/§17/§29, §15/§30): every repeat keeps its own entry and names one
// canonical entry in `variantOf`.
//
// The example code is shared by the Chinese and English answers (its comments stay as the seed
// wrote them; comments we added are in English). Code lives in String.raw constants so Python
// backslashes stay literal; none of it contains a backtick or a dollar-brace.
import type { ConceptualQuestion, RubricPoint } from '../types';
import { seedRef } from './seed-sections';

/** A fenced Markdown code block. */
function fence(language: string, code: string): string {
  return '```' + language + '\n' + code.trim() + '\n```';
}
const py = (code: string): string => fence('python', code);

/** One rubric point. Keywords are matched as case-insensitive substrings in either language,
 * so the English list carries lowercase synonyms and abbreviations. */
function point(
  id: string,
  text: { zh: string; en: string },
  weight: number,
  keywords: { zh: string[]; en: string[] },
): RubricPoint {
  return { id, point: text, weight, keywords };
}

// ---------------------------------------------------------------------------------------------
// Corrections that apply to more than one entry.

const DYNAMIC_GRAPH_CORRECTION = {
  zh: '原文称使用动态计算图（如 PyTorch 的 Eager 模式）能提高推理速度（§10 甚至说要把静态计算图转换为动态计算图），方向说反了：Eager/动态图便于调试和灵活控制流，但逐算子执行、难以做全图优化；推理部署通常反过来把模型导出为静态图（TorchScript、ONNX、TensorRT、tf.function/SavedModel、TFLite），以便做算子融合、常量折叠和内存规划，从而更快。已改写该要点。',
  en: 'The seed says that a dynamic graph (e.g. PyTorch eager mode) speeds up inference (§10 even says to convert static graphs into dynamic ones). It is the other way round: eager/dynamic execution is convenient for debugging and flexible control flow but runs op by op and cannot be optimised as a whole; for deployment a model is usually exported to a static graph (TorchScript, ONNX, TensorRT, tf.function/SavedModel, TFLite) so that operators can be fused, constants folded and memory planned ahead, which is faster. The point has been rewritten.',
};

const PRETRAINED_ARG_CORRECTION = {
  zh: '`models.resnet18(pretrained=True)` 自 torchvision 0.13 起已弃用（会给出警告，新版本将移除），已改为 `weights=models.ResNet18_Weights.DEFAULT`。',
  en: '`models.resnet18(pretrained=True)` has been deprecated since torchvision 0.13 (it warns and is slated for removal); it is now `weights=models.ResNet18_Weights.DEFAULT`.',
};

const QUANTIZATION_PRECISION_CORRECTION = {
  zh: '原文把量化描述为“使用更小的数值范围（如8位或16位）表示模型权重”（有的小节省略了括号里的例子）；量化降低的是数值的位宽/精度（如 32 位浮点 → 8 位整数或 16 位浮点），并通过缩放因子和零点把原来的取值范围映射过去，而不是缩小数值范围。已改写表述。',
  en: 'The seed describes quantization as representing weights "with a smaller numeric range (e.g. 8 or 16 bits)" (some sections omit the example in brackets). Quantization lowers the bit width/precision (e.g. 32-bit float → 8-bit integer or 16-bit float) and maps the original range onto it with a scale and zero point; it does not shrink the range. The wording has been corrected.',
};

const TRANSFER_LEARNING_CORRECTIONS = [
  {
    zh: '示例缺少 `import torch.nn as nn`（`nn.Linear`、`nn.CrossEntropyLoss` 会报 NameError），也没有定义 `train_loader`；已补上导入，并用 `ImageFolder` 和预训练权重自带的预处理（缩放、ImageNet 均值方差归一化）构造数据加载器。',
    en: 'The example lacks `import torch.nn as nn` (`nn.Linear` and `nn.CrossEntropyLoss` raise NameError) and never defines `train_loader`; the import is added and the loader is built from `ImageFolder` with the preprocessing that belongs to the pretrained weights (resize, ImageNet mean/std normalisation).',
  },
  PRETRAINED_ARG_CORRECTION,
  {
    zh: '示例把模型留在 CPU 上（§29 还把输入搬到 GPU，模型却不在 GPU 上，会报设备不一致错误）；已统一使用 `device`，模型和数据都移到同一设备。',
    en: 'The example leaves the model on the CPU (§29 even moves the inputs to the GPU while the model stays on the CPU, a device-mismatch error); model and data now both go to the same `device`.',
  },
  {
    zh: '示例冻结了除新分类层外的全部参数，这实际上是“特征提取”（只训练新头），而不是答案所说的“微调”。已保留这一阶段，并补充真正的微调阶段：解冻最后一个残差阶段 `layer4`，用比新头更小的学习率一起训练，使预训练特征只做温和调整。',
    en: 'The example freezes every parameter except the new classifier, which is feature extraction (training a new head only), not the fine-tuning the answer names. That stage is kept and a real fine-tuning stage is added: unfreeze the last residual stage `layer4` and train it with a smaller learning rate than the new head, so the pretrained features change only gently.',
  },
];

const DATA_PARALLEL_MERGE_CORRECTION = {
  zh: '原文说数据并行是“分别训练，然后使用平均或权重求和的方式合并结果”。同步数据并行并不是各自训练完再合并模型，而是每一步都把各副本在各自数据分片上算出的梯度做 All-Reduce 求平均，所有副本用同一个平均梯度更新，参数始终保持一致。已改写该要点。',
  en: 'The seed says data parallelism trains on each shard "and then merges the results by averaging or weighted summing". Synchronous data parallelism does not train separate models and merge them afterwards: at every step the gradients each replica computed on its own shard are averaged with an all-reduce, and every replica applies that same averaged gradient, so the parameters stay identical. The point has been rewritten.',
};

const ALL_REDUCE_CORRECTIONS = [
  {
    zh: '`init_process_group` 没有导入（应为 `dist.init_process_group`），`DataLoader`、`MyModel`、`dataset` 均未定义；已补全，并用一个小数据集和小模型使示例可以运行。',
    en: '`init_process_group` is not imported (it is `dist.init_process_group`), and `DataLoader`, `MyModel` and `dataset` are undefined; they are now defined, with a small data set and model so the example runs.',
  },
  {
    zh: '`rank=0, world_size=2` 写死在代码里：两个进程都声称自己是 rank 0，进程组无法建立。已改为用 `torchrun --nproc_per_node=2` 启动，由它为每个进程设置 RANK、LOCAL_RANK、WORLD_SIZE 等环境变量；无 GPU 时使用 gloo 后端，便于在 CPU 上验证。',
    en: '`rank=0, world_size=2` is hard-coded: both processes would claim rank 0 and the process group could not form. It is now started with `torchrun --nproc_per_node=2`, which sets RANK, LOCAL_RANK, WORLD_SIZE and the rest for each process; without a GPU it uses the gloo backend so the example can be checked on a CPU.',
  },
  {
    zh: '没有 `DistributedSampler` 时每个进程都遍历完整数据集，数据并没有被切分。已加入 `DistributedSampler` 并每个 epoch 调用 `set_epoch`。',
    en: 'Without a `DistributedSampler` every process iterates over the whole data set, so the data is not split at all. A `DistributedSampler` is added, with `set_epoch` called every epoch.',
  },
];

const ALL_REDUCE_CALL_CORRECTION = {
  zh: '`dist.all_reduce(optimizer.state_dict()[\'param_groups\'][0][\'params\'][0].grad)` 无法运行：`state_dict()` 里的 `params` 是整数下标而不是张量，`.grad` 会抛 AttributeError。即使取到张量，这行也只同步了一个参数，放在 `optimizer.step()` 之后为时已晚，而且 all_reduce 默认求和而不是平均。已改为在 `backward()` 之后、`step()` 之前对每个参数的梯度 all_reduce 求和再除以进程数（等价于 DistributedDataParallel 自动完成的平均）。注释“解析分布式环境”应为“销毁分布式环境”。',
  en: "`dist.all_reduce(optimizer.state_dict()['param_groups'][0]['params'][0].grad)` cannot run: the `params` in `state_dict()` are integer indices, not tensors, so `.grad` raises AttributeError. Even with a tensor it would sync one parameter only, after `optimizer.step()` (too late), and all_reduce sums rather than averages by default. It now all-reduces every parameter's gradient after `backward()` and before `step()`, then divides by the number of processes (the averaging that DistributedDataParallel does automatically). The comment '解析分布式环境' ('parse the distributed environment') should read '销毁分布式环境' ('destroy it').",
};

const LIME_CORRECTIONS = [
  {
    zh: 'LIME 的解释对象没有 `get_image_mask()` 方法，应调用 `get_image_and_mask(label, positive_only=True, num_features=5, hide_rest=False)`，并传入要解释的类别（如 `explanation.top_labels[0]`）。',
    en: "LIME's explanation object has no `get_image_mask()` method; the call is `get_image_and_mask(label, positive_only=True, num_features=5, hide_rest=False)`, given the class to explain (e.g. `explanation.top_labels[0]`).",
  },
  {
    zh: '`plt.imshow(..., cmap=np.interp(...))` 把一个数组当作颜色映射传入，matplotlib 会报错；已改为用 `skimage.segmentation.mark_boundaries` 把选中的超像素边界画在图上。',
    en: '`plt.imshow(..., cmap=np.interp(...))` passes an array as a colormap, which matplotlib rejects; the selected superpixels are now outlined on the image with `skimage.segmentation.mark_boundaries`.',
  },
  {
    zh: '补充说明 LIME 对分类函数的要求：输入一批扰动后的图像 (N, H, W, 3)，返回各类别概率 (N, 类别数)；`image` 须为 H×W×3 的 numpy 数组。',
    en: 'Added what LIME needs from the classifier function: it receives a batch of perturbed images (N, H, W, 3) and must return class probabilities (N, n_classes); `image` must be an H×W×3 numpy array.',
  },
];

const GRADIENT_ANALYSIS_CORRECTION = {
  zh: '原文把“梯度分析”写成“分析模型参数的梯度，了解模型的学习过程”。用于解释预测的梯度方法（显著图 Saliency、Integrated Gradients、Grad-CAM）计算的是输出对输入（或中间特征）的梯度，用来说明哪些输入影响了这次预测；参数梯度只反映训练动态，不能解释单个预测。已改写。',
  en: "The seed describes gradient analysis as 'analysing the gradients of the model's parameters to understand the learning process'. Gradient-based explanations (saliency maps, Integrated Gradients, Grad-CAM) use the gradient of the output with respect to the input (or intermediate features) to show which inputs drove a prediction; parameter gradients describe training dynamics and do not explain an individual prediction. Rewritten.",
};

const LIME_DEFINITION_CORRECTION = {
  zh: '原文说 LIME“将复杂模型转换为简单的线性模型”。LIME 并不转换模型：它在待解释样本附近做随机扰动，用原模型给扰动样本打分，再按与原样本的距离加权拟合一个局部可解释的代理模型（通常是稀疏线性模型），只解释这一个预测。已改写。',
  en: "The seed says LIME 'converts a complex model into a simple linear model'. LIME does not convert the model: it perturbs the instance being explained, scores the perturbed samples with the original model and fits a local interpretable surrogate (usually a sparse linear model) weighted by proximity to the instance, explaining that one prediction only. Rewritten.",
};

const PRUNING_PERMANENCE_NOTE = {
  zh: '原文最后“重新加载剪枝后的模型”又调用 `models.resnet18(pretrained=True)`，这会得到一个全新的未剪枝模型，等于丢弃了剪枝结果；`prune.remove(model, \'model.fc\')` 的参数也不对（应为模块和参数名，如 `prune.remove(model.fc, \'weight\')`）。已改为在同一个模型上对每个剪过的参数调用 `prune.remove` 使剪枝永久化，并打印稀疏度加以验证。另说明：非结构化剪枝只是把权重置零，稠密存储的大小和速度不变，需要稀疏格式/稀疏算子或结构化剪枝（去掉整个通道）才能真正变小变快。',
  en: "The seed ends by 'reloading the pruned model' with `models.resnet18(pretrained=True)`, which builds a fresh, unpruned model and throws the pruning away; `prune.remove(model, 'model.fc')` also has the wrong arguments (it takes a module and a parameter name, e.g. `prune.remove(model.fc, 'weight')`). The answer now calls `prune.remove` on each pruned parameter of the same model to make the pruning permanent, and prints the sparsity to check it. Also noted: unstructured pruning only zeroes weights, so dense storage and speed are unchanged until sparse formats/kernels or structured pruning (removing whole channels) are used.",
};

const AUGMENT_CODE_CORRECTION = {
  zh: '示例没有 `import random`，`crop_size` 未定义，会直接报 NameError；已补上（`crop_size` 不能超过图像宽高）。`cv2.imread` 读不到文件时返回 None 而不是抛异常，已加检查。`cv2.imshow` 需要图形界面，在服务器上无法使用，已改为 `cv2.imwrite` 保存结果。',
  en: 'The example has no `import random` and never defines `crop_size`, so it stops with NameError; both are added (`crop_size` must not exceed the image height or width). `cv2.imread` returns None instead of raising when the file is missing, so that is now checked. `cv2.imshow` needs a display and fails on a server, so the results are written with `cv2.imwrite` instead.',
};

// ---------------------------------------------------------------------------------------------
// Rubrics shared by a canonical entry and its repeats.

const TRANSFER_LEARNING_RUBRIC: RubricPoint[] = [
  point('pretrained', { zh: '以大规模数据上预训练的模型为起点', en: 'Start from a model pretrained on large-scale data' }, 1.5, {
    zh: ['预训练'],
    en: ['pretrained', 'pre-trained', 'pretraining', 'imagenet'],
  }),
  point('fine-tuning', { zh: '针对目标任务微调部分或全部参数（较小学习率）', en: 'Fine-tune some or all parameters for the target task (smaller learning rate)' }, 1.5, {
    zh: ['微调', '解冻'],
    en: ['fine-tun', 'finetun', 'unfreeze', 'smaller learning rate'],
  }),
  point('feature-extraction', { zh: '冻结主干作为特征提取器，只训练新的输出层', en: 'Freeze the backbone as a feature extractor and train a new head' }, 1.5, {
    zh: ['特征提取', '冻结', '替换最后一层', '分类头'],
    en: ['feature extract', 'freeze', 'frozen', 'requires_grad', 'new head', 'replace the last layer', 'linear prob'],
  }),
  point('distillation', { zh: '知识蒸馏：把大模型知识传给小模型', en: 'Knowledge distillation into a smaller model' }, 1, {
    zh: ['知识蒸馏', '蒸馏'],
    en: ['distillation', 'distil', 'teacher', 'student'],
  }),
];

const DISTRIBUTED_TRAINING_RUBRIC: RubricPoint[] = [
  point('data-parallelism', { zh: '数据并行：数据分片、每个设备一份模型副本、梯度 All-Reduce 平均', en: 'Data parallelism: sharded data, a model replica per device, gradients averaged by all-reduce' }, 2, {
    zh: ['数据并行', '梯度同步', '梯度平均', '全归约'],
    en: ['data parallel', 'ddp', 'distributeddataparallel', 'all-reduce', 'allreduce', 'gradient averaging', 'average the gradients'],
  }),
  point('model-parallelism', { zh: '模型并行：把模型拆到多个设备（流水线/张量并行）', en: 'Model parallelism: split the model over devices (pipeline/tensor parallelism)' }, 1.5, {
    zh: ['模型并行', '流水线并行', '张量并行'],
    en: ['model parallel', 'pipeline parallel', 'tensor parallel', 'split the model'],
  }),
  point('parameter-server', { zh: '参数服务器存储和管理参数', en: 'Parameter servers store and manage the parameters' }, 1, {
    zh: ['参数服务器'],
    en: ['parameter server', 'parameter-server'],
  }),
  point('async', { zh: '异步训练/异步更新参数（与同步更新对比）', en: 'Asynchronous updates (versus synchronous)' }, 1, {
    zh: ['异步'],
    en: ['asynchronous', 'async'],
  }),
  point('implementation', { zh: '实现细节：每个进程一个 rank、分布式采样器切分数据、进程组初始化', en: 'Implementation: one rank per process, a distributed sampler to shard data, process-group initialisation' }, 1, {
    zh: ['进程组', '分布式采样', 'rank', 'torchrun', 'nccl'],
    en: ['distributedsampler', 'init_process_group', 'rank', 'torchrun', 'nccl', 'world size', 'world_size'],
  }),
];

const EXPLAINABILITY_RUBRIC: RubricPoint[] = [
  point('feature-importance', { zh: '特征重要性分析', en: 'Feature-importance analysis' }, 1, {
    zh: ['特征重要性', '重要特征', '置换重要性'],
    en: ['feature importance', 'feature-importance', 'permutation importance', 'important features'],
  }),
  point('gradients', { zh: '基于梯度的方法：输出对输入的梯度（显著图、IG、Grad-CAM）', en: 'Gradient methods: output gradient w.r.t. the input (saliency, IG, Grad-CAM)' }, 1.5, {
    zh: ['梯度', '显著图', '热力图'],
    en: ['gradient', 'saliency', 'grad-cam', 'gradcam', 'integrated gradients', 'heatmap'],
  }),
  point('lime', { zh: 'LIME：扰动样本、拟合局部可解释代理模型', en: 'LIME: perturb the instance and fit a local interpretable surrogate' }, 1.5, {
    zh: ['lime', '局部解释', '代理模型', '局部线性'],
    en: ['lime', 'local surrogate', 'surrogate model', 'local explanation', 'local linear'],
  }),
  point('shapley', { zh: 'Shapley 值/SHAP：每个特征对预测的贡献', en: 'Shapley values/SHAP: each feature’s contribution to the prediction' }, 1.5, {
    zh: ['shapley', 'shap值', '沙普利', '贡献'],
    en: ['shapley', 'shap value', 'shap)', 'shap,', 'shap.', 'kernelexplainer', 'contribution'],
  }),
  point('local-global', { zh: '区分局部解释与全局解释', en: 'Distinguish local and global explanations' }, 0.5, {
    zh: ['全局', '局部'],
    en: ['global', 'local explanation', 'per-prediction', 'individual prediction'],
  }),
];

const COMPRESSION_RUBRIC: RubricPoint[] = [
  point('pruning', { zh: '剪枝：删除不重要的权重、神经元或通道', en: 'Pruning: remove unimportant weights, neurons or channels' }, 1.5, {
    zh: ['剪枝', '稀疏'],
    en: ['pruning', 'prune', 'sparsity', 'sparse'],
  }),
  point('quantization', { zh: '量化：用更低位宽（int8/fp16）表示权重', en: 'Quantization: fewer bits (int8/fp16) per weight' }, 1.5, {
    zh: ['量化', 'int8', 'fp16', '低精度'],
    en: ['quantiz', 'quantis', 'int8', 'fp16', 'low precision', 'low-bit'],
  }),
  point('parameter-sharing', { zh: '参数共享（或低秩分解）减少参数量', en: 'Parameter sharing (or low-rank factorisation) reduces parameters' }, 1, {
    zh: ['参数共享', '权重共享', '低秩'],
    en: ['parameter sharing', 'weight sharing', 'shared weights', 'low-rank', 'low rank', 'factoriz', 'factoris'],
  }),
  point('compact-architecture', { zh: '使用更小的网络结构（MobileNet、EfficientNet）', en: 'Smaller architectures (MobileNet, EfficientNet)' }, 1, {
    zh: ['网络结构', 'mobilenet', 'efficientnet', '轻量'],
    en: ['mobilenet', 'efficientnet', 'compact architecture', 'smaller architecture', 'smaller network', 'lightweight', 'squeezenet'],
  }),
  point('distillation', { zh: '知识蒸馏：大模型教小模型', en: 'Knowledge distillation: a large teacher trains a small student' }, 1.5, {
    zh: ['蒸馏'],
    en: ['distillation', 'distil', 'teacher', 'student'],
  }),
  point('structured', { zh: '结构化与非结构化剪枝的区别（非结构化需稀疏支持才能提速）', en: 'Structured versus unstructured pruning (unstructured needs sparse support to speed up)' }, 0.5, {
    zh: ['结构化', '非结构化', '通道剪枝'],
    en: ['structured', 'unstructured', 'channel pruning', 'filter pruning'],
  }),
];

const AUGMENTATION_RUBRIC: RubricPoint[] = [
  point('rotation-flip', { zh: '几何变换：随机旋转、翻转', en: 'Geometric transforms: random rotation and flips' }, 1, {
    zh: ['旋转', '翻转'],
    en: ['rotat', 'flip'],
  }),
  point('crop-scale', { zh: '随机裁剪与随机缩放', en: 'Random cropping and scaling' }, 1, {
    zh: ['裁剪', '缩放'],
    en: ['crop', 'scal', 'resiz', 'zoom'],
  }),
  point('color', { zh: '颜色调整：亮度、对比度、饱和度', en: 'Colour changes: brightness, contrast, saturation' }, 1, {
    zh: ['颜色', '亮度', '对比度', '饱和度'],
    en: ['color', 'colour', 'brightness', 'contrast', 'saturation', 'jitter'],
  }),
  point('noise', { zh: '添加噪声模拟真实环境', en: 'Add noise to mimic real-world conditions' }, 1, {
    zh: ['噪声', '噪音'],
    en: ['noise', 'gaussian'],
  }),
  point('purpose', { zh: '目的：增加数据多样性、提高泛化、减少过拟合', en: 'Purpose: more diverse data, better generalisation, less overfitting' }, 1, {
    zh: ['多样性', '泛化', '过拟合'],
    en: ['diversity', 'diverse', 'generaliz', 'generalis', 'overfitting', 'robust'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Example code of the model answers (corrected; see each entry's corrections).

const CODE_S1 = String.raw`import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

# Model parallelism: the two halves of the network live on different devices.
# With fewer than two GPUs both halves fall back to the same device.
n_gpu = torch.cuda.device_count()
dev0 = torch.device("cuda:0" if n_gpu >= 1 else "cpu")
dev1 = torch.device("cuda:1" if n_gpu >= 2 else dev0)

# 定义模型
class Model(nn.Module):
    def __init__(self):
        super(Model, self).__init__()
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5).to(dev0)
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5).to(dev0)
        self.fc1 = nn.Linear(320, 50).to(dev1)
        self.fc2 = nn.Linear(50, 10).to(dev1)

    def forward(self, x):
        x = F.relu(F.max_pool2d(self.conv1(x.to(dev0)), 2))
        x = F.relu(F.max_pool2d(self.conv2(x), 2))
        x = x.view(-1, 320).to(dev1)  # activations move between devices
        x = F.relu(self.fc1(x))
        x = self.fc2(x)
        return x

# 数据加载
transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
trainset = datasets.MNIST('~/.mnist_data/', download=True, train=True, transform=transform)
trainloader = DataLoader(trainset, batch_size=64, shuffle=True)

# 训练模型
model = Model()
optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
criterion = nn.CrossEntropyLoss()

for epoch in range(10):  # loop over the dataset multiple times
    running_loss = 0.0
    for i, data in enumerate(trainloader, 0):
        inputs, labels = data[0], data[1].to(dev1)  # labels go where the output is

        # zero the parameter gradients
        optimizer.zero_grad()

        # forward + backward + optimize
        outputs = model(inputs)
        loss = criterion(outputs, labels)
        loss.backward()
        optimizer.step()

        # print statistics (938 mini-batches per epoch at batch size 64)
        running_loss += loss.item()
        if i % 200 == 199:    # print every 200 mini-batches
            print('[%d, %5d] loss: %.3f' %
                  (epoch + 1, i + 1, running_loss / 200))
            running_loss = 0.0

print('Finished Training')
`;

const CODE_S2 = String.raw`from keras.models import Sequential
from keras.layers import Dense, Dropout
from keras.optimizers import Adam
from keras.callbacks import EarlyStopping
from keras.regularizers import l2
from keras.datasets import mnist
from keras.utils import to_categorical

# Data: 28x28 digits flattened to 784 features; one-hot labels for categorical_crossentropy
(x_train, y_train), (x_test, y_test) = mnist.load_data()
x_train = x_train.reshape(-1, 784).astype('float32') / 255.0
y_train = to_categorical(y_train, 10)

# 创建模型 (L2 weight penalty on the hidden layer, plus dropout)
model = Sequential()
model.add(Dense(128, input_shape=(784,), activation='relu', kernel_regularizer=l2(1e-4)))
model.add(Dropout(0.2))
model.add(Dense(10, activation='softmax'))

# 编译模型
model.compile(optimizer=Adam(learning_rate=0.001), loss='categorical_crossentropy', metrics=['accuracy'])

# 早停法回调 (stop after 5 epochs without a lower validation loss; keep the best weights)
early_stopping = EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)

# 训练模型
model.fit(x_train, y_train, epochs=100, batch_size=128, validation_split=0.2, callbacks=[early_stopping])
`;

const CODE_S3 = String.raw`import pandas as pd
from sklearn.preprocessing import MinMaxScaler

# 加载数据 (the last column is the label)
data = pd.read_csv('data.csv')

# 数据清洗
data.dropna(inplace=True)
data.drop_duplicates(inplace=True)

# 数据分割 (before scaling, so that no statistic of the test rows leaks into training)
train_size = int(len(data) * 0.8)
train_data, test_data = data[:train_size], data[train_size:]

# 分割为特征和标签
X_train = train_data.iloc[:, :-1].values
y_train = train_data.iloc[:, -1].values
X_test = test_data.iloc[:, :-1].values
y_test = test_data.iloc[:, -1].values

# 数据归一化: fit the scaler on the training features only, then apply it to both sets
scaler = MinMaxScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
`;

const CODE_S4 = String.raw`from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score, roc_auc_score
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

# 预测 (model: a fitted scikit-learn classifier)
y_pred = model.predict(X_test)          # hard labels, for accuracy / precision / recall / F1
y_score = model.predict_proba(X_test)   # class probabilities, for ROC AUC

# 计算指标
accuracy = accuracy_score(y_test, y_pred)
precision = precision_score(y_test, y_pred, average='weighted')
recall = recall_score(y_test, y_pred, average='weighted')
f1 = f1_score(y_test, y_pred, average='weighted')
# AUC ranks scores, so it needs probabilities, not predicted labels:
# the positive-class column for a binary problem, the whole matrix (one-vs-rest) for multi-class
if y_score.shape[1] == 2:
    roc_auc = roc_auc_score(y_test, y_score[:, 1])
else:
    roc_auc = roc_auc_score(y_test, y_score, multi_class='ovr')

print("Accuracy:", accuracy)
print("Precision:", precision)
print("Recall:", recall)
print("F1 Score:", f1)
print("ROC AUC:", roc_auc)

# 回归模型 (reg: a fitted regressor)
y_reg_pred = reg.predict(X_reg_test)
mse = mean_squared_error(y_reg_test, y_reg_pred)
mae = mean_absolute_error(y_reg_test, y_reg_pred)
print("MSE:", mse, "RMSE:", mse ** 0.5, "MAE:", mae, "R2:", r2_score(y_reg_test, y_reg_pred))
`;

const CODE_S5 = String.raw`import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 定义模型
class CNN(nn.Module):
    def __init__(self):
        super(CNN, self).__init__()
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5)   # 1x28x28 -> 10x24x24, pooled to 10x12x12
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5)  # -> 20x8x8, pooled to 20x4x4 = 320 features
        self.fc1 = nn.Linear(320, 50)
        self.fc2 = nn.Linear(50, 10)

    def forward(self, x):
        x = F.relu(F.max_pool2d(self.conv1(x), 2))
        x = F.relu(F.max_pool2d(self.conv2(x), 2))
        x = x.view(-1, 320)
        x = F.relu(self.fc1(x))
        x = self.fc2(x)  # logits; CrossEntropyLoss applies log-softmax itself
        return x

# 数据加载 (28x28 grey images, e.g. MNIST)
transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
trainset = datasets.MNIST('~/.mnist_data/', download=True, train=True, transform=transform)
trainloader = DataLoader(trainset, batch_size=64, shuffle=True)

# 创建模型实例
model = CNN().to(device)

# 编译模型
optimizer = optim.SGD(model.parameters(), lr=0.01)
criterion = nn.CrossEntropyLoss()

# 训练模型
for epoch in range(10):
    running_loss = 0.0
    for i, data in enumerate(trainloader, 0):
        inputs, labels = data[0].to(device), data[1].to(device)

        # zero the parameter gradients
        optimizer.zero_grad()

        # forward + backward + optimize
        outputs = model(inputs)
        loss = criterion(outputs, labels)
        loss.backward()
        optimizer.step()

        # print statistics
        running_loss += loss.item()
        if i % 200 == 199:    # print every 200 mini-batches
            print('[%d, %5d] loss: %.3f' %
                  (epoch + 1, i + 1, running_loss / 200))
            running_loss = 0.0
`;

const CODE_S6 = String.raw`import tensorflow as tf

# 配置分布式策略: synchronous data parallelism over all GPUs of this machine
strategy = tf.distribute.MirroredStrategy()
print('Replicas:', strategy.num_replicas_in_sync)

# Each replica gets BATCH examples per step
BATCH = 64
GLOBAL_BATCH = BATCH * strategy.num_replicas_in_sync
(x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 784).astype('float32') / 255.0
train_dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(10000).batch(GLOBAL_BATCH)
train_dist_dataset = strategy.experimental_distribute_dataset(train_dataset)

with strategy.scope():
    # 定义模型、损失函数和优化器 (variables created here are mirrored on every replica)
    model = tf.keras.Sequential([
        tf.keras.layers.Dense(128, activation='relu', input_shape=(784,)),
        tf.keras.layers.Dense(10),
    ])
    criterion = tf.keras.losses.SparseCategoricalCrossentropy(
        from_logits=True, reduction=tf.keras.losses.Reduction.NONE)
    optimizer = tf.keras.optimizers.SGD(learning_rate=0.01)

def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        per_example_loss = criterion(y, logits)  # Keras losses take (y_true, y_pred)
        loss_value = tf.nn.compute_average_loss(per_example_loss, global_batch_size=GLOBAL_BATCH)
    grads = tape.gradient(loss_value, model.trainable_variables)
    # inside strategy.run, apply_gradients all-reduces the gradients across replicas
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss_value

@tf.function
def distributed_train_step(x, y):
    per_replica_losses = strategy.run(train_step, args=(x, y))
    return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica_losses, axis=None)

# 训练模型
for epoch in range(10):
    for x, y in train_dist_dataset:
        loss_value = distributed_train_step(x, y)
    print('epoch', epoch + 1, 'loss', float(loss_value))
`;

const CODE_S7 = String.raw`import torch
import torch.nn as nn
import torch.optim as optim
import torchvision.models as models
from torch.utils.data import DataLoader
from torchvision import datasets

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 加载预训练模型
weights = models.ResNet18_Weights.DEFAULT
model = models.resnet18(weights=weights)

# Inputs must be preprocessed like the pretraining data (resize, ImageNet mean/std)
train_set = datasets.ImageFolder('data/train', transform=weights.transforms())
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)

# 冻结预训练模型的参数
for param in model.parameters():
    param.requires_grad = False

# 替换最后一层的输出维度 (the new layer is trainable)
num_classes = 10
model.fc = nn.Linear(model.fc.in_features, num_classes)
model = model.to(device)

# 编译模型
optimizer = optim.SGD(model.fc.parameters(), lr=0.001, momentum=0.9)
criterion = nn.CrossEntropyLoss()

def train(epochs):
    model.train()
    for epoch in range(epochs):
        for inputs, labels in train_loader:
            inputs, labels = inputs.to(device), labels.to(device)
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()

# 训练模型: stage 1 trains only the new head (feature extraction)
train(10)

# Stage 2 (fine-tuning proper): unfreeze the last residual stage as well and train it
# with a smaller learning rate than the head, so the pretrained features change gently
for param in model.layer4.parameters():
    param.requires_grad = True
optimizer = optim.SGD([
    {'params': model.layer4.parameters(), 'lr': 1e-4},
    {'params': model.fc.parameters(), 'lr': 1e-3},
], momentum=0.9)
train(5)
`;

const CODE_S8 = String.raw`import os
import torch
import torch.distributed as dist
import torch.nn as nn
import torch.optim as optim
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

# 初始化分布式环境
# Start one process per GPU with: torchrun --nproc_per_node=2 train.py
# torchrun sets RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT for each process.
use_cuda = torch.cuda.is_available()
dist.init_process_group(backend='nccl' if use_cuda else 'gloo')
local_rank = int(os.environ['LOCAL_RANK'])
device = torch.device('cuda', local_rank) if use_cuda else torch.device('cpu')
if use_cuda:
    torch.cuda.set_device(device)

# 定义模型和数据加载器
torch.manual_seed(0)  # the same toy data and initial weights in every process
dataset = TensorDataset(torch.randn(1024, 20), torch.randint(0, 2, (1024,)))
sampler = DistributedSampler(dataset)  # every process reads a different shard
dataloader = DataLoader(dataset, batch_size=64, sampler=sampler)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)).to(device)
model = DDP(model, device_ids=[local_rank] if use_cuda else None)

# 定义损失函数和优化器
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=0.01)

# 训练模型
for epoch in range(10):
    sampler.set_epoch(epoch)  # a different shuffle every epoch
    for batch, (x, y) in enumerate(dataloader):
        x = x.to(device)
        y = y.to(device)

        # zero the parameter gradients
        optimizer.zero_grad()

        # forward
        outputs = model(x)
        loss = criterion(outputs, y)

        # backward: DDP all-reduces (averages) the gradients across processes here
        loss.backward()

        # update parameters: every process applies the same averaged gradient
        optimizer.step()

    if dist.get_rank() == 0:
        print('epoch', epoch + 1, 'loss', loss.item())

# 销毁分布式环境
dist.destroy_process_group()
`;

const CODE_S9 = String.raw`import torch
import torch.nn as nn

class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super(MultiHeadAttention, self).__init__()
        assert d_model % num_heads == 0, "d_model must be divisible by num_heads"
        self.d_model = d_model
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads

        self.query_linear = nn.Linear(d_model, d_model)
        self.key_linear = nn.Linear(d_model, d_model)
        self.value_linear = nn.Linear(d_model, d_model)

        self.out_linear = nn.Linear(d_model, d_model)

    def forward(self, query, key, value, mask=None):
        # query: (batch, tq, d_model); key, value: (batch, tk, d_model)
        # mask: 1 = may attend, 0 = blocked; broadcastable to (batch, num_heads, tq, tk),
        # e.g. (batch, 1, 1, tk) for padding or (tq, tk) for a causal mask
        batch_size = query.size(0)

        # project, then split the feature dimension into heads: (batch, num_heads, t, head_dim)
        query = self.query_linear(query).view(batch_size, -1, self.num_heads, self.head_dim).transpose(1, 2)
        key = self.key_linear(key).view(batch_size, -1, self.num_heads, self.head_dim).transpose(1, 2)
        value = self.value_linear(value).view(batch_size, -1, self.num_heads, self.head_dim).transpose(1, 2)

        attn_scores = torch.matmul(query, key.transpose(-2, -1)) / (self.head_dim ** 0.5)

        if mask is not None:
            attn_scores = attn_scores.masked_fill(mask == 0, float("-inf"))

        attn_weights = torch.softmax(attn_scores, dim=-1)
        # a query row whose keys are all masked would be NaN after softmax; give it zero weights
        attn_weights = torch.nan_to_num(attn_weights, nan=0.0)
        attn_output = torch.matmul(attn_weights, value).transpose(1, 2).contiguous().view(batch_size, -1, self.d_model)

        output = self.out_linear(attn_output)
        return output
`;

const CODE_S10 = String.raw`import tensorflow as tf

# 加载Keras模型
model = tf.keras.models.load_model('my_model.h5')

# 编译量化模型
converter = tf.lite.TFLiteConverter.from_keras_model(model)
# Optimize.DEFAULT alone gives dynamic-range quantization: int8 weights, float activations
converter.optimizations = [tf.lite.Optimize.DEFAULT]

# Option: float16 weights instead (half the size, little accuracy loss, GPU-friendly)
# converter.target_spec.supported_types = [tf.float16]

# Option: full integer quantization; activation ranges are calibrated on representative inputs
# def representative_dataset():
#     for x in calibration_images[:100]:
#         yield [x[None].astype('float32')]
# converter.representative_dataset = representative_dataset
# converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]

tflite_model = converter.convert()

# 保存量化模型
with open('my_model_quantized.tflite', 'wb') as f:
    f.write(tflite_model)
`;

const CODE_S11 = String.raw`import json
import numpy as np
import requests
import tensorflow as tf

# 加载模型 (a Keras model; a .tflite file cannot be served by TensorFlow Serving)
model = tf.keras.models.load_model('my_model.h5')

# Export a SavedModel into a numbered version directory, the layout TensorFlow Serving loads
tf.saved_model.save(model, 'serving/my_model/1')

# 创建并启动TensorFlow Serving服务器: a separate C++ server, started outside Python, e.g.
#   docker run -p 8501:8501 \
#     --mount type=bind,source=$(pwd)/serving/my_model,target=/models/my_model \
#     -e MODEL_NAME=my_model -t tensorflow/serving --enable_batching
# (--enable_batching lets the server merge concurrent requests into one batch)

# Query the REST endpoint with a batch shaped like the model's input
x = np.random.rand(1, 784).astype('float32')
response = requests.post('http://localhost:8501/v1/models/my_model:predict',
                         data=json.dumps({'instances': x.tolist()}))
print(response.json()['predictions'])
`;

const CODE_S12 = String.raw`import numpy as np
import matplotlib.pyplot as plt
from lime import lime_image
from skimage.segmentation import mark_boundaries

# 加载模型
model = ...

# LIME calls this with a batch of perturbed copies of the image, shape (N, H, W, 3),
# and needs class probabilities back, shape (N, n_classes)
def predict_fn(images):
    return model.predict(images)

# 定义解释器
explainer = lime_image.LimeImageExplainer()

# 解释特定输入的预测结果 (image: an H x W x 3 numpy array)
explanation = explainer.explain_instance(image, predict_fn, top_labels=5, hide_color=0, num_samples=1000)

# 绘制解释结果: the 5 superpixels that most support the top predicted class
temp, mask = explanation.get_image_and_mask(explanation.top_labels[0], positive_only=True,
                                            num_features=5, hide_rest=False)
plt.imshow(mark_boundaries(temp / 255.0, mask))  # temp holds 0-255 values here
plt.axis('off')
plt.show()
`;

const CODE_S13 = String.raw`import numpy as np
import tensorflow as tf

# 加载模型 (the bytes of a .tflite file, e.g. the quantized model from TFLiteConverter)
with open('my_model_quantized.tflite', 'rb') as f:
    tflite_model = f.read()

# 创建解释器
interpreter = tf.lite.Interpreter(model_content=tflite_model)
interpreter.allocate_tensors()  # required before set_tensor / invoke

# 配置输入和输出张量
input_details = interpreter.get_input_details()
output_details = interpreter.get_output_details()

# 加载图像并进行预处理: shape and dtype must match input_details[0] exactly
shape, dtype = input_details[0]['shape'], input_details[0]['dtype']
input_data = np.zeros(shape, dtype=dtype)  # replace with the preprocessed image

# 执行推理
interpreter.set_tensor(input_details[0]['index'], input_data)
interpreter.invoke()

# 获取输出结果
outputs = interpreter.get_tensor(output_details[0]['index'])

# 打印输出结果
print(outputs)
`;

const CODE_S14 = String.raw`import torch
import torch.nn as nn
import torch.nn.utils.prune as prune
import torchvision.models as models

# 加载模型
model = models.resnet18(weights=models.ResNet18_Weights.DEFAULT)

# 剪枝
# (1) layer-wise: zero the 30% of the final layer's weights with the smallest |w|
prune.l1_unstructured(model.fc, name='weight', amount=0.3)

# (2) global: zero 20% of all convolution weights, ranked by |w| across every layer together
conv_params = [(m, 'weight') for m in model.modules() if isinstance(m, nn.Conv2d)]
prune.global_unstructured(conv_params, pruning_method=prune.L1Unstructured, amount=0.2)

# Make the pruning permanent: fold weight_orig * weight_mask back into a plain weight tensor
for module, name in conv_params + [(model.fc, 'weight')]:
    prune.remove(module, name)

# Check the sparsity of the pruned model (it is still the same model object; do not reload it)
zeros = sum((m.weight == 0).sum().item() for m, _ in conv_params)
total = sum(m.weight.numel() for m, _ in conv_params)
print('conv sparsity: %.1f%%' % (100.0 * zeros / total))
print('fc sparsity: %.1f%%' % (100.0 * (model.fc.weight == 0).float().mean().item()))
`;

const CODE_S15 = String.raw`import random
import cv2
import numpy as np

# 加载图像
image = cv2.imread('image.jpg')
if image is None:
    raise FileNotFoundError('image.jpg')  # cv2.imread returns None instead of raising

# 随机裁剪
crop_size = 224  # must not exceed the image's height or width
height, width = image.shape[:2]
x = random.randint(0, width - crop_size)
y = random.randint(0, height - crop_size)
crop = image[y:y+crop_size, x:x+crop_size]

# 随机旋转 (about the centre; corners that leave the frame are cut, uncovered pixels are black)
angle = random.randint(-30, 30)
M = cv2.getRotationMatrix2D((width/2, height/2), angle, scale=1.0)
rotated = cv2.warpAffine(image, M, (width, height))

# Random horizontal flip, and additive Gaussian noise clipped back to the valid pixel range
flipped = cv2.flip(image, 1) if random.random() < 0.5 else image
noise = np.random.normal(0, 10, image.shape)
noisy = np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)

# 显示结果 (cv2.imshow needs a display; on a server write the files instead)
cv2.imwrite('crop.jpg', crop)
cv2.imwrite('rotated.jpg', rotated)
cv2.imwrite('flipped.jpg', flipped)
cv2.imwrite('noisy.jpg', noisy)
`;

const CODE_S16 = String.raw`import os
import torch
import torch.distributed as dist
import torch.nn as nn
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

# 初始化分布式环境 (launch: torchrun --nproc_per_node=2 train.py)
use_cuda = torch.cuda.is_available()
dist.init_process_group(backend='nccl' if use_cuda else 'gloo')
local_rank = int(os.environ['LOCAL_RANK'])
world_size = dist.get_world_size()
device = torch.device('cuda', local_rank) if use_cuda else torch.device('cpu')
if use_cuda:
    torch.cuda.set_device(device)

# 定义模型和数据加载器
torch.manual_seed(0)  # the same initial weights in every process
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)).to(device)
dataset = TensorDataset(torch.randn(1024, 20), torch.randint(0, 2, (1024,)))
sampler = DistributedSampler(dataset)  # every process reads a different shard
dataloader = DataLoader(dataset, batch_size=64, sampler=sampler)

# 定义损失函数和优化器
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=0.01)

# 训练模型
for epoch in range(10):
    sampler.set_epoch(epoch)
    for batch, (x, y) in enumerate(dataloader):
        x = x.to(device)
        y = y.to(device)

        # zero the parameter gradients
        optimizer.zero_grad()

        # forward
        outputs = model(x)
        loss = criterion(outputs, y)

        # backward
        loss.backward()

        # 同步梯度: after backward and BEFORE the step, for every parameter,
        # sum the gradients of all processes and divide by their number
        for param in model.parameters():
            dist.all_reduce(param.grad, op=dist.ReduceOp.SUM)
            param.grad /= world_size

        # update parameters
        optimizer.step()

# 销毁分布式环境
dist.destroy_process_group()
`;

const CODE_S18 = String.raw`import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from keras.models import Sequential
from keras.layers import LSTM, Dense

# 加载股票价格数据
data = pd.read_csv('stock_price.csv')
close = data[['close']].values.astype('float32')  # shape (n, 1), in time order

# 分割数据集 (by time, no shuffling: the test period comes after the training period)
split = int(len(close) * 0.8)

# Fit the scaler on the training period only; the test period must not influence it
scaler = MinMaxScaler()
train_data = scaler.fit_transform(close[:split])
test_data = scaler.transform(close[split:])

# 创建序列数据: each sample is n_steps consecutive values, its target the value after them
def create_sequences(data, n_steps):
    X, y = [], []
    for i in range(len(data) - n_steps):
        X.append(data[i:(i + n_steps)])   # (n_steps, 1)
        y.append(data[i + n_steps, 0])
    return np.array(X), np.array(y)

n_steps = 60
X_train, y_train = create_sequences(train_data, n_steps)
# prepend the last n_steps training values so the first test day has a full window
X_test, y_test = create_sequences(np.concatenate([train_data[-n_steps:], test_data]), n_steps)

# 构建LSTM模型
model = Sequential()
model.add(LSTM(units=50, return_sequences=True, input_shape=(n_steps, 1)))
model.add(LSTM(units=50))
model.add(Dense(1))

# 编译模型
model.compile(optimizer='adam', loss='mean_squared_error')

# 训练模型 (validate on the last 10% of the training windows, never on the test set)
model.fit(X_train, y_train, epochs=100, batch_size=32, validation_split=0.1, verbose=1)

# 预测股票价格, back in price units
predictions = scaler.inverse_transform(model.predict(X_test))
actual = scaler.inverse_transform(y_test.reshape(-1, 1))

# Baseline: "tomorrow equals today". A price model is only useful if it beats this.
naive = scaler.inverse_transform(X_test[:, -1, :])
print('LSTM MSE:', np.mean((predictions - actual) ** 2))
print('Naive MSE:', np.mean((naive - actual) ** 2))

# 绘制结果
plt.figure(figsize=(15, 6))
plt.plot(actual, label='Actual')
plt.plot(predictions, label='Predicted')
plt.title('Stock Price Prediction')
plt.xlabel('Time')
plt.ylabel('Price')
plt.legend()
plt.show()
`;

const CODE_S19 = String.raw`import torch
from torch.optim import AdamW
from torch.nn import CrossEntropyLoss
from transformers import BertTokenizer, BertForSequenceClassification

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 加载BERT模型: BERT plus a classification head (a bare BertModel has no logits)
tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
model = BertForSequenceClassification.from_pretrained('bert-base-uncased', num_labels=2).to(device)

# 定义损失函数和优化器 (fine-tuning BERT needs a small learning rate, about 2e-5 to 5e-5)
optimizer = AdamW(model.parameters(), lr=2e-5)
criterion = CrossEntropyLoss()

# 训练模型 (train_loader yields batches of (list of texts, tensor of 0/1 labels))
model.train()
for epoch in range(3):
    for text, label in train_loader:
        inputs = tokenizer(list(text), padding=True, truncation=True, return_tensors='pt')
        inputs = {k: v.to(device) for k, v in inputs.items()}  # input_ids, token_type_ids, attention_mask
        label = label.to(device)

        # 前向传播
        outputs = model(**inputs)
        logits = outputs.logits

        # 计算损失
        loss = criterion(logits, label)

        # 反向传播
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

# 评估模型
model.eval()
correct = 0
total = 0
with torch.no_grad():
    for text, label in test_loader:
        inputs = tokenizer(list(text), padding=True, truncation=True, return_tensors='pt')
        inputs = {k: v.to(device) for k, v in inputs.items()}
        label = label.to(device)

        # 前向传播
        outputs = model(**inputs)
        logits = outputs.logits

        # 预测结果
        _, predicted = logits.max(dim=1)
        total += label.size(0)
        correct += (predicted == label).sum().item()

print('Accuracy:', correct / total)
`;

const CODE_S20 = String.raw`import torch
import torch.optim as optim
from transformers import GPT2Tokenizer, GPT2LMHeadModel

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 加载GPT-2模型
tokenizer = GPT2Tokenizer.from_pretrained('gpt2')
tokenizer.pad_token = tokenizer.eos_token  # GPT-2 has no padding token of its own
model = GPT2LMHeadModel.from_pretrained('gpt2').to(device)

# 训练模型 (language-model fine-tuning: the targets are the input tokens themselves)
model.train()
optimizer = optim.AdamW(model.parameters(), lr=5e-5)

for epoch in range(3):
    for text in train_loader:  # batches of raw strings
        inputs = tokenizer(list(text), return_tensors='pt', max_length=512, truncation=True, padding=True)
        inputs = {k: v.to(device) for k, v in inputs.items()}
        labels = inputs['input_ids'].clone()
        labels[inputs['attention_mask'] == 0] = -100  # no loss on padding positions

        # 前向传播: given labels, the model shifts them by one position itself
        outputs = model(**inputs, labels=labels)

        # 计算损失 (next-token cross-entropy)
        loss = outputs.loss

        # 反向传播
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

# 生成文本
model.eval()
text = 'I love to learn new things every day.'
input_ids = tokenizer.encode(text, return_tensors='pt').to(device)

with torch.no_grad():
    outputs = model.generate(input_ids, max_length=50, num_return_sequences=1,
                             do_sample=True, top_k=50, top_p=0.95,  # sampling; drop for greedy decoding
                             pad_token_id=tokenizer.eos_token_id)
    generated_text = tokenizer.decode(outputs[0], skip_special_tokens=True)

print('Generated Text:', generated_text)
`;

const CODE_S22 = String.raw`import torch
import torch.nn as nn
import torch.nn.utils.prune as prune
import torchvision.models as models

# 加载模型
model = models.resnet18(weights=models.ResNet18_Weights.DEFAULT)

# 剪枝
# resnet18 has two BasicBlocks per stage: layer1[0], layer1[1], ..., layer4[1]
pruned = []
for stage in [model.layer1, model.layer2, model.layer3, model.layer4]:
    for block in stage:
        # structured: zero 25% of conv1's output channels (whole filters), ranked by L2 norm
        prune.ln_structured(block.conv1, name='weight', amount=0.25, n=2, dim=0)
        # unstructured: zero 40% of conv2's individual weights with the smallest |w|
        prune.l1_unstructured(block.conv2, name='weight', amount=0.4)
        pruned += [(block.conv1, 'weight'), (block.conv2, 'weight')]
prune.l1_unstructured(model.fc, name='weight', amount=0.3)
pruned.append((model.fc, 'weight'))

# Make the pruning permanent on this same model (reloading it would discard the pruning)
for module, name in pruned:
    prune.remove(module, name)

zeros = sum((m.weight == 0).sum().item() for m, _ in pruned)
total = sum(m.weight.numel() for m, _ in pruned)
print('sparsity of the pruned layers: %.1f%%' % (100.0 * zeros / total))
`;

const CODE_S24 = String.raw`import torch
import torchvision.models.detection as models
import torchvision.transforms as transforms
from torchvision.ops import box_iou, nms
from PIL import Image

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 加载物体检测模型 (eval mode: in training mode the model expects targets and returns losses)
weights = models.FasterRCNN_ResNet50_FPN_Weights.DEFAULT
model = models.fasterrcnn_resnet50_fpn(weights=weights).to(device).eval()

# 定义预处理函数: only ToTensor (values in [0, 1]); the model normalises and resizes internally
preprocess = transforms.Compose([
    transforms.ToTensor(),
])

# 加载图像
image = Image.open('image.jpg').convert('RGB')
image = preprocess(image).to(device)   # (3, H, W)

# 进行物体检测: the model takes a list of 3xHxW tensors
with torch.no_grad():
    outputs = model([image])

# 解析检测结果 (boxes are x1, y1, x2, y2 in pixels; NMS has already been applied per class)
keep = outputs[0]['scores'] > 0.5
boxes = outputs[0]['boxes'][keep]
labels = outputs[0]['labels'][keep]
scores = outputs[0]['scores'][keep]

# 打印检测结果
categories = weights.meta['categories']
print('Boxes:', boxes)
print('Labels:', [categories[i] for i in labels.tolist()])
print('Scores:', scores)

# The two post-processing primitives behind the detector's output:
print('IoU matrix:', box_iou(boxes, boxes))
print('NMS keeps:', nms(boxes, scores, iou_threshold=0.5))
`;

const CODE_S25 = String.raw`import numpy as np
import tensorflow as tf

# 加载预训练模型: an acoustic model trained with CTC loss; it outputs, for every audio frame,
# probabilities over the characters plus a CTC "blank" (the last class)
model = tf.keras.models.load_model('my_model.h5')
vocab = list("abcdefghijklmnopqrstuvwxyz' ")  # the character set used in training

# 加载音频文件 (16 kHz mono WAV)
waveform, sample_rate = tf.audio.decode_wav(tf.io.read_file('speech.wav'), desired_channels=1)
waveform = tf.squeeze(waveform, axis=-1)

# 预处理音频数据: the same features as in training, here a normalised log spectrogram
stft = tf.signal.stft(waveform, frame_length=400, frame_step=160, fft_length=512)
spectrogram = tf.math.log(tf.abs(stft) + 1e-6)
spectrogram = (spectrogram - tf.reduce_mean(spectrogram)) / (tf.math.reduce_std(spectrogram) + 1e-6)
audio = spectrogram[tf.newaxis, ...]  # (1, frames, 257)

# 进行语音识别: per-frame probabilities, then CTC decoding (merge repeats, drop blanks)
probs = model.predict(audio)  # (1, frames, len(vocab) + 1)
decoded, _ = tf.keras.backend.ctc_decode(probs, input_length=np.array([probs.shape[1]]), greedy=True)
predicted_text = ''.join(vocab[i] for i in decoded[0][0].numpy() if 0 <= i < len(vocab))

# 打印识别结果
print('Predicted Text:', predicted_text)
`;

const CODE_S26 = String.raw`import torch
import torch.nn as nn
import torch.optim as optim

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

# 定义推荐模型
class RecommenderModel(nn.Module):
    def __init__(self, num_users, num_items, embed_size):
        super(RecommenderModel, self).__init__()
        self.user_embedding = nn.Embedding(num_users, embed_size)
        self.item_embedding = nn.Embedding(num_items, embed_size)
        self.fc = nn.Linear(embed_size * 2, 1)

    def forward(self, user_ids, item_ids):
        user_embedding = self.user_embedding(user_ids)
        item_embedding = self.item_embedding(item_ids)
        combined_embedding = torch.cat((user_embedding, item_embedding), 1)
        scores = self.fc(combined_embedding)
        return scores.squeeze(1)  # (batch,) to match the ratings

# 加载数据: (user_ids, item_ids, ratings) mini-batches; toy random interactions here
num_users, num_items = 100, 500
train_data = [(torch.randint(0, num_users, (256,)),
               torch.randint(0, num_items, (256,)),
               torch.randint(1, 6, (256,)).float()) for _ in range(20)]

# 初始化模型和优化器
model = RecommenderModel(num_users, num_items, embed_size=50).to(device)  # the model must be on the data's device
optimizer = optim.Adam(model.parameters(), lr=0.001)
criterion = nn.MSELoss()  # explicit ratings -> regression

# 训练模型
model.train()
for epoch in range(10):
    for user_ids, item_ids, ratings in train_data:
        user_ids = user_ids.to(device)
        item_ids = item_ids.to(device)
        ratings = ratings.to(device)

        # 前向传播
        scores = model(user_ids, item_ids)

        # 计算损失
        loss = criterion(scores, ratings)

        # 反向传播
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

# 评估模型 / recommend: score every item for one user and take the top k
model.eval()
with torch.no_grad():
    user = torch.tensor([7], device=device)
    all_items = torch.arange(num_items, device=device)
    scores = model(user.expand(num_items), all_items)
    top_scores, top_items = torch.topk(scores, k=10)
    print('Top-10 items for user 7:', top_items.tolist())
`;

const CODE_S27 = String.raw`import torch
import torch.nn as nn
import torch.optim as optim

# 定义Transformer模型: text tokens and image features become one sequence that a Transformer
# encoder reads jointly, so every text token can attend to every image region and vice versa.
class MultimodalTransformer(nn.Module):
    def __init__(self, vocab_size, image_feat_dim, num_classes, d_model=512, nhead=8,
                 num_layers=3, dim_feedforward=2048, max_len=512):
        super(MultimodalTransformer, self).__init__()
        self.token_embedding = nn.Embedding(vocab_size, d_model)
        self.image_proj = nn.Linear(image_feat_dim, d_model)   # e.g. CNN/ViT patch features -> d_model
        self.position = nn.Embedding(max_len, d_model)          # learned positions
        self.modality = nn.Embedding(2, d_model)                # 0 = text, 1 = image
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers)
        self.classifier = nn.Linear(d_model, num_classes)

    def forward(self, token_ids, image_feats):
        # token_ids: (batch, t) integers; image_feats: (batch, p, image_feat_dim) floats
        text = self.token_embedding(token_ids) + self.modality.weight[0]
        image = self.image_proj(image_feats) + self.modality.weight[1]
        x = torch.cat([text, image], dim=1)
        x = x + self.position(torch.arange(x.size(1), device=x.device))
        h = self.encoder(x)
        return self.classifier(h.mean(dim=1))  # pooled -> class logits

# 训练模型 (toy random batches stand in for a real text-image data set)
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
model = MultimodalTransformer(vocab_size=30000, image_feat_dim=2048, num_classes=10).to(device)
optimizer = optim.Adam(model.parameters(), lr=1e-4)
criterion = nn.CrossEntropyLoss()
train_loader = [(torch.randint(0, 30000, (4, 32)), torch.randn(4, 49, 2048), torch.randint(0, 10, (4,)))
                for _ in range(3)]

model.train()
for epoch in range(2):
    for texts, images, labels in train_loader:
        texts, images, labels = texts.to(device), images.to(device), labels.to(device)

        # 前向传播
        outputs = model(texts, images)

        # 计算损失
        loss = criterion(outputs, labels)

        # 反向传播
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

# 评估模型
model.eval()
with torch.no_grad():
    predicted_labels = model(texts, images).argmax(dim=1)
    print('Predicted Labels:', predicted_labels)
`;

const CODE_S28 = String.raw`import torch
import torch.nn as nn
import torchvision.models as models
from torch.ao.quantization import quantize_dynamic, get_default_qconfig, prepare, convert
from torchvision.models.quantization import resnet18 as quantizable_resnet18

# Quantized kernels run on the CPU: fbgemm on x86, qnnpack on ARM
engine = 'fbgemm' if 'fbgemm' in torch.backends.quantized.supported_engines else 'qnnpack'
torch.backends.quantized.engine = engine

# 加载模型
model = models.resnet18(weights=models.ResNet18_Weights.DEFAULT).eval()

# 量化模型
# (1) Dynamic quantization: int8 weights for nn.Linear (and nn.LSTM) layers, activations
#     quantized on the fly. No calibration needed; suits Transformer/LSTM models. In a CNN
#     it only touches the final fc layer, because convolutions are not dynamically quantized.
dynamic_model = quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)

# (2) Static post-training quantization of the whole CNN: torchvision's quantizable ResNet-18
#     has the quant/dequant stubs and fusable conv+bn+relu modules that this needs.
qmodel = quantizable_resnet18(weights=models.ResNet18_Weights.DEFAULT, quantize=False).eval()
qmodel.fuse_model()                         # fuse conv + bn + relu
qmodel.qconfig = get_default_qconfig(engine)
prepare(qmodel, inplace=True)               # insert observers
with torch.no_grad():                       # calibrate on representative inputs
    for _ in range(10):
        qmodel(torch.randn(8, 3, 224, 224))  # use real, preprocessed images here
convert(qmodel, inplace=True)               # swap in int8 modules

# 编译量化模型 (TorchScript, for deployment without Python model code)
example = torch.randn(1, 3, 224, 224)
quantized_model = torch.jit.trace(qmodel, example)

# 使用量化模型进行推理 (on the CPU: quantized kernels do not run on CUDA)
inputs = torch.randn(1, 3, 224, 224)
with torch.no_grad():
    outputs = quantized_model(inputs)
    print(outputs.shape, dynamic_model(inputs).shape)
`;

const CODE_S30 = String.raw`import random
import cv2
import numpy as np

# 加载图像
image = cv2.imread('image.jpg')
if image is None:
    raise FileNotFoundError('image.jpg')  # cv2.imread returns None instead of raising

# 随机裁剪
crop_size = 224  # must not exceed the image's height or width
height, width = image.shape[:2]
x = random.randint(0, width - crop_size)
y = random.randint(0, height - crop_size)
crop = image[y:y+crop_size, x:x+crop_size]

# 随机旋转
angle = random.randint(-30, 30)
M = cv2.getRotationMatrix2D((width/2, height/2), angle, scale=1.0)
rotated = cv2.warpAffine(image, M, (width, height))

# Random scaling, colour (contrast alpha, brightness beta) and Gaussian noise
s = random.uniform(0.8, 1.2)
scaled = cv2.resize(image, None, fx=s, fy=s, interpolation=cv2.INTER_LINEAR)
adjusted = cv2.convertScaleAbs(image, alpha=random.uniform(0.8, 1.2), beta=random.uniform(-20, 20))
noisy = np.clip(image.astype(np.float32) + np.random.normal(0, 10, image.shape), 0, 255).astype(np.uint8)

# 显示结果 (cv2.imshow needs a display; on a server write the files instead)
cv2.imwrite('crop.jpg', crop)
cv2.imwrite('rotated.jpg', rotated)
cv2.imwrite('scaled.jpg', scaled)
cv2.imwrite('adjusted.jpg', adjusted)
cv2.imwrite('noisy.jpg', noisy)
`;

export const seed004Questions: ConceptualQuestion[] = [
  {
    slug: 's004-1-training-compute-optimization',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§1'),
    title: {
      zh: '大模型训练中的计算资源需求如何优化？',
      en: 'How can the compute requirements of training a large model be optimised?',
    },
    prompt: {
      zh: `大模型训练中的计算资源需求如何优化？

如何在训练大模型时优化计算资源的使用？`,
      en: `How can the compute requirements of training a large model be optimised?

How do you optimise the use of compute resources when training a large model?`,
    },
    modelAnswer: {
      zh: `优化计算资源的方法包括：
- **使用GPU加速：** 大模型训练通常需要大量的浮点运算，GPU相较于CPU在处理这类任务上具有显著优势。
- **模型并行化：** 将模型拆分为多个部分，分别放在不同的GPU或TPU上，前向和反向计算时在设备之间传递激活值和梯度，从而训练单卡放不下的模型。
- **数据并行化：** 将数据集拆分为多个子集，每个GPU或TPU持有一份完整的模型副本并处理自己的子集；每一步通过 All-Reduce 对各副本的梯度求平均，所有副本用相同的平均梯度更新参数。
- **模型压缩：** 采用模型剪枝、量化等方法减少模型的参数数量和计算量。
- **分布式训练：** 利用集群资源进行分布式训练，将训练任务分散到多个节点上。

**举例：** 使用PyTorch框架实现模型并行化（模型前半部分在 dev0，后半部分在 dev1；不足两块GPU时退化为同一设备）：

${py(CODE_S1)}`,
      en: `Ways to optimise compute resources include:
- **GPU acceleration:** training a large model needs a huge number of floating-point operations, and GPUs have a clear advantage over CPUs for this kind of work.
- **Model parallelism:** split the model into several parts placed on different GPUs or TPUs; activations and gradients are passed between the devices in the forward and backward passes, so a model too large for one device can be trained.
- **Data parallelism:** split the data set into several subsets; every GPU or TPU holds a full copy of the model and processes its own subset; at every step the replicas' gradients are averaged with an all-reduce and every replica updates its parameters with the same averaged gradient.
- **Model compression:** use pruning, quantization and similar methods to reduce the number of parameters and the amount of computation.
- **Distributed training:** use a cluster to train in a distributed way, spreading the training work over several nodes.

**Example:** model parallelism with PyTorch (the first half of the model on dev0, the second half on dev1; with fewer than two GPUs both fall back to the same device):

${py(CODE_S1)}`,
    },
    corrections: [
      {
        zh: '示例缺少 `import torch.nn.functional as F`，`forward` 中的 `F.relu`、`F.max_pool2d` 会报 NameError；已补上。',
        en: 'The example lacks `import torch.nn.functional as F`, so `F.relu` and `F.max_pool2d` in `forward` raise NameError; the import is added.',
      },
      {
        zh: '原示例标注为“模型并行化”，但 `model.to(device)` 只是把整个模型放到一块设备上，并不是模型并行。已改为真正的模型并行：卷积层放在 dev0、全连接层放在 dev1，激活值在 forward 中跨设备传递，标签放到输出所在的设备。',
        en: "The original example is labelled 'model parallelism', but `model.to(device)` only puts the whole model on one device; that is not model parallelism. It now really splits the model: the convolutions live on dev0, the fully connected layers on dev1, activations cross devices inside `forward`, and the labels go to the device of the output.",
      },
      {
        zh: '`if i % 2000 == 1999` 永远不会触发：MNIST 训练集 60000 张、批大小 64，每个 epoch 只有 938 个批次。已改为每 200 个批次打印一次。',
        en: '`if i % 2000 == 1999` never fires: the MNIST training set has 60,000 images, so at batch size 64 an epoch has only 938 batches. It now prints every 200 batches.',
      },
      DATA_PARALLEL_MERGE_CORRECTION,
      {
        zh: '原文说模型并行是把模型各部分“分别在不同的GPU或TPU上训练，然后进行合并”。模型并行并不是各部分分别训练再合并：各部分组成同一个网络，前向时激活值、反向时梯度在设备之间依次传递，整体一起训练。已改写该要点。',
        en: "The seed says model parallelism trains the parts of the model 'separately on different GPUs or TPUs and then merges them'. The parts are not trained separately and merged: they form one network, activations flow between the devices in the forward pass and gradients in the backward pass, and the whole is trained together. The point has been rewritten.",
      },
    ],
    tags: ['training', 'gpu', 'model-parallelism', 'data-parallelism', 'distributed-training', 'compression'],
    difficulty: 'MEDIUM',
    related: ['code-parallel-data-parallel-sgd', 's004-6-training-time-optimization', 's004-8-distributed-training'],
    rubric: [
      point('gpu-acceleration', { zh: '使用GPU/TPU等加速硬件进行大量浮点运算', en: 'Use GPUs/TPUs for the heavy floating-point work' }, 1, {
        zh: ['gpu', 'tpu', '加速器', '显卡'],
        en: ['gpu', 'tpu', 'accelerator', 'cuda'],
      }),
      point('model-parallelism', { zh: '模型并行：把模型拆分到多个设备上', en: 'Model parallelism: split the model across devices' }, 1.5, {
        zh: ['模型并行', '流水线并行', '张量并行'],
        en: ['model parallel', 'pipeline parallel', 'tensor parallel', 'split the model', 'model sharding'],
      }),
      point('data-parallelism', { zh: '数据并行：数据分片到多个副本，梯度 All-Reduce 求平均', en: 'Data parallelism: shard the data over replicas and average gradients with all-reduce' }, 1.5, {
        zh: ['数据并行', '梯度同步', '梯度平均'],
        en: ['data parallel', 'ddp', 'all-reduce', 'allreduce', 'gradient averaging', 'average the gradients'],
      }),
      point('compression', { zh: '模型压缩：剪枝、量化减少参数和计算量', en: 'Compression: pruning and quantization cut parameters and compute' }, 1, {
        zh: ['剪枝', '量化', '模型压缩'],
        en: ['pruning', 'prune', 'quantization', 'quantisation', 'quantize', 'compression'],
      }),
      point('distributed', { zh: '分布式训练：把训练任务分散到集群的多个节点', en: 'Distributed training across the nodes of a cluster' }, 1, {
        zh: ['分布式', '集群', '多节点', '多机'],
        en: ['distributed', 'cluster', 'multi-node', 'multiple nodes'],
      }),
    ],
  },
  {
    slug: 's004-2-overfitting',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§2'),
    title: {
      zh: '如何处理大模型过拟合问题？',
      en: 'How do you deal with overfitting in a large model?',
    },
    prompt: {
      zh: `如何处理大模型过拟合问题？

大模型训练过程中如何防止过拟合？`,
      en: `How do you deal with overfitting in a large model?

How do you prevent overfitting while training a large model?`,
    },
    modelAnswer: {
      zh: `防止过拟合的方法包括：
- **增加训练数据：** 使用更多的数据进行训练，提高模型的泛化能力。
- **交叉验证：** 通过交叉验证来选择最优的模型和参数。
- **正则化：** 采用L1、L2正则化限制模型参数的大小，或用dropout在训练时随机丢弃神经元、避免神经元之间的共适应。
- **数据增强：** 对训练数据进行随机旋转、缩放、裁剪等操作，增加数据的多样性。
- **早停法（Early Stopping）：** 在验证集上持续评估模型性能，当验证集性能不再提升时，提前停止训练。

**举例：** 使用Keras实现正则化（L2 权重惩罚和 Dropout）和早停法：

${py(CODE_S2)}`,
      en: `Ways to prevent overfitting include:
- **More training data:** train on more data to improve the model's ability to generalise.
- **Cross-validation:** use cross-validation to choose the best model and hyperparameters.
- **Regularisation:** use L1 or L2 regularisation to limit the size of the parameters, or dropout, which randomly drops neurons during training so that they cannot co-adapt.
- **Data augmentation:** apply random rotations, scaling, cropping and similar operations to the training data to make it more diverse.
- **Early stopping:** keep evaluating the model on a validation set and stop training early once the validation performance no longer improves.

**Example:** regularisation (an L2 weight penalty and dropout) and early stopping with Keras:

${py(CODE_S2)}`,
    },
    corrections: [
      {
        zh: '标题说“实现正则化”，但原示例只有 Dropout，没有 L1/L2 正则化；已给隐藏层加上 `kernel_regularizer=l2(1e-4)`。原文还把 dropout 说成“限制模型参数的大小”，dropout 并不约束参数大小，而是随机丢弃神经元，已分开表述。',
        en: "The heading promises regularisation, but the example only has dropout and no L1/L2 regularisation; the hidden layer now has `kernel_regularizer=l2(1e-4)`. The seed also says dropout 'limits the size of the parameters'; dropout does not constrain parameter size, it randomly drops neurons, so the two are described separately.",
      },
      {
        zh: '`x_train`、`y_train` 未定义，而且 `categorical_crossentropy` 需要 one-hot 标签；已加入 MNIST 加载、展平为 784 维并用 `to_categorical` 编码标签。输入本来就是一维的，Dense 之后的 `Flatten()` 没有作用，已删除。',
        en: '`x_train` and `y_train` are undefined, and `categorical_crossentropy` needs one-hot labels; MNIST is now loaded, flattened to 784 features and its labels encoded with `to_categorical`. The input is already flat, so the `Flatten()` after a Dense layer did nothing and is removed.',
      },
      {
        zh: '早停回调加上 `restore_best_weights=True`，否则训练结束时保留的是最后一个 epoch（已经过拟合 patience 轮）的权重，而不是验证损失最好的权重。',
        en: 'The early-stopping callback now sets `restore_best_weights=True`; otherwise the model keeps the weights of the last epoch (already `patience` epochs past the best) rather than those with the best validation loss.',
      },
    ],
    tags: ['overfitting', 'regularization', 'dropout', 'early-stopping', 'data-augmentation', 'keras'],
    difficulty: 'EASY',
    related: ['code-layers-dropout', 'code-regularization-penalty', 'code-training-early-stopping'],
    rubric: [
      point('more-data', { zh: '增加训练数据提高泛化能力', en: 'More training data improves generalisation' }, 1, {
        zh: ['增加训练数据', '更多的数据', '更多数据', '扩充数据'],
        en: ['more data', 'more training data', 'larger dataset', 'collect more'],
      }),
      point('cross-validation', { zh: '交叉验证选择模型和参数', en: 'Cross-validation to choose model and hyperparameters' }, 1, {
        zh: ['交叉验证', 'k折'],
        en: ['cross-validation', 'cross validation', 'k-fold'],
      }),
      point('regularization', { zh: 'L1/L2 正则化或 dropout', en: 'L1/L2 regularisation or dropout' }, 1.5, {
        zh: ['正则化', 'l1', 'l2', 'dropout', '权重衰减'],
        en: ['regularization', 'regularisation', 'l1', 'l2', 'dropout', 'weight decay'],
      }),
      point('augmentation', { zh: '数据增强增加数据多样性', en: 'Data augmentation for more diverse data' }, 1, {
        zh: ['数据增强'],
        en: ['augmentation', 'augment'],
      }),
      point('early-stopping', { zh: '早停：验证集性能不再提升时停止训练', en: 'Early stopping when validation performance stops improving' }, 1.5, {
        zh: ['早停', '提前停止'],
        en: ['early stopping', 'early-stopping', 'earlystopping', 'stop training early'],
      }),
    ],
  },
  {
    slug: 's004-3-data-preprocessing',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§3'),
    title: {
      zh: '大模型训练数据预处理的关键步骤是什么？',
      en: 'What are the key steps of preprocessing training data for a large model?',
    },
    prompt: {
      zh: `大模型训练数据预处理的关键步骤是什么？

大模型训练中数据预处理的关键步骤有哪些？`,
      en: `What are the key steps of preprocessing training data for a large model?

What are the key data-preprocessing steps when training a large model?`,
    },
    modelAnswer: {
      zh: `数据预处理的关键步骤包括：
- **数据清洗：** 去除缺失值、重复值、噪声等无效数据。
- **数据归一化：** 将数据缩放到相同的范围，如[0, 1]或[-1, 1]，加快收敛速度。归一化的参数（如最小值、最大值、均值、方差）只能在训练集上计算，再套用到验证集和测试集，否则测试数据的信息会泄漏到训练中。
- **数据增强：** 随机旋转、缩放、裁剪等操作，增加数据的多样性。
- **特征提取：** 使用特征提取器提取关键特征，提高模型的识别能力。
- **数据分割：** 将数据集划分为训练集、验证集和测试集，用于训练、验证和评估模型性能。

**举例：** 使用Python进行数据清洗和归一化（先分割，再只在训练集上拟合归一化器）：

${py(CODE_S3)}`,
      en: `The key steps of data preprocessing are:
- **Data cleaning:** remove invalid data such as missing values, duplicates and noise.
- **Normalisation:** scale the data to a common range such as [0, 1] or [-1, 1] to speed up convergence. The normalisation statistics (minimum, maximum, mean, variance) must be computed on the training set only and then applied to the validation and test sets; otherwise information from the test data leaks into training.
- **Data augmentation:** random rotation, scaling, cropping and similar operations to make the data more diverse.
- **Feature extraction:** use a feature extractor to pull out the key features and improve the model's ability to recognise patterns.
- **Data splitting:** divide the data set into training, validation and test sets, used to train, validate and evaluate the model.

**Example:** data cleaning and normalisation in Python (split first, then fit the scaler on the training set only):

${py(CODE_S3)}`,
    },
    corrections: [
      {
        zh: '原示例先在整个数据集上 `fit_transform` 归一化，再划分训练集和测试集：测试集的最小值/最大值参与了归一化，造成数据泄漏，评估结果偏乐观。已改为先分割，在训练集上 `fit_transform`，测试集只 `transform`。',
        en: 'The original example fits the scaler on the whole data set and splits afterwards: the test rows’ minimum and maximum shape the scaling, which leaks test information and makes the evaluation optimistic. It now splits first, calls `fit_transform` on the training set and only `transform` on the test set.',
      },
      {
        zh: '原示例用 `data[data.columns]` 对所有列（包括最后一列标签）做了归一化；标签不应被缩放（分类标签更不能），已改为只缩放特征。',
        en: 'The original example scales every column with `data[data.columns]`, including the label in the last column; labels should not be scaled (class labels least of all), so only the features are scaled now.',
      },
    ],
    tags: ['data-preprocessing', 'data-cleaning', 'normalization', 'data-augmentation', 'data-split', 'pandas', 'scikit-learn'],
    difficulty: 'EASY',
    related: ['code-data-clean', 'code-data-min-max-scale', 'code-data-standardize', 'code-data-split'],
    rubric: [
      point('cleaning', { zh: '数据清洗：去除缺失值、重复值和噪声', en: 'Cleaning: remove missing values, duplicates and noise' }, 1.5, {
        zh: ['数据清洗', '缺失值', '重复值', '去重', '去噪'],
        en: ['cleaning', 'clean the data', 'missing value', 'duplicate', 'dropna', 'outlier'],
      }),
      point('normalization', { zh: '归一化/标准化到统一范围，加快收敛', en: 'Normalisation/standardisation to a common range for faster convergence' }, 1.5, {
        zh: ['归一化', '标准化', '缩放'],
        en: ['normaliz', 'normalis', 'standardiz', 'standardis', 'min-max', 'minmax', 'scaling', 'rescal'],
      }),
      point('augmentation', { zh: '数据增强增加多样性', en: 'Augmentation for diversity' }, 1, {
        zh: ['数据增强'],
        en: ['augmentation', 'augment'],
      }),
      point('feature-extraction', { zh: '特征提取', en: 'Feature extraction' }, 1, {
        zh: ['特征提取', '特征工程', '提取特征'],
        en: ['feature extraction', 'feature engineering', 'extract features', 'feature extractor'],
      }),
      point('split', { zh: '划分训练/验证/测试集', en: 'Split into training, validation and test sets' }, 1, {
        zh: ['数据分割', '划分', '训练集', '测试集', '验证集'],
        en: ['split', 'training set', 'test set', 'validation set', 'train/test'],
      }),
      point('no-leakage', { zh: '只在训练集上拟合预处理参数，避免数据泄漏', en: 'Fit preprocessing statistics on the training set only to avoid leakage' }, 1, {
        zh: ['数据泄漏', '泄露', '只在训练集上'],
        en: ['leak', 'fit on the training', 'fit only on the train', 'training set only'],
      }),
    ],
  },
  {
    slug: 's004-4-model-evaluation-metrics',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§4'),
    title: {
      zh: '如何评估大模型的效果？',
      en: 'How do you evaluate how well a large model performs?',
    },
    prompt: {
      zh: `如何评估大模型的效果？

如何评估大模型的效果？`,
      en: `How do you evaluate how well a large model performs?

How do you evaluate how well a large model performs?`,
    },
    modelAnswer: {
      zh: `评估大模型的效果通常使用以下指标：
- **准确率（Accuracy）：** 分类问题中最常用的指标，表示模型正确分类的样本占总样本的比例。
- **精确率（Precision）和召回率（Recall）：** 精确率表示预测为正类的样本中实际为正类的比例，召回率表示实际为正类的样本中被预测为正类的比例。
- **F1分数（F1 Score）：** 综合精确率和召回率的指标，计算公式为2 * 精确率 * 召回率 / (精确率 + 召回率)。
- **ROC曲线和AUC（Area Under Curve）：** ROC曲线展示了不同阈值下的真正率（TPR，即召回率）和假正率（FPR）的关系，AUC是曲线下面积，AUC值越大，表示模型的分类效果越好（0.5 相当于随机猜测）。不同阈值下的精确率和召回率由 PR 曲线展示。
- **均方误差（Mean Squared Error）和平均绝对误差（Mean Absolute Error）：** 回归问题中常用的指标，分别表示预测值和实际值之差的平方和绝对值的平均值。

**举例：** 使用Scikit-learn评估分类模型（以及回归模型）：

${py(CODE_S4)}`,
      en: `The quality of a large model is usually evaluated with the following metrics:
- **Accuracy:** the most common metric for classification, the fraction of all samples that the model classifies correctly.
- **Precision and recall:** precision is the fraction of samples predicted positive that really are positive; recall is the fraction of truly positive samples that are predicted positive.
- **F1 score:** a metric combining precision and recall, computed as 2 * precision * recall / (precision + recall).
- **ROC curve and AUC (area under the curve):** the ROC curve shows the true-positive rate (TPR, i.e. recall) against the false-positive rate (FPR) over all thresholds; the AUC is the area under it, and a larger AUC means better classification (0.5 is random guessing). Precision and recall across thresholds are shown by the PR curve.
- **Mean squared error and mean absolute error:** common regression metrics, the mean of the squared and of the absolute differences between predicted and actual values respectively.

**Example:** evaluating a classification model (and a regression model) with scikit-learn:

${py(CODE_S4)}`,
    },
    corrections: [
      {
        zh: '原文说“ROC曲线展示了不同阈值下的精确率和召回率”，这是错的：ROC 曲线的纵轴是真正率（即召回率），横轴是假正率 FPR = FP/(FP+TN)，与精确率无关；展示精确率-召回率的是 PR 曲线。已改正。',
        en: "The seed says the ROC curve 'shows precision and recall at different thresholds', which is wrong: the ROC curve plots the true-positive rate (recall) against the false-positive rate FPR = FP/(FP+TN) and does not involve precision; precision against recall is the PR curve. Corrected.",
      },
      {
        zh: '`roc_auc_score(y_test, y_pred, multi_class=\'ovr\')` 传入的是预测的类别标签：AUC 需要的是分数或概率，用硬标签计算的 AUC 失去了排序信息；多分类时 scikit-learn 还要求传入形状为 (n, 类别数) 的概率矩阵，传一维标签会报错。已改为使用 `predict_proba`：二分类取正类一列，多分类传整个概率矩阵并指定 `multi_class=\'ovr\'`。',
        en: "`roc_auc_score(y_test, y_pred, multi_class='ovr')` is given predicted class labels: AUC needs scores or probabilities, and hard labels throw away the ranking; for multi-class problems scikit-learn requires an (n, n_classes) probability matrix and raises an error on a 1-D label vector. It now uses `predict_proba`: the positive-class column for binary problems, the whole matrix with `multi_class='ovr'` for multi-class.",
      },
      {
        zh: '“均绝对误差”应为“平均绝对误差”（MAE）。示例只覆盖了分类，已补充回归指标 MSE、RMSE、MAE、R² 的计算。',
        en: "'均绝对误差' is a typo for '平均绝对误差' (mean absolute error, MAE). The example covered classification only; the regression metrics MSE, RMSE, MAE and R² are added.",
      },
    ],
    tags: ['evaluation', 'metrics', 'classification', 'regression', 'roc-auc', 'scikit-learn'],
    difficulty: 'EASY',
    related: ['code-metrics-classification', 'code-metrics-roc-auc', 'code-metrics-regression'],
    rubric: [
      point('accuracy', { zh: '准确率：正确分类样本占比', en: 'Accuracy: fraction classified correctly' }, 1, {
        zh: ['准确率', '正确率'],
        en: ['accuracy'],
      }),
      point('precision-recall', { zh: '精确率与召回率的定义', en: 'Precision and recall' }, 1.5, {
        zh: ['精确率', '召回率', '查准率', '查全率'],
        en: ['precision', 'recall'],
      }),
      point('f1', { zh: 'F1 是精确率和召回率的调和平均', en: 'F1, the harmonic mean of precision and recall' }, 1, {
        zh: ['f1', '调和平均'],
        en: ['f1', 'harmonic mean', 'f-score', 'f-measure'],
      }),
      point('roc-auc', { zh: 'ROC 曲线（TPR 对 FPR）与 AUC，需用概率/分数计算', en: 'ROC curve (TPR vs FPR) and AUC, computed from scores/probabilities' }, 1.5, {
        zh: ['roc曲线', 'auc', '曲线下面积', '假正率'],
        en: ['roc curve', 'roc-auc', 'roc auc', 'auc', 'area under', 'false positive rate', 'fpr'],
      }),
      point('regression-metrics', { zh: '回归指标：MSE、MAE', en: 'Regression metrics: MSE and MAE' }, 1, {
        zh: ['均方误差', '平均绝对误差', '均绝对误差', 'mse', 'mae'],
        en: ['mse', 'mae', 'mean squared error', 'mean absolute error', 'rmse'],
      }),
    ],
  },
  {
    slug: 's004-5-model-architecture-design',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§5'),
    title: {
      zh: '如何设计大模型的架构？',
      en: 'How do you design the architecture of a large model?',
    },
    prompt: {
      zh: `如何设计大模型的架构？

如何设计大模型的架构？`,
      en: `How do you design the architecture of a large model?

How do you design the architecture of a large model?`,
    },
    modelAnswer: {
      zh: `设计大模型架构需要考虑以下因素：
- **模型类型：** 根据任务需求选择合适的模型类型，如CNN、RNN、Transformer等。
- **层结构：** 设计合理的层结构，包括输入层、隐藏层和输出层，以及每层的神经元数量。
- **损失函数：** 选择合适的损失函数，如交叉熵、均方误差等，以适应不同的任务需求。
- **优化器：** 选择合适的优化器，如Adam、SGD等，以加快收敛速度。
- **正则化：** 采用L1、L2正则化或dropout等方法来防止过拟合。

**举例：** 使用PyTorch设计一个简单的卷积神经网络（CNN）：

${py(CODE_S5)}`,
      en: `Designing the architecture of a large model means considering the following:
- **Model type:** choose a model type that fits the task, such as a CNN, an RNN or a Transformer.
- **Layer structure:** design a sensible layer structure, with input, hidden and output layers and the number of neurons in each layer.
- **Loss function:** choose a loss suited to the task, such as cross-entropy or mean squared error.
- **Optimiser:** choose a suitable optimiser, such as Adam or SGD, to speed up convergence.
- **Regularisation:** use L1 or L2 regularisation, dropout or similar methods to prevent overfitting.

**Example:** designing a simple convolutional neural network (CNN) with PyTorch:

${py(CODE_S5)}`,
    },
    corrections: [
      {
        zh: '示例缺少 `import torch.nn.functional as F`，且 `trainloader` 和 `device` 均未定义，代码无法运行；已补上导入、MNIST 数据加载和 `device`，并把模型移到 `device` 上（原来只移动了数据，模型在 GPU 上运行时会报设备不一致）。',
        en: 'The example lacks `import torch.nn.functional as F` and never defines `trainloader` or `device`, so it cannot run; the import, MNIST loading and `device` are added, and the model is moved to `device` (originally only the data was moved, a device mismatch on a GPU).',
      },
      {
        zh: '`if i % 2000 == 1999` 在每个 epoch 只有 938 个批次的 MNIST 上永远不会触发，已改为每 200 个批次打印。补充注释说明 320 = 20 个通道 × 4 × 4，以及输出是 logits（CrossEntropyLoss 内部做 log-softmax）。',
        en: '`if i % 2000 == 1999` never fires on MNIST, which has 938 batches per epoch; it now prints every 200 batches. Comments now explain that 320 = 20 channels × 4 × 4 and that the output is logits (CrossEntropyLoss applies log-softmax itself).',
      },
    ],
    tags: ['architecture', 'cnn', 'vision', 'loss-function', 'optimizer', 'pytorch'],
    difficulty: 'MEDIUM',
    related: ['code-layers-conv2d', 'code-layers-max-pool2d', 'train-image-cnn'],
    rubric: [
      point('model-type', { zh: '按任务选择模型类型（CNN、RNN、Transformer）', en: 'Choose the model type for the task (CNN, RNN, Transformer)' }, 1.5, {
        zh: ['模型类型', 'cnn', 'rnn', 'transformer', '卷积'],
        en: ['cnn', 'rnn', 'transformer', 'convolution', 'model type'],
      }),
      point('layers', { zh: '层结构与每层神经元数量', en: 'Layer structure and width of each layer' }, 1, {
        zh: ['层结构', '隐藏层', '神经元数量', '层数'],
        en: ['hidden layer', 'number of layers', 'layer structure', 'depth', 'width', 'neurons'],
      }),
      point('loss', { zh: '按任务选择损失函数（交叉熵、均方误差）', en: 'Choose the loss for the task (cross-entropy, MSE)' }, 1, {
        zh: ['损失函数', '交叉熵', '均方误差'],
        en: ['loss', 'cross-entropy', 'cross entropy', 'mean squared error', 'mse'],
      }),
      point('optimizer', { zh: '选择优化器（Adam、SGD）', en: 'Choose an optimiser (Adam, SGD)' }, 1, {
        zh: ['优化器', 'adam', 'sgd'],
        en: ['optimizer', 'optimiser', 'adam', 'sgd'],
      }),
      point('regularization', { zh: '正则化/dropout 防止过拟合', en: 'Regularisation/dropout against overfitting' }, 1, {
        zh: ['正则化', 'dropout', '过拟合'],
        en: ['regulariz', 'regularis', 'dropout', 'overfitting', 'weight decay'],
      }),
    ],
  },
  {
    slug: 's004-6-training-time-optimization',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§6'),
    title: {
      zh: '大模型的训练时间如何优化？',
      en: 'How can the training time of a large model be reduced?',
    },
    prompt: {
      zh: `大模型的训练时间如何优化？

如何优化大模型的训练时间？`,
      en: `How can the training time of a large model be reduced?

How do you optimise the training time of a large model?`,
    },
    modelAnswer: {
      zh: `优化大模型训练时间的方法包括：
- **使用GPU或TPU：** GPU和TPU能够提供更高的计算性能，加速模型训练。
- **模型并行化：** 将模型拆分为多个部分，分别在不同的GPU或TPU上训练。
- **分布式训练：** 利用集群资源进行分布式训练，将训练任务分散到多个节点上。
- **异步训练：** 利用异步训练技术，同时进行多个训练任务的迭代。
- **减少迭代次数：** 通过使用预训练模型、调整学习率等方法减少训练迭代次数。

**举例：** 使用TensorFlow实现分布式训练（MirroredStrategy 同步数据并行，自定义训练循环）：

${py(CODE_S6)}`,
      en: `Ways to reduce the training time of a large model include:
- **Use GPUs or TPUs:** GPUs and TPUs deliver more compute and speed up training.
- **Model parallelism:** split the model into several parts trained on different GPUs or TPUs.
- **Distributed training:** use a cluster to train in a distributed way, spreading the training work over several nodes.
- **Asynchronous training:** use asynchronous training so that the iterations of several training workers proceed at the same time.
- **Fewer iterations:** reduce the number of training iterations by starting from a pretrained model, tuning the learning rate and similar methods.

**Example:** distributed training with TensorFlow (MirroredStrategy synchronous data parallelism with a custom training loop):

${py(CODE_S6)}`,
    },
    corrections: [
      {
        zh: '原示例在 `strategy.scope()` 里创建了模型，但训练循环直接遍历普通数据集并在默认副本上计算，根本没有分发到多个 GPU；`train_loader` 也未定义（是 PyTorch 的写法）。已改为用 `strategy.experimental_distribute_dataset` 分发数据、用 `strategy.run` 在每个副本上执行训练步，并用 `strategy.reduce` 汇总损失。',
        en: 'The original example creates the model inside `strategy.scope()` but the loop iterates over a plain data set and computes on the default replica, so nothing is distributed over the GPUs; `train_loader` is also undefined (a PyTorch habit). It now distributes the data with `strategy.experimental_distribute_dataset`, runs the step on every replica with `strategy.run` and combines the loss with `strategy.reduce`.',
      },
      {
        zh: '`criterion(logits, y)` 参数顺序写反：Keras 损失函数的签名是 `(y_true, y_pred)`。已改正；并按全局批大小对逐样本损失求平均（`tf.nn.compute_average_loss`），否则多副本时梯度会被放大副本数倍。',
        en: '`criterion(logits, y)` has its arguments swapped: Keras losses take `(y_true, y_pred)`. Fixed; the per-example loss is also averaged over the global batch size (`tf.nn.compute_average_loss`), otherwise the gradients are scaled by the number of replicas.',
      },
    ],
    tags: ['training', 'gpu', 'distributed-training', 'data-parallelism', 'tensorflow'],
    difficulty: 'MEDIUM',
    related: ['code-parallel-data-parallel-sgd', 's004-1-training-compute-optimization', 's004-8-distributed-training'],
    rubric: [
      point('hardware', { zh: '使用 GPU/TPU 加速', en: 'Use GPUs/TPUs' }, 1, {
        zh: ['gpu', 'tpu', '加速器'],
        en: ['gpu', 'tpu', 'accelerator'],
      }),
      point('model-parallelism', { zh: '模型并行', en: 'Model parallelism' }, 1, {
        zh: ['模型并行', '流水线并行', '张量并行'],
        en: ['model parallel', 'pipeline parallel', 'tensor parallel'],
      }),
      point('distributed', { zh: '分布式/数据并行训练', en: 'Distributed / data-parallel training' }, 1.5, {
        zh: ['分布式', '数据并行', '多节点', '集群'],
        en: ['distributed', 'data parallel', 'mirroredstrategy', 'multi-node', 'cluster', 'ddp'],
      }),
      point('async', { zh: '异步训练', en: 'Asynchronous training' }, 0.5, {
        zh: ['异步'],
        en: ['asynchronous', 'async'],
      }),
      point('fewer-iterations', { zh: '用预训练模型、调整学习率等减少迭代次数', en: 'Fewer iterations via pretrained models and learning-rate tuning' }, 1.5, {
        zh: ['预训练', '学习率', '减少迭代', '迁移学习'],
        en: ['pretrained', 'pre-trained', 'learning rate', 'fewer iterations', 'transfer learning', 'warm start'],
      }),
    ],
  },
  {
    slug: 's004-7-transfer-learning',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§7'),
    title: {
      zh: '大模型如何进行迁移学习？',
      en: 'How is transfer learning done with a large model?',
    },
    prompt: {
      zh: `大模型如何进行迁移学习？

如何在大模型中进行迁移学习？`,
      en: `How is transfer learning done with a large model?

How do you perform transfer learning with a large model?`,
    },
    modelAnswer: {
      zh: `迁移学习的方法包括：
- **预训练模型：** 使用在大规模数据集上预训练的模型作为起点，迁移到特定任务上。
- **模型微调：** 在预训练模型的基础上，针对特定任务进行微调，调整部分参数。
- **特征提取：** 使用预训练模型提取特征，用于构建新的模型。
- **知识蒸馏：** 将预训练模型的知识传递给小模型，提高小模型的性能。

**举例：** 使用PyTorch实现模型微调（第一阶段冻结主干、只训练新的分类头，即特征提取；第二阶段解冻最后一个残差阶段，用更小的学习率微调）：

${py(CODE_S7)}`,
      en: `Transfer-learning methods include:
- **Pretrained models:** start from a model pretrained on a large-scale data set and transfer it to the specific task.
- **Fine-tuning:** starting from the pretrained model, fine-tune it for the specific task, adjusting some of its parameters.
- **Feature extraction:** use the pretrained model to extract features and build a new model on them.
- **Knowledge distillation:** transfer the pretrained model's knowledge to a small model to improve the small model's performance.

**Example:** fine-tuning with PyTorch (stage one freezes the backbone and trains only the new classification head, i.e. feature extraction; stage two unfreezes the last residual stage and fine-tunes it with a smaller learning rate):

${py(CODE_S7)}`,
    },
    corrections: TRANSFER_LEARNING_CORRECTIONS,
    tags: ['transfer-learning', 'fine-tuning', 'pretrained-models', 'knowledge-distillation', 'vision', 'pytorch'],
    difficulty: 'MEDIUM',
    variantOf: 's003-13-transfer-learning',
    related: ['code-training-distillation-loss', 'train-distill-student'],
    rubric: TRANSFER_LEARNING_RUBRIC,
  },
  {
    slug: 's004-8-distributed-training',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§8'),
    title: {
      zh: '大模型如何进行分布式训练？',
      en: 'How is a large model trained in a distributed way?',
    },
    prompt: {
      zh: `大模型如何进行分布式训练？

如何在大模型中进行分布式训练？`,
      en: `How is a large model trained in a distributed way?

How do you do distributed training of a large model?`,
    },
    modelAnswer: {
      zh: `分布式训练的方法包括：
- **数据并行化：** 将数据集拆分为多个子集，每个GPU或TPU持有完整的模型副本并在自己的子集上计算梯度；每一步用 All-Reduce 对梯度求平均，所有副本以相同的平均梯度更新参数，保持一致。
- **模型并行化：** 将模型拆分为多个部分，分别在不同的GPU或TPU上训练。
- **参数服务器：** 将参数服务器部署在分布式集群上，负责存储和管理模型参数。
- **异步训练：** 同时进行多个训练任务的迭代，通过异步更新参数。

**举例：** 使用PyTorch实现数据并行化（DistributedDataParallel，用 \`torchrun --nproc_per_node=2 train.py\` 启动，每个GPU一个进程）：

${py(CODE_S8)}`,
      en: `Distributed-training methods include:
- **Data parallelism:** split the data set into several subsets; every GPU or TPU holds a full copy of the model and computes gradients on its own subset; at every step the gradients are averaged with an all-reduce and every replica applies the same averaged gradient, so they stay identical.
- **Model parallelism:** split the model into several parts trained on different GPUs or TPUs.
- **Parameter server:** deploy parameter servers on the distributed cluster to store and manage the model parameters.
- **Asynchronous training:** run the iterations of several training workers at the same time and update the parameters asynchronously.

**Example:** data parallelism with PyTorch (DistributedDataParallel, started with \`torchrun --nproc_per_node=2 train.py\`, one process per GPU):

${py(CODE_S8)}`,
    },
    corrections: [
      ...ALL_REDUCE_CORRECTIONS,
      {
        zh: '原示例的模型没有用 `DistributedDataParallel` 包装，各进程之间从不交换梯度，只是各自独立训练了一个模型，并不是数据并行。已用 DDP 包装模型：`loss.backward()` 时 DDP 自动对各进程的梯度做 All-Reduce 求平均。',
        en: 'The original model is never wrapped in `DistributedDataParallel`, so the processes never exchange gradients; each trains its own model independently, which is not data parallelism. The model is now wrapped in DDP, which all-reduces (averages) the gradients across processes during `loss.backward()`.',
      },
      DATA_PARALLEL_MERGE_CORRECTION,
    ],
    tags: ['distributed-training', 'data-parallelism', 'model-parallelism', 'parameter-server', 'pytorch'],
    difficulty: 'HARD',
    related: ['code-parallel-data-parallel-sgd', 's004-1-training-compute-optimization', 's004-6-training-time-optimization'],
    rubric: DISTRIBUTED_TRAINING_RUBRIC,
  },
  {
    slug: 's004-9-attention-mechanism',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§9'),
    title: {
      zh: '如何在大模型中使用注意力机制？',
      en: 'How is the attention mechanism used in large models?',
    },
    prompt: {
      zh: `如何在大模型中使用注意力机制？

如何在大模型中使用注意力机制？`,
      en: `How is the attention mechanism used in large models?

How do you use the attention mechanism in a large model?`,
    },
    modelAnswer: {
      zh: `注意力机制（Attention Mechanism）是一种用于提高模型表示能力的机制，常见于序列模型和Transformer架构。在大模型中使用注意力机制的方法包括：
- **自注意力（Self-Attention）：** 用于处理输入序列的任意两个位置之间的关系，能够捕捉长距离依赖。
- **多头注意力（Multi-Head Attention）：** 用多组线性投影把查询、键、值的特征维度（d_model）拆分成多个头（每个头 d_model / num_heads 维），每个头独立计算注意力权重，然后拼接各头的结果并经过输出投影合并。
- **软注意力（Soft Attention）：** 根据输入序列的每个元素计算注意力权重，加权求和后输出结果。

缩放点积注意力的计算为 softmax(QKᵀ/√d_k)·V；除以 √d_k 是为了避免点积过大导致 softmax 饱和。

**举例：** 使用PyTorch实现多头自注意力机制：

${py(CODE_S9)}`,
      en: `The attention mechanism is a mechanism for improving a model's representational power, common in sequence models and the Transformer architecture. Ways to use attention in a large model include:
- **Self-attention:** models the relationship between any two positions of the input sequence and can capture long-range dependencies.
- **Multi-head attention:** separate linear projections of the queries, keys and values are split along the feature dimension (d_model) into several heads (d_model / num_heads dimensions each); every head computes its attention weights independently, and the heads' results are concatenated and merged by an output projection.
- **Soft attention:** computes an attention weight for every element of the input sequence and outputs the weighted sum.

Scaled dot-product attention computes softmax(QKᵀ/√d_k)·V; dividing by √d_k keeps large dot products from saturating the softmax.

**Example:** multi-head self-attention in PyTorch:

${py(CODE_S9)}`,
    },
    corrections: [
      {
        zh: '原文说多头注意力“将输入序列分成多个头”，这不准确：被拆分的是特征维度（d_model 拆成 num_heads 个 head_dim），而不是序列；每个头都看到完整序列。已改写，并补充缩放点积注意力公式。',
        en: "The seed says multi-head attention 'splits the input sequence into several heads'. That is inaccurate: it is the feature dimension that is split (d_model into num_heads pieces of head_dim), not the sequence; every head sees the whole sequence. Rewritten, and the scaled dot-product formula is added.",
      },
      {
        zh: '代码本身是正确的（与 `torch.nn.MultiheadAttention` 数值一致），补充了三点：断言 d_model 能被 num_heads 整除（否则 view 会出错或悄悄算错）；说明 mask 需能广播到 (batch, num_heads, tq, tk)，1 表示可以关注；某一行全部被屏蔽时 softmax 全为 -inf 会得到 NaN，已把 NaN 置为 0 权重。',
        en: 'The code itself is correct (it matches `torch.nn.MultiheadAttention` numerically); three things are added: an assertion that d_model is divisible by num_heads (otherwise `view` fails or silently miscomputes); a note that the mask must broadcast to (batch, num_heads, tq, tk), 1 meaning may attend; and a fully masked row, whose softmax over all -inf gives NaN, now gets zero weights.',
      },
    ],
    tags: ['attention', 'transformer', 'multi-head-attention', 'self-attention', 'nlp', 'pytorch'],
    difficulty: 'HARD',
    related: ['code-attention-multi-head', 'code-attention-scaled-dot-product'],
    rubric: [
      point('self-attention', { zh: '自注意力建模任意两个位置的关系，捕捉长距离依赖', en: 'Self-attention relates any two positions and captures long-range dependencies' }, 1.5, {
        zh: ['自注意力', '长距离依赖', '长程依赖'],
        en: ['self-attention', 'self attention', 'long-range', 'long range'],
      }),
      point('multi-head', { zh: '多头：特征维度拆成多个头，各自计算后拼接并输出投影', en: 'Multi-head: split the feature dimension into heads, attend separately, concatenate and project' }, 1.5, {
        zh: ['多头', '拼接'],
        en: ['multi-head', 'multihead', 'multiple heads', 'num_heads', 'concatenat'],
      }),
      point('scaled-dot-product', { zh: '缩放点积：softmax(QKᵀ/√d)V，Q/K/V 线性投影', en: 'Scaled dot product: softmax(QKᵀ/√d)V with Q/K/V projections' }, 1.5, {
        zh: ['缩放点积', '点积', '查询', '键', 'softmax'],
        en: ['scaled dot', 'dot product', 'dot-product', 'query', 'softmax', 'sqrt'],
      }),
      point('soft-attention', { zh: '软注意力：权重加权求和', en: 'Soft attention: weighted sum with attention weights' }, 1, {
        zh: ['软注意力', '加权求和', '注意力权重'],
        en: ['soft attention', 'weighted sum', 'attention weights'],
      }),
      point('masking', { zh: '掩码（padding/因果）屏蔽不可关注的位置', en: 'Masks (padding/causal) block positions that may not be attended' }, 0.5, {
        zh: ['掩码', '遮蔽', 'mask'],
        en: ['mask', 'causal', 'padding'],
      }),
    ],
  },
  {
    slug: 's004-10-inference-optimization',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§10'),
    title: {
      zh: '大模型如何进行推理优化？',
      en: 'How is inference optimised for a large model?',
    },
    prompt: {
      zh: `大模型如何进行推理优化？

如何在大模型中进行推理优化？`,
      en: `How is inference optimised for a large model?

How do you optimise inference for a large model?`,
    },
    modelAnswer: {
      zh: `推理优化（Inference Optimization）是为了提高模型在部署时的性能和效率。以下是一些常见的推理优化方法：
- **模型量化：** 使用更低的数值精度（如8位整数或16位浮点）表示模型权重（和激活），减少存储和计算开销。
- **模型压缩：** 通过剪枝、量化、知识蒸馏等方法减少模型的参数数量和计算量。
- **模型剪枝：** 删除模型中不重要的神经元或参数，减少模型大小。
- **动态图到静态图的转换：** 将动态计算图（如PyTorch的Eager模式）导出为静态计算图（如TorchScript、ONNX、TensorRT、TensorFlow的SavedModel/TFLite），以便进行算子融合、常量折叠和内存规划等全图优化，提高推理速度。
- **模型蒸馏：** 将大模型的知识传递给小模型，使用小模型进行推理，提高推理速度。

**举例：** 使用TensorFlow Lite对模型进行量化：

${py(CODE_S10)}`,
      en: `Inference optimisation aims to improve a model's performance and efficiency when deployed. Some common inference optimisations:
- **Quantization:** represent the weights (and activations) at lower numeric precision (e.g. 8-bit integers or 16-bit floats) to cut storage and compute.
- **Model compression:** reduce the number of parameters and the computation through pruning, quantization, knowledge distillation and similar methods.
- **Pruning:** remove unimportant neurons or parameters from the model to make it smaller.
- **Dynamic-to-static graph conversion:** export the dynamic graph (e.g. PyTorch eager mode) to a static graph (TorchScript, ONNX, TensorRT, TensorFlow SavedModel/TFLite) so that whole-graph optimisations such as operator fusion, constant folding and memory planning can be applied, which speeds up inference.
- **Distillation:** transfer the large model's knowledge to a small model and use the small model for inference, which is faster.

**Example:** quantizing a model with TensorFlow Lite:

${py(CODE_S10)}`,
    },
    corrections: [
      DYNAMIC_GRAPH_CORRECTION,
      QUANTIZATION_PRECISION_CORRECTION,
      {
        zh: '代码可以运行，但注释“转换为静态计算图”放在 `load_model` 上是误导，已改为“加载Keras模型”；并说明只设 `Optimize.DEFAULT` 得到的是动态范围量化（权重 int8、激活仍为浮点），补充了 float16 量化和需要代表性数据集校准的全整数量化两种选项。',
        en: "The code runs, but the comment 'convert to a static graph' on `load_model` is misleading and now reads 'load the Keras model'; it also explains that `Optimize.DEFAULT` alone gives dynamic-range quantization (int8 weights, float activations), and adds the float16 option and full-integer quantization, which needs a representative data set for calibration.",
      },
    ],
    tags: ['inference-optimization', 'quantization', 'pruning', 'knowledge-distillation', 'compression', 'tensorflow-lite'],
    difficulty: 'MEDIUM',
    related: ['code-compress-quantize', 'code-numeric-float16', 's004-28-realtime-inference-optimization', 's004-11-realtime-deployment', 's004-13-mobile-optimization'],
    rubric: [
      point('quantization', { zh: '量化：降低数值精度（int8/fp16）', en: 'Quantization: lower precision (int8/fp16)' }, 1.5, {
        zh: ['量化', 'int8', '半精度', 'fp16'],
        en: ['quantiz', 'quantis', 'int8', 'fp16', 'float16', 'half precision', 'low precision'],
      }),
      point('pruning', { zh: '剪枝：去掉不重要的参数或神经元', en: 'Pruning unimportant parameters or neurons' }, 1, {
        zh: ['剪枝'],
        en: ['pruning', 'prune', 'sparsity'],
      }),
      point('distillation', { zh: '知识蒸馏到小模型', en: 'Distillation into a smaller model' }, 1, {
        zh: ['蒸馏'],
        en: ['distillation', 'distil', 'student model'],
      }),
      point('static-graph', { zh: '导出静态图/编译优化（算子融合等）', en: 'Export a static graph / compile it (operator fusion, etc.)' }, 1.5, {
        zh: ['静态图', '算子融合', '图优化', 'tensorrt', 'onnx', 'torchscript'],
        en: ['static graph', 'operator fusion', 'kernel fusion', 'graph optimization', 'tensorrt', 'onnx', 'torchscript', 'torch.compile', 'xla'],
      }),
      point('compression', { zh: '模型压缩总体减少参数和计算量', en: 'Compression overall reduces parameters and compute' }, 0.5, {
        zh: ['模型压缩', '压缩'],
        en: ['compression', 'compress'],
      }),
    ],
  },
  {
    slug: 's004-11-realtime-deployment',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§11'),
    title: {
      zh: '大模型在部署时如何保证实时性能？',
      en: 'How do you guarantee real-time performance when deploying a large model?',
    },
    prompt: {
      zh: `大模型在部署时如何保证实时性能？

大模型在部署时如何保证实时性能？`,
      en: `How do you guarantee real-time performance when deploying a large model?

How do you guarantee real-time performance when deploying a large model?`,
    },
    modelAnswer: {
      zh: `保证大模型在部署时的实时性能通常需要以下步骤：
- **模型优化：** 使用模型量化、剪枝、蒸馏等方法减小模型大小和计算量。
- **硬件优化：** 选择适合的硬件（如GPU、TPU）进行部署，并优化数据传输和计算性能。
- **并行处理：** 将模型拆分为多个部分，利用多核CPU或GPU进行并行计算。
- **缓存优化：** 缓存模型和中间结果，减少数据读取和传输时间。
- **异步处理：** 利用异步处理技术，同时进行多个模型的推理任务。

**举例：** 使用TensorFlow Serving进行模型部署（TensorFlow Serving 是独立的服务进程：先从 Python 导出 SavedModel，再启动服务并通过 REST 接口请求）：

${py(CODE_S11)}`,
      en: `Guaranteeing real-time performance when deploying a large model usually takes the following steps:
- **Model optimisation:** use quantization, pruning, distillation and similar methods to shrink the model and its computation.
- **Hardware optimisation:** deploy on suitable hardware (e.g. GPUs, TPUs) and optimise data transfer and compute performance.
- **Parallel processing:** split the model into several parts and compute in parallel on multi-core CPUs or GPUs.
- **Caching:** cache the model and intermediate results to cut data loading and transfer time.
- **Asynchronous processing:** use asynchronous processing to run several inference tasks at the same time.

**Example:** deploying a model with TensorFlow Serving (TensorFlow Serving is a separate server process: export a SavedModel from Python, start the server, and send requests to its REST API):

${py(CODE_S11)}`,
    },
    corrections: [
      {
        zh: '`tf.keras.utils.model_server.from_config(...)` 和 `server.start()` 并不存在，是虚构的 API。TensorFlow Serving 是独立的 C++ 服务（`tensorflow_model_server` 或 `tensorflow/serving` Docker 镜像），从 Python 里不能这样启动。已改为：导出 SavedModel 到带版本号的目录，用 Docker 启动 TensorFlow Serving（可加 `--enable_batching` 开启服务端批处理），再用 REST 接口 `/v1/models/<name>:predict` 请求预测。',
        en: '`tf.keras.utils.model_server.from_config(...)` and `server.start()` do not exist; the API is invented. TensorFlow Serving is a separate C++ server (`tensorflow_model_server` or the `tensorflow/serving` Docker image) and cannot be started that way from Python. The example now exports a SavedModel into a versioned directory, starts TensorFlow Serving with Docker (optionally `--enable_batching` for server-side batching), and requests predictions from the REST endpoint `/v1/models/<name>:predict`.',
      },
      {
        zh: '原示例加载 `my_model_quantized.h5`；量化后的模型（如 §10 得到的 TFLite 模型）是 `.tflite` 文件，不能用 `load_model` 加载，也不能由 TensorFlow Serving 提供服务。已改为加载普通 Keras 模型。',
        en: 'The original loads `my_model_quantized.h5`; a quantized model (such as the TFLite model of §10) is a `.tflite` file, which `load_model` cannot load and TensorFlow Serving cannot serve. It now loads an ordinary Keras model.',
      },
    ],
    tags: ['deployment', 'inference-optimization', 'real-time', 'serving', 'tensorflow'],
    difficulty: 'MEDIUM',
    related: ['s004-10-inference-optimization', 's004-28-realtime-inference-optimization'],
    rubric: [
      point('model-optimization', { zh: '量化、剪枝、蒸馏减小模型和计算量', en: 'Quantization, pruning and distillation shrink the model and its compute' }, 1.5, {
        zh: ['量化', '剪枝', '蒸馏', '模型优化'],
        en: ['quantiz', 'quantis', 'pruning', 'prune', 'distill', 'model optimization'],
      }),
      point('hardware', { zh: '选择合适的硬件（GPU/TPU）并优化数据传输', en: 'Suitable hardware (GPU/TPU) and optimised data transfer' }, 1, {
        zh: ['硬件', 'gpu', 'tpu'],
        en: ['hardware', 'gpu', 'tpu', 'accelerator'],
      }),
      point('parallel', { zh: '并行计算（多核 CPU/GPU）', en: 'Parallel computation (multi-core CPU/GPU)' }, 1, {
        zh: ['并行'],
        en: ['parallel', 'multi-core', 'multicore'],
      }),
      point('caching', { zh: '缓存模型和中间结果', en: 'Cache the model and intermediate results' }, 1, {
        zh: ['缓存'],
        en: ['cache', 'caching', 'kv cache'],
      }),
      point('async-batching', { zh: '异步处理与请求批处理', en: 'Asynchronous processing and request batching' }, 1, {
        zh: ['异步', '批处理', '动态批'],
        en: ['asynchronous', 'async', 'batching', 'dynamic batch'],
      }),
      point('serving', { zh: '使用专门的推理服务（如 TensorFlow Serving）部署', en: 'Deploy with a dedicated serving system (e.g. TensorFlow Serving)' }, 0.5, {
        zh: ['tensorflow serving', '推理服务', '部署'],
        en: ['tensorflow serving', 'tf serving', 'triton', 'serving', 'savedmodel'],
      }),
    ],
  },
  {
    slug: 's004-12-model-explainability',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§12'),
    title: {
      zh: '大模型如何进行模型解释性分析？',
      en: 'How is model explainability analysis done for a large model?',
    },
    prompt: {
      zh: `大模型如何进行模型解释性分析？

如何对大模型进行模型解释性分析？`,
      en: `How is model explainability analysis done for a large model?

How do you carry out explainability analysis of a large model?`,
    },
    modelAnswer: {
      zh: `模型解释性分析（Model Explanation）是评估模型决策过程和预测结果的重要方法。以下是一些常见的模型解释性分析方法：
- **特征重要性分析：** 分析模型对各个特征的重要程度，识别关键特征。
- **梯度分析：** 计算模型输出对输入（或中间特征）的梯度，如显著图（Saliency Map）、Integrated Gradients、Grad-CAM，找出对某个预测影响最大的输入部分。
- **局部解释模型（LIME）：** 在待解释样本附近做扰动，用原模型给扰动样本打分，再拟合一个简单的局部线性代理模型，解释特定输入的预测结果。
- **Shapley值分析：** 分析特征对模型预测结果的贡献，提供全局和局部解释。

**举例：** 使用LIME对图像分类模型进行解释性分析：

${py(CODE_S12)}`,
      en: `Model explanation is an important way to assess a model's decision process and its predictions. Some common explainability methods:
- **Feature-importance analysis:** analyse how important each feature is to the model and identify the key features.
- **Gradient analysis:** compute the gradient of the model's output with respect to the input (or intermediate features), as in saliency maps, Integrated Gradients or Grad-CAM, to find the parts of the input that most influenced a prediction.
- **Local interpretable model-agnostic explanations (LIME):** perturb the instance being explained, score the perturbed samples with the original model and fit a simple local linear surrogate model that explains the prediction for that specific input.
- **Shapley-value analysis:** analyse each feature's contribution to the prediction, giving both global and local explanations.

**Example:** explaining an image classifier with LIME:

${py(CODE_S12)}`,
    },
    corrections: [GRADIENT_ANALYSIS_CORRECTION, LIME_DEFINITION_CORRECTION, ...LIME_CORRECTIONS],
    tags: ['explainability', 'interpretability', 'lime', 'shap', 'feature-importance', 'vision'],
    difficulty: 'MEDIUM',
    related: ['code-explain-shapley', 'code-explain-linear-shap'],
    rubric: EXPLAINABILITY_RUBRIC,
  },
  {
    slug: 's004-13-mobile-optimization',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§13'),
    title: {
      zh: '大模型在移动设备上如何优化？',
      en: 'How is a large model optimised for mobile devices?',
    },
    prompt: {
      zh: `大模型在移动设备上如何优化？

大模型在移动设备上如何优化？`,
      en: `How is a large model optimised for mobile devices?

How is a large model optimised for mobile devices?`,
    },
    modelAnswer: {
      zh: `大模型在移动设备上优化的方法包括：
- **模型量化：** 使用更低的数值精度（如8位整数或16位浮点）表示模型权重，减少存储和计算开销。
- **模型剪枝：** 删除模型中不重要的神经元或参数，减少模型大小。
- **模型蒸馏：** 将大模型的知识传递给小模型，使用小模型进行推理，提高推理速度。
- **静态计算图与移动端推理引擎：** 把模型导出为提前优化好的静态格式（如TensorFlow Lite、PyTorch Mobile/ExecuTorch、Core ML），由移动端推理引擎执行，而不是在设备上以动态图（Eager）方式运行。
- **硬件优化：** 利用设备上的加速硬件（手机的NPU、GPU、DSP，通过NNAPI、GPU delegate、Core ML等调用；边缘设备如NVIDIA Jetson），并优化数据传输和计算性能。

**举例：** 使用TensorFlow Lite在移动设备上进行推理（在手机上通过 Android/iOS 的 TFLite Interpreter API 执行同样的流程；Python 中的 \`tf.lite.Interpreter\` 或轻量的 \`tflite_runtime\` 包适合在电脑或边缘设备上验证）：

${py(CODE_S13)}`,
      en: `Ways to optimise a large model on mobile devices include:
- **Quantization:** represent the weights at lower numeric precision (e.g. 8-bit integers or 16-bit floats) to cut storage and compute.
- **Pruning:** remove unimportant neurons or parameters to make the model smaller.
- **Distillation:** transfer the large model's knowledge to a small model and run the small model, which is faster.
- **Static graphs and mobile inference engines:** export the model to an ahead-of-time optimised static format (TensorFlow Lite, PyTorch Mobile/ExecuTorch, Core ML) executed by a mobile inference engine, rather than running it as a dynamic (eager) graph on the device.
- **Hardware optimisation:** use the device's accelerators (a phone's NPU, GPU or DSP via NNAPI, the GPU delegate, Core ML and the like; edge devices such as NVIDIA Jetson) and optimise data transfer and compute.

**Example:** inference with TensorFlow Lite on a mobile device (on the phone the same steps run through the Android/iOS TFLite Interpreter API; in Python, \`tf.lite.Interpreter\` or the lighter \`tflite_runtime\` package is handy for checking on a computer or an edge device):

${py(CODE_S13)}`,
    },
    corrections: [
      {
        zh: '原文称“使用动态计算图（如PyTorch的Eager Execution模式）提高模型在移动设备上的性能”，说反了：移动端部署依赖导出的静态图格式和专门的推理引擎（TFLite、PyTorch Mobile/ExecuTorch、Core ML），它们提前做了图优化；Eager 模式在移动端更慢、更占内存。已改写。',
        en: "The seed claims that 'a dynamic graph (e.g. PyTorch eager execution) improves the model's performance on mobile devices'. It is the reverse: mobile deployment relies on exported static-graph formats and dedicated inference engines (TFLite, PyTorch Mobile/ExecuTorch, Core ML) that optimise the graph ahead of time; eager execution is slower and uses more memory on a phone. Rewritten.",
      },
      {
        zh: '原文把 NVIDIA Jetson 作为移动设备硬件的例子；Jetson 是嵌入式/边缘计算板卡，手机上的加速硬件是 NPU、GPU、DSP（通过 NNAPI、GPU delegate、Core ML 调用）。已补充说明。',
        en: "The seed gives NVIDIA Jetson as the mobile hardware example; Jetson is an embedded/edge computing board, while phones accelerate with their NPU, GPU or DSP (via NNAPI, the GPU delegate or Core ML). Clarified.",
      },
      {
        zh: '示例缺少 `interpreter.allocate_tensors()`：不先分配张量就调用 `set_tensor`/`invoke` 会报错。已补上，并从 .tflite 文件读取模型字节、按 `input_details` 的形状和数据类型准备输入。',
        en: 'The example omits `interpreter.allocate_tensors()`; calling `set_tensor`/`invoke` before allocating tensors raises an error. It is added, the model bytes are read from a .tflite file, and the input is prepared with the shape and dtype from `input_details`.',
      },
      QUANTIZATION_PRECISION_CORRECTION,
    ],
    tags: ['mobile', 'edge', 'inference-optimization', 'quantization', 'pruning', 'tensorflow-lite'],
    difficulty: 'MEDIUM',
    related: ['code-compress-quantize', 's004-10-inference-optimization'],
    rubric: [
      point('quantization', { zh: '量化（int8/fp16）减小模型和计算', en: 'Quantization (int8/fp16) shrinks the model and compute' }, 1.5, {
        zh: ['量化', 'int8', 'fp16'],
        en: ['quantiz', 'quantis', 'int8', 'fp16', 'float16'],
      }),
      point('pruning', { zh: '剪枝', en: 'Pruning' }, 1, {
        zh: ['剪枝'],
        en: ['pruning', 'prune'],
      }),
      point('distillation', { zh: '蒸馏出小模型', en: 'Distil a small model' }, 1, {
        zh: ['蒸馏', '小模型', '轻量'],
        en: ['distill', 'distil', 'smaller model', 'mobilenet', 'lightweight'],
      }),
      point('mobile-runtime', { zh: '导出到移动端推理引擎（TFLite、Core ML、PyTorch Mobile）', en: 'Export to a mobile inference engine (TFLite, Core ML, PyTorch Mobile)' }, 1.5, {
        zh: ['tflite', 'tensorflow lite', 'core ml', 'coreml', '推理引擎', '静态图'],
        en: ['tflite', 'tensorflow lite', 'core ml', 'coreml', 'pytorch mobile', 'executorch', 'onnx runtime', 'static graph'],
      }),
      point('hardware', { zh: '利用设备加速硬件（NPU/GPU/DSP）', en: 'Use on-device accelerators (NPU/GPU/DSP)' }, 1, {
        zh: ['npu', 'dsp', '硬件加速', 'gpu'],
        en: ['npu', 'dsp', 'nnapi', 'delegate', 'gpu', 'neural engine', 'hardware acceler'],
      }),
    ],
  },
  {
    slug: 's004-14-model-compression',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§14'),
    title: {
      zh: '大模型如何进行模型压缩？',
      en: 'How is a large model compressed?',
    },
    prompt: {
      zh: `大模型如何进行模型压缩？

如何进行大模型的模型压缩？`,
      en: `How is a large model compressed?

How do you carry out model compression of a large model?`,
    },
    modelAnswer: {
      zh: `大模型的模型压缩方法包括：
- **模型剪枝：** 删除模型中不重要的神经元或参数，减少模型大小。
- **模型量化：** 使用更低的数值精度（如8位整数或16位浮点）表示模型权重，减少存储和计算开销。
- **参数共享：** 在模型的不同部分共享参数，减少模型参数数量。
- **网络结构压缩：** 使用更小的网络结构（如MobileNet、EfficientNet）替换原始模型。
- **知识蒸馏：** 将大模型的知识传递给小模型，使用小模型进行推理，提高推理速度。

**举例：** 使用PyTorch实现模型剪枝（\`torch.nn.utils.prune\`：逐层 L1 非结构化剪枝和跨层全局剪枝，最后用 \`prune.remove\` 使剪枝永久化）：

${py(CODE_S14)}

注意：非结构化剪枝只是把权重置零，模型的稠密存储大小和推理速度并不会自动改变；要真正变小变快，需要稀疏存储/稀疏算子，或者使用结构化剪枝（如 \`prune.ln_structured\` 去掉整个通道）后重建更窄的网络。`,
      en: `Ways to compress a large model include:
- **Pruning:** remove unimportant neurons or parameters to make the model smaller.
- **Quantization:** represent the weights at lower numeric precision (e.g. 8-bit integers or 16-bit floats) to cut storage and compute.
- **Parameter sharing:** share parameters between different parts of the model to reduce the number of parameters.
- **Architecture compression:** replace the original model with a smaller architecture (e.g. MobileNet, EfficientNet).
- **Knowledge distillation:** transfer the large model's knowledge to a small model and run the small model, which is faster.

**Example:** pruning with PyTorch (\`torch.nn.utils.prune\`: layer-wise L1 unstructured pruning and global pruning across layers, made permanent with \`prune.remove\`):

${py(CODE_S14)}

Note: unstructured pruning only sets weights to zero; the model's dense storage size and inference speed do not change by themselves. To become smaller and faster it needs sparse storage/sparse kernels, or structured pruning (e.g. \`prune.ln_structured\`, which removes whole channels) followed by rebuilding a narrower network.`,
    },
    corrections: [
      {
        zh: '原示例的剪枝代码不是合法的 Python：`prune Removed model.conv1`、`prune.model_layer1`、`prune.model.layer2[0]` 等既不能解析也不是任何 API；而且 `import torch.nn.utils as prune` 导入的是 `torch.nn.utils` 而不是剪枝模块。已改为 `import torch.nn.utils.prune as prune`，用 `prune.l1_unstructured` 对全连接层剪去 30% 绝对值最小的权重，用 `prune.global_unstructured`（`pruning_method=prune.L1Unstructured`）在所有卷积层之间全局剪去 20% 的权重。代码已在 PyTorch 1.13 上运行验证（稀疏度分别为 30% 和 20%）。',
        en: "The original pruning code is not valid Python: `prune Removed model.conv1`, `prune.model_layer1`, `prune.model.layer2[0]` and the rest neither parse nor name any API, and `import torch.nn.utils as prune` imports `torch.nn.utils`, not the pruning module. It now uses `import torch.nn.utils.prune as prune`: `prune.l1_unstructured` removes the 30% of the fully connected layer's weights with the smallest magnitude, and `prune.global_unstructured` (`pruning_method=prune.L1Unstructured`) removes 20% of the weights across all convolution layers together. The code was run on PyTorch 1.13 (sparsity 30% and 20% as intended).",
      },
      PRUNING_PERMANENCE_NOTE,
      PRETRAINED_ARG_CORRECTION,
      QUANTIZATION_PRECISION_CORRECTION,
    ],
    tags: ['compression', 'pruning', 'quantization', 'knowledge-distillation', 'parameter-sharing', 'pytorch'],
    difficulty: 'MEDIUM',
    related: ['code-compress-prune', 'code-compress-quantize', 's004-10-inference-optimization'],
    rubric: COMPRESSION_RUBRIC,
  },
  {
    slug: 's004-15-data-augmentation',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§15'),
    title: {
      zh: '大模型如何进行数据增强？',
      en: 'How is data augmentation done for a large model?',
    },
    prompt: {
      zh: `大模型如何进行数据增强？

如何对大模型进行数据增强？`,
      en: `How is data augmentation done for a large model?

How do you perform data augmentation for a large model?`,
    },
    modelAnswer: {
      zh: `大模型的数据增强方法包括：
- **随机旋转：** 将图像随机旋转一定角度，增加数据的多样性。
- **随机裁剪：** 从图像中随机裁剪一个区域，增加数据的多样性。
- **颜色增强：** 对图像进行颜色调整，增强图像的对比度和饱和度。
- **随机缩放：** 将图像随机缩放到不同的大小，增加数据的多样性。
- **噪声添加：** 向图像中添加噪声，模拟真实世界的噪声环境。

**举例：** 使用OpenCV进行图像随机裁剪和旋转（并补充随机水平翻转和高斯噪声）：

${py(CODE_S15)}`,
      en: `Data-augmentation methods for a large model include:
- **Random rotation:** rotate the image by a random angle to make the data more diverse.
- **Random cropping:** cut a random region out of the image to make the data more diverse.
- **Colour enhancement:** adjust the image's colours, strengthening its contrast and saturation.
- **Random scaling:** rescale the image to random sizes to make the data more diverse.
- **Adding noise:** add noise to the image to simulate real-world noisy conditions.

**Example:** random cropping and rotation with OpenCV (plus a random horizontal flip and Gaussian noise):

${py(CODE_S15)}`,
    },
    corrections: [
      AUGMENT_CODE_CORRECTION,
      {
        zh: '答案列出了噪声添加，但示例没有演示；已补充高斯噪声（加噪后裁剪回 0–255 并转回 uint8，避免溢出回绕）以及随机水平翻转。',
        en: 'The answer lists adding noise but the example never shows it; Gaussian noise is added (clipped back to 0–255 and converted to uint8 so values do not wrap around), together with a random horizontal flip.',
      },
    ],
    tags: ['data-augmentation', 'vision', 'opencv'],
    difficulty: 'EASY',
    variantOf: 's003-17-data-augmentation',
    related: ['code-augment-crop', 'code-augment-flip', 'code-augment-rotate', 'code-augment-noise', 's004-30-data-augmentation'],
    rubric: AUGMENTATION_RUBRIC,
  },
  {
    slug: 's004-16-distributed-training',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§16'),
    title: {
      zh: '大模型如何进行分布式训练？',
      en: 'How is a large model trained in a distributed way?',
    },
    prompt: {
      zh: `大模型如何进行分布式训练？

如何进行大模型的分布式训练？`,
      en: `How is a large model trained in a distributed way?

How do you carry out distributed training of a large model?`,
    },
    modelAnswer: {
      zh: `大模型的分布式训练方法包括：
- **数据并行化：** 将数据集拆分为多个子集，每个GPU或TPU持有完整的模型副本并在自己的子集上计算梯度；每一步用 All-Reduce 对梯度求平均，所有副本以相同的平均梯度更新参数。
- **模型并行化：** 将模型拆分为多个部分，分别在不同的GPU或TPU上训练。
- **参数服务器：** 将参数服务器部署在分布式集群上，负责存储和管理模型参数。
- **异步训练：** 同时进行多个训练任务的迭代，通过异步更新参数。

**举例：** 使用PyTorch实现数据并行化（手动同步梯度：在 \`backward()\` 之后、\`step()\` 之前对每个参数的梯度做 all_reduce 并求平均；用 \`torchrun --nproc_per_node=2 train.py\` 启动）：

${py(CODE_S16)}

实际项目中通常直接用 \`DistributedDataParallel\` 包装模型，它在反向传播时分桶、并与计算重叠地完成同样的梯度平均。`,
      en: `Ways to train a large model in a distributed way include:
- **Data parallelism:** split the data set into several subsets; every GPU or TPU holds a full copy of the model and computes gradients on its own subset; at every step the gradients are averaged with an all-reduce and every replica applies the same averaged gradient.
- **Model parallelism:** split the model into several parts trained on different GPUs or TPUs.
- **Parameter server:** deploy parameter servers on the distributed cluster to store and manage the model parameters.
- **Asynchronous training:** run the iterations of several training workers at the same time and update the parameters asynchronously.

**Example:** data parallelism with PyTorch (gradients synchronised by hand: after \`backward()\` and before \`step()\`, every parameter's gradient is all-reduced and averaged; started with \`torchrun --nproc_per_node=2 train.py\`):

${py(CODE_S16)}

In practice the model is usually wrapped in \`DistributedDataParallel\`, which does the same gradient averaging during the backward pass, in buckets overlapped with computation.`,
    },
    corrections: [...ALL_REDUCE_CORRECTIONS, ALL_REDUCE_CALL_CORRECTION, DATA_PARALLEL_MERGE_CORRECTION],
    tags: ['distributed-training', 'data-parallelism', 'model-parallelism', 'parameter-server', 'pytorch'],
    difficulty: 'HARD',
    variantOf: 's004-8-distributed-training',
    related: ['code-parallel-data-parallel-sgd'],
    rubric: DISTRIBUTED_TRAINING_RUBRIC,
  },
  {
    slug: 's004-17-transfer-learning',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§17'),
    title: {
      zh: '大模型如何进行迁移学习？',
      en: 'How is transfer learning done with a large model?',
    },
    prompt: {
      zh: `大模型如何进行迁移学习？

如何进行大模型的迁移学习？`,
      en: `How is transfer learning done with a large model?

How do you carry out transfer learning with a large model?`,
    },
    modelAnswer: {
      zh: `大模型的迁移学习方法包括：
- **预训练模型：** 使用在大规模数据集上预训练的模型作为起点，迁移到特定任务上。
- **模型微调：** 在预训练模型的基础上，针对特定任务进行微调，调整部分参数。
- **特征提取：** 使用预训练模型提取特征，用于构建新的模型。
- **知识蒸馏：** 将预训练模型的知识传递给小模型，提高小模型的性能。

**举例：** 使用PyTorch实现模型微调（先冻结主干只训练新分类头，再解冻 \`layer4\` 以较小学习率微调）：

${py(CODE_S7)}`,
      en: `Transfer-learning methods for a large model include:
- **Pretrained models:** start from a model pretrained on a large-scale data set and transfer it to the specific task.
- **Fine-tuning:** starting from the pretrained model, fine-tune it for the specific task, adjusting some of its parameters.
- **Feature extraction:** use the pretrained model to extract features and build a new model on them.
- **Knowledge distillation:** transfer the pretrained model's knowledge to a small model to improve the small model's performance.

**Example:** fine-tuning with PyTorch (first freeze the backbone and train only the new classification head, then unfreeze \`layer4\` and fine-tune it with a smaller learning rate):

${py(CODE_S7)}`,
    },
    corrections: TRANSFER_LEARNING_CORRECTIONS,
    tags: ['transfer-learning', 'fine-tuning', 'pretrained-models', 'knowledge-distillation', 'vision', 'pytorch'],
    difficulty: 'MEDIUM',
    variantOf: 's003-13-transfer-learning',
    related: ['s004-7-transfer-learning'],
    rubric: TRANSFER_LEARNING_RUBRIC,
  },
  {
    slug: 's004-18-finance-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§18'),
    title: {
      zh: '大模型在金融领域的应用有哪些？',
      en: 'What are the applications of large models in finance?',
    },
    prompt: {
      zh: `大模型在金融领域的应用有哪些？

大模型在金融领域有哪些应用？`,
      en: `What are the applications of large models in finance?

What applications do large models have in the financial sector?`,
    },
    modelAnswer: {
      zh: `大模型在金融领域有广泛的应用，包括：
- **风险管理：** 利用大模型进行风险评估和预测，如信用评分、市场风险预测等。
- **智能投顾：** 基于用户数据和投资偏好，提供个性化的投资建议。
- **量化交易：** 利用历史交易数据训练模型，进行自动化的交易决策。
- **欺诈检测：** 使用大模型检测异常交易行为，提高欺诈检测的准确性。
- **金融市场预测：** 预测股票价格、汇率、商品价格等，帮助投资者做出更明智的决策。

**举例：** 使用LSTM模型预测股票价格（按时间顺序划分数据，归一化器只在训练段上拟合，并与“明天等于今天”的朴素预测对比）：

${py(CODE_S18)}

价格序列接近随机游走，LSTM 的误差常常并不比朴素预测低；只有明显优于这一基线的模型才有参考价值。`,
      en: `Large models are widely used in finance, including:
- **Risk management:** use large models for risk assessment and forecasting, such as credit scoring and market-risk prediction.
- **Robo-advisory:** give personalised investment advice based on user data and investment preferences.
- **Quantitative trading:** train models on historical trading data to make automated trading decisions.
- **Fraud detection:** use large models to detect abnormal transactions and improve the accuracy of fraud detection.
- **Financial market forecasting:** forecast stock prices, exchange rates, commodity prices and the like to help investors make better-informed decisions.

**Example:** predicting stock prices with an LSTM (the data is split in time order, the scaler is fitted on the training period only, and the result is compared with the naive "tomorrow equals today" forecast):

${py(CODE_S18)}

Price series are close to a random walk, and an LSTM's error is often no lower than the naive forecast's; a model is only worth anything if it clearly beats that baseline.`,
    },
    corrections: [
      {
        zh: '`create_sequences` 对 DataFrame 做 `data[i + n_steps][0]`，这是按列名取列，会抛 KeyError；`data[i:(i + n_steps)].values` 又会带上 CSV 的所有列（如日期），与 `input_shape=(n_steps, 1)` 不符。已改为只取 close 列的 numpy 数组，窗口形状为 (n_steps, 1)，目标为窗口后的下一个值。',
        en: "`create_sequences` does `data[i + n_steps][0]` on a DataFrame, which is a column lookup and raises KeyError; `data[i:(i + n_steps)].values` would also carry every CSV column (such as the date), contradicting `input_shape=(n_steps, 1)`. It now works on a numpy array of the close column: windows of shape (n_steps, 1) and, as target, the value that follows each window.",
      },
      {
        zh: '原示例在全部数据上拟合 MinMaxScaler 后再划分，测试段的最高价/最低价泄漏进了训练；已改为只在训练段上 `fit_transform`，测试段只 `transform`。',
        en: "The original fits MinMaxScaler on all the data before splitting, so the test period's highs and lows leak into training; the scaler is now fitted on the training period only and merely applied to the test period.",
      },
      {
        zh: '`validation_data=(X_test, y_test)` 在训练中用测试集做验证，等于用测试集调参；已改为 `validation_split=0.1`（Keras 取训练数据的最后 10%，保持时间顺序）。测试窗口前补上训练段最后 n_steps 个值，使测试段第一天也有完整窗口；预测结果用 `inverse_transform` 还原为价格后再比较和作图。',
        en: '`validation_data=(X_test, y_test)` validates on the test set during training, i.e. tunes on it; it is now `validation_split=0.1` (Keras takes the last 10% of the training data, keeping time order). The test windows are preceded by the last n_steps training values so the first test day has a full window, and predictions are mapped back to prices with `inverse_transform` before comparing and plotting.',
      },
      {
        zh: '补充与朴素预测（明天等于今天）的 MSE 对比；原文没有基线，无法判断模型是否有用。',
        en: 'Added an MSE comparison with the naive forecast (tomorrow equals today); without a baseline the original cannot tell whether the model is any use.',
      },
    ],
    tags: ['finance', 'time-series', 'lstm', 'forecasting', 'fraud-detection', 'keras'],
    difficulty: 'MEDIUM',
    related: ['code-layers-lstm', 'code-data-time-windows', 'code-data-min-max-scale', 'train-timeseries-lstm'],
    rubric: [
      point('risk', { zh: '风险管理：信用评分、市场风险预测', en: 'Risk management: credit scoring, market-risk prediction' }, 1, {
        zh: ['风险', '信用评分', '风控'],
        en: ['risk', 'credit scor', 'credit risk'],
      }),
      point('advisory', { zh: '智能投顾：个性化投资建议', en: 'Robo-advisory: personalised investment advice' }, 1, {
        zh: ['智能投顾', '投资建议', '理财'],
        en: ['robo-advis', 'robo advis', 'investment advice', 'wealth management', 'portfolio'],
      }),
      point('trading', { zh: '量化交易：基于历史数据的自动交易决策', en: 'Quantitative trading from historical data' }, 1, {
        zh: ['量化交易', '自动化交易', '算法交易'],
        en: ['quantitative trading', 'algorithmic trading', 'algo trading', 'automated trading', 'quant fund', 'quant strateg'],
      }),
      point('fraud', { zh: '欺诈检测：识别异常交易', en: 'Fraud detection: spot anomalous transactions' }, 1, {
        zh: ['欺诈', '反欺诈', '异常交易', '异常检测'],
        en: ['fraud', 'anomal'],
      }),
      point('forecasting', { zh: '市场预测：股价、汇率、商品价格', en: 'Market forecasting: stock prices, exchange rates, commodities' }, 1, {
        zh: ['股票', '股价', '汇率', '市场预测', '价格预测'],
        en: ['stock', 'exchange rate', 'forecast', 'price prediction', 'market prediction'],
      }),
      point('time-series-method', { zh: '时间序列方法：按时间划分、滑动窗口、LSTM、与朴素基线对比', en: 'Time-series method: split by time, sliding windows, LSTM, compare with a naive baseline' }, 1, {
        zh: ['lstm', '时间序列', '滑动窗口', '基线'],
        en: ['lstm', 'time series', 'time-series', 'sliding window', 'baseline', 'look-ahead', 'leakage'],
      }),
    ],
  },
  {
    slug: 's004-19-healthcare-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§19'),
    title: {
      zh: '大模型在医疗领域的应用有哪些？',
      en: 'What are the applications of large models in healthcare?',
    },
    prompt: {
      zh: `大模型在医疗领域的应用有哪些？

大模型在医疗领域有哪些应用？`,
      en: `What are the applications of large models in healthcare?

What applications do large models have in the medical field?`,
    },
    modelAnswer: {
      zh: `大模型在医疗领域有广泛的应用，包括：
- **疾病预测：** 利用患者数据预测疾病的发生和发展趋势。
- **诊断辅助：** 帮助医生进行疾病诊断，提高诊断准确率。
- **个性化治疗：** 根据患者特征和疾病特点，提供个性化的治疗方案。
- **药物研发：** 利用大模型预测药物的效果和副作用，加速药物研发过程。
- **健康监测：** 利用可穿戴设备收集健康数据，实时监测患者健康状况。

**举例：** 使用BERT模型进行疾病诊断（对病历文本做二分类微调）：

${py(CODE_S19)}`,
      en: `Large models are widely used in healthcare, including:
- **Disease prediction:** use patient data to predict the onset and progression of diseases.
- **Diagnostic assistance:** help doctors diagnose diseases and improve diagnostic accuracy.
- **Personalised treatment:** provide personalised treatment plans based on the patient's characteristics and the disease.
- **Drug discovery:** use large models to predict drugs' effects and side effects and speed up drug development.
- **Health monitoring:** collect health data with wearable devices and monitor patients' health in real time.

**Example:** disease diagnosis with a BERT model (fine-tuning binary classification of clinical text):

${py(CODE_S19)}`,
    },
    corrections: [
      {
        zh: '`BertModel` 只输出隐藏状态（`last_hidden_state`、`pooler_output`），没有 `outputs.logits`，原示例会抛 AttributeError，也没有任何分类层可训练。已改为 `BertForSequenceClassification.from_pretrained(..., num_labels=2)`。',
        en: '`BertModel` outputs hidden states only (`last_hidden_state`, `pooler_output`) and has no `outputs.logits`, so the original raises AttributeError, and there is no classification layer to train. It now uses `BertForSequenceClassification.from_pretrained(..., num_labels=2)`.',
      },
      {
        zh: '模型没有移到 GPU，而输入被移到了 GPU；且只移动了 `input_ids` 和 `attention_mask`，`token_type_ids` 仍在 CPU 上，都会导致设备不一致错误。已把模型和分词器输出的所有张量都移到同一 `device`。',
        en: 'The model is never moved to the GPU although the inputs are; and only `input_ids` and `attention_mask` are moved while `token_type_ids` stays on the CPU. Both cause device-mismatch errors. The model and every tensor the tokenizer returns now go to the same `device`.',
      },
      {
        zh: '用 Adam、学习率 0.001 微调 BERT 通常会发散或破坏预训练权重；常用 AdamW、学习率 2e-5～5e-5、2～4 个 epoch。已改为 AdamW(lr=2e-5)、3 个 epoch。评估前缺少 `model.eval()`（否则 dropout 仍然生效），已补上。',
        en: 'Fine-tuning BERT with Adam at learning rate 0.001 usually diverges or wrecks the pretrained weights; the usual recipe is AdamW at 2e-5 to 5e-5 for 2–4 epochs. It is now AdamW(lr=2e-5) for 3 epochs. `model.eval()` was missing before evaluation (dropout would stay active) and is added.',
      },
    ],
    tags: ['healthcare', 'nlp', 'bert', 'text-classification', 'fine-tuning', 'transformers'],
    difficulty: 'MEDIUM',
    related: [],
    rubric: [
      point('disease-prediction', { zh: '疾病预测：预测疾病的发生和发展', en: 'Disease prediction: onset and progression' }, 1, {
        zh: ['疾病预测', '发病', '风险预测'],
        en: ['disease prediction', 'predict disease', 'risk prediction', 'prognosis', 'onset'],
      }),
      point('diagnosis', { zh: '辅助诊断，提高准确率（如医学影像）', en: 'Diagnostic assistance (e.g. medical imaging)' }, 1, {
        zh: ['诊断', '影像'],
        en: ['diagnos', 'medical imag', 'radiology'],
      }),
      point('personalised-treatment', { zh: '个性化治疗方案', en: 'Personalised treatment plans' }, 1, {
        zh: ['个性化治疗', '治疗方案', '精准医疗'],
        en: ['personalized treatment', 'personalised treatment', 'treatment plan', 'precision medicine'],
      }),
      point('drug-discovery', { zh: '药物研发：预测药效和副作用', en: 'Drug discovery: predict efficacy and side effects' }, 1, {
        zh: ['药物研发', '药物发现', '副作用', '新药'],
        en: ['drug discovery', 'drug development', 'side effect', 'molecule'],
      }),
      point('monitoring', { zh: '健康监测：可穿戴设备实时监测', en: 'Health monitoring with wearables' }, 1, {
        zh: ['健康监测', '可穿戴', '实时监测'],
        en: ['monitoring', 'wearable'],
      }),
    ],
  },
  {
    slug: 's004-20-nlp-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§20'),
    title: {
      zh: '大模型在自然语言处理领域的应用有哪些？',
      en: 'What are the applications of large models in natural language processing?',
    },
    prompt: {
      zh: `大模型在自然语言处理领域的应用有哪些？

大模型在自然语言处理领域有哪些应用？`,
      en: `What are the applications of large models in natural language processing?

What applications do large models have in natural language processing?`,
    },
    modelAnswer: {
      zh: `大模型在自然语言处理领域有广泛的应用，包括：
- **文本分类：** 对文本进行分类，如情感分析、新闻分类等。
- **文本生成：** 根据给定文本生成新的文本，如文章生成、对话系统等。
- **机器翻译：** 将一种语言的文本翻译成另一种语言。
- **问答系统：** 利用模型回答用户的问题。
- **实体识别：** 识别文本中的命名实体，如人名、地名等。

**举例：** 使用GPT-2模型进行文本生成（先做语言模型微调，再用采样解码生成）：

${py(CODE_S20)}`,
      en: `Large models are widely used in natural language processing, including:
- **Text classification:** classify texts, e.g. sentiment analysis or news categorisation.
- **Text generation:** generate new text from a given text, e.g. article generation or dialogue systems.
- **Machine translation:** translate text from one language into another.
- **Question answering:** use the model to answer users' questions.
- **Entity recognition:** recognise the named entities in a text, such as person and place names.

**Example:** text generation with GPT-2 (language-model fine-tuning first, then generation with sampled decoding):

${py(CODE_S20)}`,
    },
    corrections: [
      {
        zh: '示例使用了 `optim` 和 `nn` 却没有导入，模型也没有移到 GPU（输入却在 GPU 上）；已补上导入并统一使用 `device`。',
        en: 'The example uses `optim` and `nn` without importing them, and the model is never moved to the GPU although the inputs are; the imports are added and one `device` is used throughout.',
      },
      {
        zh: '损失计算错误：语言模型要预测下一个词，目标必须是输入右移一位的序列；原示例用 `criterion(logits.view(-1, V), labels.view(-1))` 把每个位置的 logits 与外部给的 `labels` 逐位对齐，既没有移位，`labels` 的长度也与分词结果对不上。已改为把 `labels=input_ids`（padding 位置设为 -100）传给 `GPT2LMHeadModel`，由模型内部移位并计算交叉熵，直接使用 `outputs.loss`。',
        en: "The loss is wrong: a language model predicts the next token, so the targets must be the input shifted by one; the original aligns each position's logits with externally supplied `labels` via `criterion(logits.view(-1, V), labels.view(-1))`, without shifting and with `labels` whose length does not match the tokenization. It now passes `labels=input_ids` (padding positions set to -100) to `GPT2LMHeadModel`, which shifts them and computes the cross-entropy itself, and uses `outputs.loss`.",
      },
      {
        zh: 'GPT-2 没有 padding token，批量分词长度不一时无法组成张量；已设置 `tokenizer.pad_token = tokenizer.eos_token` 并开启 padding。学习率 0.001 对微调 GPT-2 过大，已改为 AdamW(lr=5e-5)。`generate` 补上 `pad_token_id`，并演示 top-k/top-p 采样（去掉采样参数即为贪心解码）。',
        en: 'GPT-2 has no padding token, so a batch of texts of different lengths cannot be stacked into a tensor; `tokenizer.pad_token = tokenizer.eos_token` is set and padding enabled. A learning rate of 0.001 is too high for fine-tuning GPT-2; it is now AdamW(lr=5e-5). `generate` now gets `pad_token_id` and shows top-k/top-p sampling (without the sampling arguments it decodes greedily).',
      },
    ],
    tags: ['nlp', 'text-generation', 'gpt', 'language-model', 'transformers'],
    difficulty: 'MEDIUM',
    related: ['code-generate-decode', 's004-27-nlp-trends'],
    rubric: [
      point('classification', { zh: '文本分类（情感分析、新闻分类）', en: 'Text classification (sentiment, news topics)' }, 1, {
        zh: ['文本分类', '情感分析'],
        en: ['text classification', 'sentiment', 'classif'],
      }),
      point('generation', { zh: '文本生成（文章、对话系统）', en: 'Text generation (articles, dialogue systems)' }, 1, {
        zh: ['文本生成', '对话', '生成'],
        en: ['text generation', 'generat', 'dialogue', 'dialog', 'chatbot'],
      }),
      point('translation', { zh: '机器翻译', en: 'Machine translation' }, 1, {
        zh: ['机器翻译', '翻译'],
        en: ['translation', 'translat'],
      }),
      point('qa', { zh: '问答系统', en: 'Question answering' }, 1, {
        zh: ['问答'],
        en: ['question answering', 'question-answering', 'qa system', 'answer questions'],
      }),
      point('ner', { zh: '命名实体识别', en: 'Named-entity recognition' }, 1, {
        zh: ['实体识别', '命名实体'],
        en: ['named entit', 'entity recognition', 'named-entity'],
      }),
    ],
  },
  {
    slug: 's004-21-model-explainability',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§21'),
    title: {
      zh: '大模型如何进行模型解释性分析？',
      en: 'How is model explainability analysis done for a large model?',
    },
    prompt: {
      zh: `大模型如何进行模型解释性分析？

如何对大模型进行模型解释性分析？`,
      en: `How is model explainability analysis done for a large model?

How do you carry out explainability analysis of a large model?`,
    },
    modelAnswer: {
      zh: `大模型的解释性分析是理解模型决策过程和预测结果的重要方法。以下是一些常见的解释性分析方法：
- **特征重要性分析：** 分析模型对各个特征的重要程度。
- **梯度分析：** 计算模型输出对输入的梯度（显著图、Integrated Gradients、Grad-CAM 等），找出影响预测的输入部分。
- **注意力机制分析：** 分析模型在不同输入位置的注意力分布。注意力权重可以提供线索，但不一定忠实反映模型的决策依据，宜与梯度或扰动类方法相互印证。
- **局部解释模型（LIME）：** 在待解释样本附近扰动采样，拟合一个简单的局部线性代理模型进行解释。
- **Shapley值分析：** 分析特征对模型预测结果的贡献。

**举例：** 使用LIME对图像分类模型进行解释性分析：

${py(CODE_S12)}`,
      en: `Explainability analysis of a large model is an important way to understand its decision process and its predictions. Some common explainability methods:
- **Feature-importance analysis:** analyse how important each feature is to the model.
- **Gradient analysis:** compute the gradient of the model's output with respect to its input (saliency maps, Integrated Gradients, Grad-CAM and the like) to find the parts of the input that drive the prediction.
- **Attention analysis:** analyse the model's attention distribution over the input positions. Attention weights give hints but do not necessarily reflect faithfully what the decision rests on, so they are best cross-checked with gradient or perturbation methods.
- **Local interpretable model-agnostic explanations (LIME):** sample perturbations around the instance and fit a simple local linear surrogate model to explain it.
- **Shapley-value analysis:** analyse each feature's contribution to the prediction.

**Example:** explaining an image classifier with LIME:

${py(CODE_S12)}`,
    },
    corrections: [
      GRADIENT_ANALYSIS_CORRECTION,
      LIME_DEFINITION_CORRECTION,
      {
        zh: '补充说明：注意力权重并不等于解释，研究表明不同的注意力分布可以得到相同的预测，因此注意力分析应与梯度、扰动或 Shapley 类方法相互验证。',
        en: 'Added a caveat: attention weights are not explanations by themselves; studies show that different attention distributions can yield the same prediction, so attention analysis should be cross-checked with gradient, perturbation or Shapley-style methods.',
      },
      ...LIME_CORRECTIONS,
    ],
    tags: ['explainability', 'interpretability', 'lime', 'shap', 'attention', 'vision'],
    difficulty: 'MEDIUM',
    variantOf: 's004-12-model-explainability',
    related: ['code-explain-shapley', 'code-explain-linear-shap'],
    rubric: [
      // §21's answer does not speak of local versus global explanations, so that point is left out.
      ...EXPLAINABILITY_RUBRIC.filter((p) => p.id !== 'local-global'),
      point('attention', { zh: '注意力分布分析（需与其他方法互相印证）', en: 'Attention-distribution analysis (cross-checked with other methods)' }, 1, {
        zh: ['注意力'],
        en: ['attention'],
      }),
    ],
  },
  {
    slug: 's004-22-model-compression',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§22'),
    title: {
      zh: '大模型如何进行模型压缩？',
      en: 'How is a large model compressed?',
    },
    prompt: {
      zh: `大模型如何进行模型压缩？

如何对大模型进行模型压缩？`,
      en: `How is a large model compressed?

How do you compress a large model?`,
    },
    modelAnswer: {
      zh: `大模型的压缩是为了减少模型大小和计算量，以下是一些常见的模型压缩方法：
- **模型剪枝：** 删除模型中不重要的神经元或参数。
- **模型量化：** 使用更低的数值精度（更少的比特数）表示模型权重。
- **参数共享：** 在模型的不同部分共享参数。
- **网络结构压缩：** 使用更小的网络结构。
- **知识蒸馏：** 将大模型的知识传递给小模型。

**举例：** 使用PyTorch实现模型剪枝（对 ResNet-18 各残差块的卷积做结构化和非结构化剪枝，再用 \`prune.remove\` 使剪枝永久化）：

${py(CODE_S22)}

结构化剪枝（\`ln_structured\`）把整个输出通道置零，之后可以据此重建更窄的层，真正减少计算量；非结构化剪枝（\`l1_unstructured\`）只产生稀疏权重，需要稀疏存储或稀疏算子才能变小变快。`,
      en: `Compressing a large model aims to reduce its size and computation. Some common model-compression methods:
- **Pruning:** remove unimportant neurons or parameters from the model.
- **Quantization:** represent the weights at lower numeric precision (fewer bits).
- **Parameter sharing:** share parameters between different parts of the model.
- **Architecture compression:** use a smaller network architecture.
- **Knowledge distillation:** transfer the large model's knowledge to a small model.

**Example:** pruning with PyTorch (structured and unstructured pruning of the convolutions in every ResNet-18 residual block, made permanent with \`prune.remove\`):

${py(CODE_S22)}

Structured pruning (\`ln_structured\`) zeroes whole output channels, after which narrower layers can be rebuilt and computation really drops; unstructured pruning (\`l1_unstructured\`) only produces sparse weights, which need sparse storage or sparse kernels to become smaller and faster.`,
    },
    corrections: [
      {
        zh: '原示例的剪枝代码无法运行：`import torch.nn.utils as prune` 导入的不是剪枝模块（应为 `torch.nn.utils.prune`）；`prune.RemovalTensor` 不存在；`prune.model.layer1[0]` 这类语句既不是 API 调用也不会做任何事。而且 ResNet-18 每个阶段只有两个 BasicBlock（`layer1[0]`、`layer1[1]`），`layer1[2]` 等会抛 IndexError。已改为遍历 `layer1`～`layer4` 的每个块，用 `prune.ln_structured` 剪去 conv1 25% 的输出通道、用 `prune.l1_unstructured` 剪去 conv2 40% 的权重，并对 fc 剪去 30%。代码已在 PyTorch 1.13 上运行验证。',
        en: "The original pruning code cannot run: `import torch.nn.utils as prune` does not import the pruning module (that is `torch.nn.utils.prune`); `prune.RemovalTensor` does not exist; statements like `prune.model.layer1[0]` are not API calls and do nothing. Moreover ResNet-18 has only two BasicBlocks per stage (`layer1[0]`, `layer1[1]`), so `layer1[2]` and the like raise IndexError. It now walks every block of `layer1`–`layer4`, prunes 25% of conv1's output channels with `prune.ln_structured` and 40% of conv2's weights with `prune.l1_unstructured`, and 30% of fc. The code was run on PyTorch 1.13.",
      },
      PRUNING_PERMANENCE_NOTE,
      PRETRAINED_ARG_CORRECTION,
      QUANTIZATION_PRECISION_CORRECTION,
    ],
    tags: ['compression', 'pruning', 'quantization', 'knowledge-distillation', 'parameter-sharing', 'pytorch'],
    difficulty: 'MEDIUM',
    variantOf: 's004-14-model-compression',
    related: ['code-compress-prune'],
    rubric: COMPRESSION_RUBRIC,
  },
  {
    slug: 's004-23-distributed-training',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§23'),
    title: {
      zh: '大模型如何进行分布式训练？',
      en: 'How is a large model trained in a distributed way?',
    },
    prompt: {
      zh: `大模型如何进行分布式训练？

如何对大模型进行分布式训练？`,
      en: `How is a large model trained in a distributed way?

How do you train a large model in a distributed way?`,
    },
    modelAnswer: {
      zh: `分布式训练是为了加速大模型的训练过程，以下是一些常见的分布式训练方法：
- **数据并行化：** 将数据集拆分为多个子集，分别在不同的GPU上训练；每个GPU持有完整的模型副本，每一步用 All-Reduce 对梯度求平均后同步更新。
- **模型并行化：** 将模型拆分为多个部分，分别在不同的GPU上训练。
- **参数服务器：** 将参数服务器部署在分布式集群上，负责存储和管理模型参数。
- **异步训练：** 同时进行多个训练任务的迭代，通过异步更新参数。

**举例：** 使用PyTorch实现数据并行化（在 \`backward()\` 之后、\`step()\` 之前对每个参数的梯度做 all_reduce 并求平均；用 \`torchrun --nproc_per_node=2 train.py\` 启动）：

${py(CODE_S16)}

实际项目中通常直接用 \`DistributedDataParallel\` 包装模型，由它在反向传播时自动完成梯度平均。`,
      en: `Distributed training aims to speed up the training of a large model. Some common distributed-training methods:
- **Data parallelism:** split the data set into several subsets trained on different GPUs; every GPU holds a full copy of the model, and at every step the gradients are averaged with an all-reduce before the synchronised update.
- **Model parallelism:** split the model into several parts trained on different GPUs.
- **Parameter server:** deploy parameter servers on the distributed cluster to store and manage the model parameters.
- **Asynchronous training:** run the iterations of several training workers at the same time and update the parameters asynchronously.

**Example:** data parallelism with PyTorch (after \`backward()\` and before \`step()\`, every parameter's gradient is all-reduced and averaged; started with \`torchrun --nproc_per_node=2 train.py\`):

${py(CODE_S16)}

In practice the model is usually wrapped in \`DistributedDataParallel\`, which averages the gradients automatically during the backward pass.`,
    },
    corrections: [
      ...ALL_REDUCE_CORRECTIONS,
      ALL_REDUCE_CALL_CORRECTION,
      {
        zh: '原文的数据并行要点只说“分别在不同的GPU上训练”，没有说明各副本如何保持一致；已补充：每个GPU持有完整模型副本，每一步用 All-Reduce 平均梯度后同步更新。',
        en: "The seed's data-parallelism point only says the subsets are 'trained on different GPUs', without saying how the replicas stay consistent; added that every GPU holds a full model copy and that each step averages the gradients with an all-reduce before the synchronised update.",
      },
    ],
    tags: ['distributed-training', 'data-parallelism', 'model-parallelism', 'parameter-server', 'pytorch'],
    difficulty: 'HARD',
    variantOf: 's004-8-distributed-training',
    related: ['code-parallel-data-parallel-sgd'],
    rubric: DISTRIBUTED_TRAINING_RUBRIC,
  },
  {
    slug: 's004-24-image-recognition-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§24'),
    title: {
      zh: '大模型在图像识别中的应用有哪些？',
      en: 'What are the applications of large models in image recognition?',
    },
    prompt: {
      zh: `大模型在图像识别中的应用有哪些？

大模型在图像识别中的应用有哪些？`,
      en: `What are the applications of large models in image recognition?

What are the applications of large models in image recognition?`,
    },
    modelAnswer: {
      zh: `大模型在图像识别领域有广泛的应用，包括：
- **物体检测：** 识别人类、动物、车辆等物体。
- **人脸识别：** 识别人脸并进行身份验证。
- **图像分割：** 将图像分割为多个区域，用于医学图像处理和图像编辑等。
- **图像生成：** 利用生成对抗网络（GAN）生成新的图像。
- **图像增强：** 提高图像的质量，使其更清晰。

**举例：** 使用PyTorch实现物体检测（Faster R-CNN；检测器输出的框已经过非极大值抑制 NMS，末尾演示了其背后的 IoU 和 NMS 两个基本操作）：

${py(CODE_S24)}`,
      en: `Large models are widely used in image recognition, including:
- **Object detection:** recognise objects such as people, animals and vehicles.
- **Face recognition:** recognise faces and verify identities.
- **Image segmentation:** divide an image into several regions, used in medical image processing, image editing and so on.
- **Image generation:** generate new images with generative adversarial networks (GANs).
- **Image enhancement:** improve image quality and make images sharper.

**Example:** object detection with PyTorch (Faster R-CNN; the detector's boxes have already been through non-maximum suppression (NMS), and the end of the example shows the two primitives behind it, IoU and NMS):

${py(CODE_S24)}`,
    },
    corrections: [
      {
        zh: '缺少 `from PIL import Image`；模型没有调用 `model.eval()`：torchvision 的检测模型在训练模式下要求传入 targets，直接推理会抛异常。已补上，并把模型和图像放到同一 `device`（原示例只把图像移到 GPU）。',
        en: '`from PIL import Image` is missing, and the model is never put in `model.eval()`: torchvision detection models in training mode require targets and raise an error when called for inference. Both are fixed, and model and image now share one `device` (the original moved only the image to the GPU).',
      },
      {
        zh: '不应再做 ImageNet `Normalize`：torchvision 检测模型内部（GeneralizedRCNNTransform）会自己归一化和缩放，输入只需是 [0,1] 的 3×H×W 张量，重复归一化会降低精度。`torch.tensor(image)` 对已是张量的对象会告警且多余；检测模型接收的是图像张量列表 `model([image])`。已改正。',
        en: 'ImageNet `Normalize` must not be applied: torchvision detection models normalise and resize internally (GeneralizedRCNNTransform) and expect 3×H×W tensors in [0, 1]; normalising twice hurts accuracy. `torch.tensor(image)` on something that is already a tensor warns and is redundant; detection models take a list of image tensors, `model([image])`. Fixed.',
      },
      {
        zh: '`pretrained=True` 已弃用，改为 `weights=FasterRCNN_ResNet50_FPN_Weights.DEFAULT`；并按分数阈值过滤结果、用权重元数据把类别编号映射为 COCO 类别名。',
        en: '`pretrained=True` is deprecated and is now `weights=FasterRCNN_ResNet50_FPN_Weights.DEFAULT`; results are filtered by a score threshold and the label ids mapped to COCO category names from the weights’ metadata.',
      },
    ],
    tags: ['vision', 'object-detection', 'segmentation', 'face-recognition', 'gan', 'pytorch'],
    difficulty: 'MEDIUM',
    related: ['code-detection-iou', 'code-detection-nms'],
    rubric: [
      point('detection', { zh: '物体检测：定位并识别物体', en: 'Object detection: locate and recognise objects' }, 1.5, {
        zh: ['物体检测', '目标检测', '检测'],
        en: ['object detection', 'detect', 'bounding box', 'yolo', 'faster r-cnn', 'faster rcnn'],
      }),
      point('face', { zh: '人脸识别与身份验证', en: 'Face recognition and identity verification' }, 1, {
        zh: ['人脸'],
        en: ['face recognition', 'facial', 'face verification', 'face detection', 'face id'],
      }),
      point('segmentation', { zh: '图像分割（医学影像、图像编辑）', en: 'Image segmentation (medical imaging, editing)' }, 1, {
        zh: ['分割'],
        en: ['segmentation', 'segment'],
      }),
      point('generation', { zh: '图像生成（GAN）', en: 'Image generation (GANs)' }, 1, {
        zh: ['图像生成', '生成对抗', 'gans', '扩散'],
        en: ['image generation', 'gans', 'generative adversarial', 'stylegan', 'diffusion'],
      }),
      point('enhancement', { zh: '图像增强：提高质量、更清晰', en: 'Image enhancement: better quality, sharper images' }, 1, {
        zh: ['图像增强', '超分辨率', '去噪'],
        en: ['enhancement', 'super-resolution', 'super resolution', 'denois'],
      }),
      point('postprocessing', { zh: '检测后处理：IoU 与非极大值抑制', en: 'Detection post-processing: IoU and non-maximum suppression' }, 0.5, {
        zh: ['交并比', '非极大值抑制', 'nms'],
        en: ['intersection over union', 'iou threshold', 'box_iou', 'non-maximum suppression', 'non-max suppression', 'nms'],
      }),
    ],
  },
  {
    slug: 's004-25-speech-recognition-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§25'),
    title: {
      zh: '大模型在语音识别中的应用有哪些？',
      en: 'What are the applications of large models in speech recognition?',
    },
    prompt: {
      zh: `大模型在语音识别中的应用有哪些？

大模型在语音识别中的应用有哪些？`,
      en: `What are the applications of large models in speech recognition?

What are the applications of large models in speech recognition?`,
    },
    modelAnswer: {
      zh: `大模型在语音识别领域有广泛的应用，包括：
- **语音识别：** 将语音信号转换为文本。
- **语音合成：** 根据文本生成语音。
- **说话人识别：** 识别人声并进行身份验证。
- **语音增强：** 提高语音的质量，消除噪声。
- **语音翻译：** 将一种语言的语音翻译成另一种语言。

**举例：** 使用TensorFlow实现语音识别（读取音频、提取与训练时相同的频谱特征，声学模型输出每一帧的字符概率，再经 CTC 解码得到文本）：

${py(CODE_S25)}`,
      en: `Large models are widely used in the field of speech recognition, including:
- **Speech recognition:** convert speech signals into text.
- **Speech synthesis:** generate speech from text.
- **Speaker recognition:** recognise a voice and verify the speaker's identity.
- **Speech enhancement:** improve speech quality and remove noise.
- **Speech translation:** translate speech in one language into another language.

**Example:** speech recognition with TensorFlow (read the audio, extract the same spectrogram features as in training; the acoustic model outputs per-frame character probabilities, and CTC decoding turns them into text):

${py(CODE_S25)}`,
    },
    corrections: [
      {
        zh: '原示例中 `preprocess_audio` 未定义，音频读取也只是 `...`；已改为用 `tf.audio.decode_wav` 读取 16 kHz 单声道 WAV，并用 `tf.signal.stft` 计算归一化的对数频谱（必须与训练时的特征一致）。',
        en: 'In the original, `preprocess_audio` is undefined and reading the audio is just `...`; it now reads a 16 kHz mono WAV with `tf.audio.decode_wav` and computes a normalised log spectrogram with `tf.signal.stft` (the features must match those used in training).',
      },
      {
        zh: '`model.predict(audio)` 得到的不是文本，而是每一帧在字符集（加 CTC 空白符）上的概率矩阵；直接打印它并不是“识别结果”。已补上 CTC 解码（`tf.keras.backend.ctc_decode`，合并重复字符并去掉空白符）和字符表映射，得到最终文本。',
        en: "`model.predict(audio)` does not return text but a per-frame probability matrix over the characters plus the CTC blank; printing it is not a 'recognition result'. CTC decoding (`tf.keras.backend.ctc_decode`, which merges repeats and drops blanks) and the mapping through the character table are added to obtain the text.",
      },
    ],
    tags: ['speech', 'speech-recognition', 'asr', 'tts', 'ctc', 'tensorflow'],
    difficulty: 'MEDIUM',
    related: [],
    rubric: [
      point('asr', { zh: '语音识别：语音转文本', en: 'Speech recognition: speech to text' }, 1.5, {
        zh: ['语音识别', '语音转文字', '语音转文本'],
        en: ['speech recognition', 'speech-to-text', 'speech to text', 'asr', 'transcri'],
      }),
      point('tts', { zh: '语音合成：文本转语音', en: 'Speech synthesis: text to speech' }, 1, {
        zh: ['语音合成', '文本转语音'],
        en: ['speech synthesis', 'text-to-speech', 'text to speech', 'tts'],
      }),
      point('speaker', { zh: '说话人识别与身份验证', en: 'Speaker recognition and verification' }, 1, {
        zh: ['说话人', '声纹'],
        en: ['speaker recognition', 'speaker verification', 'speaker identification', 'voiceprint'],
      }),
      point('enhancement', { zh: '语音增强：降噪、提高质量', en: 'Speech enhancement: denoising, better quality' }, 1, {
        zh: ['语音增强', '降噪', '去噪'],
        en: ['speech enhancement', 'noise reduction', 'denois', 'noise suppression'],
      }),
      point('translation', { zh: '语音翻译', en: 'Speech translation' }, 1, {
        zh: ['语音翻译'],
        en: ['speech translation', 'speech-to-speech', 'translate speech'],
      }),
      point('pipeline', { zh: '识别流程：声学特征（频谱）→ 声学模型 → CTC/解码得到文本', en: 'Pipeline: acoustic features (spectrogram) → acoustic model → CTC/decoding to text' }, 0.5, {
        zh: ['频谱', '梅尔', 'ctc', '解码', '声学模型'],
        en: ['spectrogram', 'mel-frequency', 'log-mel', 'mfcc', 'ctc', 'decod', 'acoustic model'],
      }),
    ],
  },
  {
    slug: 's004-26-recommender-system-applications',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§26'),
    title: {
      zh: '大模型在推荐系统中的应用有哪些？',
      en: 'What are the applications of large models in recommender systems?',
    },
    prompt: {
      zh: `大模型在推荐系统中的应用有哪些？

大模型在推荐系统中的应用有哪些？`,
      en: `What are the applications of large models in recommender systems?

What are the applications of large models in recommender systems?`,
    },
    modelAnswer: {
      zh: `大模型在推荐系统中有广泛的应用，包括：
- **协同过滤：** 基于用户和物品的历史交互数据，预测用户对物品的喜好。
- **基于内容的推荐：** 根据物品的特征和用户的偏好，推荐相似的商品。
- **深度学习推荐：** 使用神经网络模型，如CNN、RNN、Transformer等，捕捉用户和物品的复杂交互关系。
- **多模态推荐：** 结合文本、图像、音频等多种数据类型进行推荐。

**举例：** 使用PyTorch实现基于嵌入的推荐模型（用户和物品各有一个嵌入向量，拼接后经线性层打分；它只使用交互数据学习 ID 嵌入，属于神经协同过滤，而不是基于内容的推荐），并为一个用户取得分最高的 k 个物品：

${py(CODE_S26)}`,
      en: `Large models are widely used in recommender systems, including:
- **Collaborative filtering:** predict a user's preference for items from the historical interactions between users and items.
- **Content-based recommendation:** recommend similar products based on item features and the user's preferences.
- **Deep-learning recommendation:** use neural models such as CNNs, RNNs and Transformers to capture the complex interactions between users and items.
- **Multimodal recommendation:** combine text, images, audio and other data types for recommendation.

**Example:** an embedding-based recommender in PyTorch (each user and each item has an embedding vector; they are concatenated and scored by a linear layer; it learns ID embeddings from interactions only, so it is neural collaborative filtering, not content-based recommendation), then the top-k items for one user:

${py(CODE_S26)}`,
    },
    corrections: [
      {
        zh: '原示例标题为“基于内容的推荐”，但模型只用用户 ID 和物品 ID 的嵌入、从交互数据中学习，没有使用任何物品内容特征，这是（神经）协同过滤。已改正说明。',
        en: "The original example is titled 'content-based recommendation', but the model uses only user-ID and item-ID embeddings learned from interactions and no item content features at all; that is (neural) collaborative filtering. The description is corrected.",
      },
      {
        zh: '`forward` 返回形状为 (batch, 1) 的分数，而评分是 (batch,)；用 MSELoss 时会广播成 (batch, batch) 的矩阵，悄悄算出错误的损失。已在 `forward` 中 `squeeze(1)`。原来的 `loss = ...` 已补全为对显式评分的 `nn.MSELoss()`，评分转为浮点。',
        en: '`forward` returns scores of shape (batch, 1) while the ratings are (batch,); an MSELoss would broadcast them to a (batch, batch) matrix and silently compute a wrong loss. `forward` now ends with `squeeze(1)`. The placeholder `loss = ...` is filled in with `nn.MSELoss()` on the explicit ratings, which are converted to float.',
      },
      {
        zh: '模型没有移到 GPU，而输入被 `.cuda()`，会报设备不一致；`num_users`、`num_items`、`train_data` 均未定义。已统一使用 `device`，并用一份玩具交互数据使示例可以运行；评估部分改为对一个用户的全部物品打分并用 `torch.topk` 取前 k 个推荐。代码已运行验证。',
        en: 'The model is never moved to the GPU although the inputs are `.cuda()`, a device mismatch; `num_users`, `num_items` and `train_data` are undefined. One `device` is now used throughout and toy interaction data makes the example run; the evaluation now scores all items for one user and takes the top k with `torch.topk`. The code was run.',
      },
    ],
    tags: ['recommendation', 'collaborative-filtering', 'embeddings', 'pytorch'],
    difficulty: 'MEDIUM',
    related: ['code-recsys-score', 'code-recsys-top-k', 'code-layers-embedding'],
    rubric: [
      point('collaborative-filtering', { zh: '协同过滤：基于用户-物品历史交互', en: 'Collaborative filtering from user–item interactions' }, 1.5, {
        zh: ['协同过滤', '矩阵分解', '历史交互'],
        en: ['collaborative filtering', 'matrix factori', 'user-item', 'interaction'],
      }),
      point('content-based', { zh: '基于内容：物品特征与用户偏好', en: 'Content-based: item features and user preferences' }, 1, {
        zh: ['基于内容', '物品特征'],
        en: ['content-based', 'content based', 'item features'],
      }),
      point('deep-learning', { zh: '深度学习推荐（CNN/RNN/Transformer、嵌入）', en: 'Deep-learning recommenders (CNN/RNN/Transformer, embeddings)' }, 1.5, {
        zh: ['深度学习', '神经网络', '嵌入', 'transformer'],
        en: ['deep learning', 'neural', 'embedding', 'transformer', 'two-tower'],
      }),
      point('multimodal', { zh: '多模态推荐（文本、图像、音频）', en: 'Multimodal recommendation (text, images, audio)' }, 1, {
        zh: ['多模态'],
        en: ['multimodal', 'multi-modal'],
      }),
      point('ranking', { zh: '为用户打分并取 Top-K 推荐', en: 'Score items for a user and return the top k' }, 0.5, {
        zh: ['top-k', 'topk', '排序', '召回'],
        en: ['top-k', 'top k', 'topk', 'ranking', 'retrieval'],
      }),
    ],
  },
  {
    slug: 's004-27-nlp-trends',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§27'),
    title: {
      zh: '大模型在自然语言处理领域的发展趋势是什么？',
      en: 'What are the development trends of large models in natural language processing?',
    },
    prompt: {
      zh: `大模型在自然语言处理领域的发展趋势是什么？

大模型在自然语言处理领域的发展趋势是什么？`,
      en: `What are the development trends of large models in natural language processing?

What are the development trends of large models in natural language processing?`,
    },
    modelAnswer: {
      zh: `大模型在自然语言处理领域的发展趋势包括：
- **更大规模模型：** 模型规模不断增大，如GPT-3、T5等，以提高模型的性能和泛化能力。
- **自适应学习：** 模型能够根据不同任务和数据集进行自适应调整，提高模型的适用性。
- **多模态处理：** 结合文本、图像、音频等多种数据类型，实现更全面的信息理解和处理。
- **模型解释性：** 提高模型的解释性，帮助用户理解模型的工作原理和决策过程。
- **可解释性增强：** 通过引入注意力机制、梯度分析等方法，提高模型的解释性。

**举例：** 使用Transformer实现多模态处理（把文本词元嵌入和图像区域特征投影到同一维度，加上位置和模态嵌入后拼成一个序列，由 Transformer 编码器联合建模，再池化分类）：

${py(CODE_S27)}`,
      en: `The development trends of large models in natural language processing include:
- **Larger models:** models keep growing, e.g. GPT-3 and T5, to improve performance and generalisation.
- **Adaptive learning:** models adapt to different tasks and data sets, becoming more widely applicable.
- **Multimodal processing:** combine text, images, audio and other data types for a more complete understanding and processing of information.
- **Model interpretability:** make models more interpretable, helping users understand how they work and how they decide.
- **Enhanced explainability:** improve explainability through attention mechanisms, gradient analysis and similar methods.

**Example:** multimodal processing with a Transformer (text token embeddings and image region features are projected to the same width, given position and modality embeddings and concatenated into one sequence that a Transformer encoder models jointly, then pooled and classified):

${py(CODE_S27)}`,
    },
    corrections: [
      {
        zh: '原示例把文本当作 `nn.Transformer` 的 src、图像当作 tgt：这是序列到序列的编码器-解码器结构，tgt 应是解码器要生成的目标序列，而不是另一种模态；而且两者都必须是已嵌入到 d_model 维的浮点张量，直接传入词 ID 和原始图像会报错；输出是逐位置的 d_model 向量，不是分类 logits，无法与 labels 计算损失。已改写为多模态融合编码器：文本嵌入 + 图像特征投影，加位置/模态嵌入，拼接后由 `TransformerEncoder` 联合编码，平均池化后接分类层。代码已运行验证。',
        en: "The original feeds text as the src and images as the tgt of `nn.Transformer`: that is a sequence-to-sequence encoder–decoder, whose tgt is the sequence the decoder generates, not another modality; both must also be float tensors already embedded to d_model, so raw token ids and images fail; and its output is a d_model vector per position, not classification logits to compare with labels. It is rewritten as a multimodal fusion encoder: text embeddings plus projected image features, position and modality embeddings, concatenated and encoded jointly by a `TransformerEncoder`, mean-pooled and classified. The code was run.",
      },
      {
        zh: '示例使用了 `optim` 却没有导入，`loss = ...` 未实现，`train_loader` 未定义；已补上导入、交叉熵损失和一份玩具数据，并把模型放到 `device` 上；评估时先 `model.eval()` 并取 argmax 作为预测类别。',
        en: 'The example uses `optim` without importing it, leaves `loss = ...` unimplemented and never defines `train_loader`; the import, a cross-entropy loss and toy data are added and the model goes to `device`; evaluation now calls `model.eval()` first and takes the argmax as the predicted class.',
      },
    ],
    tags: ['nlp', 'trends', 'multimodal', 'transformer', 'explainability', 'pytorch'],
    difficulty: 'MEDIUM',
    related: ['s004-20-nlp-applications'],
    rubric: [
      point('scale', { zh: '模型规模持续增大（GPT-3、T5）', en: 'Ever larger models (GPT-3, T5)' }, 1.5, {
        zh: ['更大规模', '规模', '参数量', 'gpt-3', 't5'],
        en: ['larger model', 'scale', 'scaling', 'billion', 'gpt-3', 'gpt3', 't5'],
      }),
      point('adaptive', { zh: '自适应学习：适配不同任务和数据（微调、少样本、提示）', en: 'Adaptive learning: adapting to tasks and data (fine-tuning, few-shot, prompting)' }, 1, {
        zh: ['自适应', '少样本', '提示', '微调', '上下文学习'],
        en: ['adapt', 'few-shot', 'few shot', 'zero-shot', 'prompt', 'in-context', 'fine-tun'],
      }),
      point('multimodal', { zh: '多模态：文本、图像、音频融合', en: 'Multimodal: text, images and audio together' }, 1.5, {
        zh: ['多模态'],
        en: ['multimodal', 'multi-modal', 'vision-language', 'image and text'],
      }),
      point('interpretability', { zh: '可解释性：理解模型的工作原理和决策过程', en: 'Interpretability: understanding how the model works and decides' }, 1, {
        zh: ['解释性', '可解释'],
        en: ['interpretab', 'explainab', 'explanation'],
      }),
      point('explain-methods', { zh: '借助注意力、梯度分析等方法增强解释性', en: 'Explain with attention, gradient analysis and similar methods' }, 0.5, {
        zh: ['注意力', '梯度分析'],
        en: ['attention', 'gradient'],
      }),
    ],
  },
  {
    slug: 's004-28-realtime-inference-optimization',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§28'),
    title: {
      zh: '大模型如何进行实时推理优化？',
      en: 'How is real-time inference optimised for a large model?',
    },
    prompt: {
      zh: `大模型如何进行实时推理优化？

如何对大模型进行实时推理优化？`,
      en: `How is real-time inference optimised for a large model?

How do you optimise a large model for real-time inference?`,
    },
    modelAnswer: {
      zh: `实时推理优化（Real-time Inference Optimization）是为了提高模型在实时应用中的性能和响应速度。以下是一些常见的实时推理优化方法：
- **模型量化：** 使用更低的数值精度（如int8）表示模型权重和激活，减少计算量和内存带宽。
- **模型剪枝：** 删除模型中不重要的神经元或参数。
- **静态计算图与编译优化：** 把模型导出或编译为静态图（如TorchScript、ONNX Runtime、TensorRT），进行算子融合等优化以降低延迟；动态图（Eager）模式便于开发调试，但推理更慢。
- **并行处理：** 利用多核CPU或GPU进行并行计算。
- **硬件优化：** 选择适合的硬件（如TPU、NVIDIA Jetson）进行推理。

**举例：** 使用PyTorch实现模型量化（动态量化和训练后静态量化，再用 TorchScript 导出；量化算子在 CPU 上运行）：

${py(CODE_S28)}`,
      en: `Real-time inference optimisation aims to improve a model's performance and response time in real-time applications. Some common real-time inference optimisations:
- **Quantization:** represent weights and activations at lower numeric precision (e.g. int8) to cut computation and memory bandwidth.
- **Pruning:** remove unimportant neurons or parameters from the model.
- **Static graphs and compilation:** export or compile the model to a static graph (TorchScript, ONNX Runtime, TensorRT) and apply optimisations such as operator fusion to cut latency; dynamic (eager) mode is convenient for development and debugging but slower at inference.
- **Parallel processing:** compute in parallel on multi-core CPUs or GPUs.
- **Hardware optimisation:** run inference on suitable hardware (e.g. TPUs, NVIDIA Jetson).

**Example:** quantizing a model with PyTorch (dynamic quantization and post-training static quantization, then export with TorchScript; the quantized kernels run on the CPU):

${py(CODE_S28)}`,
    },
    corrections: [
      {
        zh: '原示例的量化代码不是合法的 Python（`qconfig Observer mode`、`qconfig Calibrator model = ...`、`qconfig-dtype = ...` 等无法解析，`torch.jit.trace(` 没有闭合，还夹杂了重复的代码片段）。`import torch.nn.utils as quantization` 导入的也不是量化模块（应为 `torch.ao.quantization`）；`get_default_qconfig()` 需要指定后端；`quantize_dynamic` 没有 `qconfig` 参数；`prepare_qat` 是量化感知训练用的，不是推理时的量化。已重写为两种可运行的做法：(1) `quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)` 动态量化；(2) 用 torchvision 的可量化 ResNet-18 做训练后静态量化：`fuse_model()` → 设置 qconfig → `prepare` 插入观察器 → 用代表性数据校准 → `convert`，再 `torch.jit.trace` 导出。代码已在 PyTorch 1.13 上运行验证。',
        en: "The original quantization code is not valid Python (`qconfig Observer mode`, `qconfig Calibrator model = ...`, `qconfig-dtype = ...` do not parse, `torch.jit.trace(` is never closed, and fragments are repeated). `import torch.nn.utils as quantization` does not import the quantization module (that is `torch.ao.quantization`); `get_default_qconfig()` needs a backend; `quantize_dynamic` has no `qconfig` parameter; and `prepare_qat` is for quantization-aware training, not inference-time quantization. It is rewritten as two working approaches: (1) dynamic quantization with `quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)`; (2) post-training static quantization of torchvision's quantizable ResNet-18: `fuse_model()` → set the qconfig → `prepare` inserts observers → calibrate on representative data → `convert`, then export with `torch.jit.trace`. The code was run on PyTorch 1.13.",
      },
      {
        zh: '原示例把输入 `.cuda()` 后送入量化模型；PyTorch 的 int8 量化算子（fbgemm/qnnpack）只在 CPU 上运行，GPU 上的 int8 推理要用 TensorRT 等工具。已改为在 CPU 上推理，并按平台选择量化引擎（x86 用 fbgemm，ARM 用 qnnpack）。另说明：动态量化对 CNN 只量化最后的全连接层，卷积层需要静态量化。',
        en: 'The original moves the input to `.cuda()` before the quantized model; PyTorch int8 quantized kernels (fbgemm/qnnpack) run on the CPU only, and int8 inference on a GPU needs tools such as TensorRT. Inference now runs on the CPU, with the quantization engine chosen by platform (fbgemm on x86, qnnpack on ARM). Also noted: dynamic quantization only touches the final fully connected layer of a CNN; the convolutions need static quantization.',
      },
      DYNAMIC_GRAPH_CORRECTION,
      QUANTIZATION_PRECISION_CORRECTION,
      PRETRAINED_ARG_CORRECTION,
    ],
    tags: ['inference-optimization', 'real-time', 'quantization', 'pruning', 'torchscript', 'pytorch'],
    difficulty: 'HARD',
    related: ['code-compress-quantize', 's004-10-inference-optimization', 's004-11-realtime-deployment'],
    rubric: [
      point('quantization', { zh: '量化（int8）降低计算量和带宽', en: 'Quantization (int8) cuts compute and bandwidth' }, 1.5, {
        zh: ['量化', 'int8'],
        en: ['quantiz', 'quantis', 'int8'],
      }),
      point('pruning', { zh: '剪枝', en: 'Pruning' }, 1, {
        zh: ['剪枝'],
        en: ['pruning', 'prune'],
      }),
      point('static-graph', { zh: '静态图/编译优化（TorchScript、ONNX Runtime、TensorRT）', en: 'Static graphs/compilation (TorchScript, ONNX Runtime, TensorRT)' }, 1.5, {
        zh: ['静态图', '编译', '算子融合', 'torchscript', 'tensorrt', 'onnx'],
        en: ['static graph', 'torchscript', 'tensorrt', 'onnx', 'operator fusion', 'torch.compile', 'compil'],
      }),
      point('parallel', { zh: '多核 CPU/GPU 并行计算与批处理', en: 'Parallel computation on multi-core CPUs/GPUs and batching' }, 1, {
        zh: ['并行', '批处理'],
        en: ['parallel', 'multi-core', 'batching'],
      }),
      point('hardware', { zh: '选择合适的推理硬件（TPU、Jetson 等）', en: 'Suitable inference hardware (TPU, Jetson, etc.)' }, 1, {
        zh: ['硬件', 'tpu', 'jetson', 'gpu'],
        en: ['hardware', 'tpu', 'jetson', 'gpu', 'accelerator'],
      }),
    ],
  },
  {
    slug: 's004-29-transfer-learning',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§29'),
    title: {
      zh: '大模型如何进行迁移学习？',
      en: 'How is transfer learning done with a large model?',
    },
    prompt: {
      zh: `大模型如何进行迁移学习？

如何对大模型进行迁移学习？`,
      en: `How is transfer learning done with a large model?

How do you apply transfer learning to a large model?`,
    },
    modelAnswer: {
      zh: `迁移学习（Transfer Learning）是使用在大规模数据集上预训练的模型来提高特定任务的性能。以下是一些常见的迁移学习方法：
- **预训练模型：** 使用在大规模数据集上预训练的模型作为起点，迁移到特定任务上。
- **模型微调：** 在预训练模型的基础上，针对特定任务进行微调，调整部分参数。
- **特征提取：** 使用预训练模型提取特征，用于构建新的模型。
- **知识蒸馏：** 将预训练模型的知识传递给小模型，提高小模型的性能。

**举例：** 使用PyTorch实现模型微调（先冻结主干只训练新分类头，再解冻 \`layer4\` 以较小学习率微调；模型和数据放在同一设备上）：

${py(CODE_S7)}`,
      en: `Transfer learning uses a model pretrained on a large-scale data set to improve performance on a specific task. Some common transfer-learning methods:
- **Pretrained models:** start from a model pretrained on a large-scale data set and transfer it to the specific task.
- **Fine-tuning:** starting from the pretrained model, fine-tune it for the specific task, adjusting some of its parameters.
- **Feature extraction:** use the pretrained model to extract features and build a new model on them.
- **Knowledge distillation:** transfer the pretrained model's knowledge to a small model to improve the small model's performance.

**Example:** fine-tuning with PyTorch (first freeze the backbone and train only the new classification head, then unfreeze \`layer4\` and fine-tune it with a smaller learning rate; model and data on the same device):

${py(CODE_S7)}`,
    },
    corrections: TRANSFER_LEARNING_CORRECTIONS,
    tags: ['transfer-learning', 'fine-tuning', 'pretrained-models', 'knowledge-distillation', 'vision', 'pytorch'],
    difficulty: 'MEDIUM',
    variantOf: 's003-13-transfer-learning',
    related: ['s004-7-transfer-learning'],
    rubric: TRANSFER_LEARNING_RUBRIC,
  },
  {
    slug: 's004-30-data-augmentation',
    kind: 'CONCEPTUAL',
    source: seedRef('004#§30'),
    title: {
      zh: '大模型如何进行数据增强？',
      en: 'How is data augmentation done for a large model?',
    },
    prompt: {
      zh: `大模型如何进行数据增强？

如何对大模型进行数据增强？`,
      en: `How is data augmentation done for a large model?

How do you perform data augmentation for a large model?`,
    },
    modelAnswer: {
      zh: `数据增强（Data Augmentation）是提高模型泛化能力的一种方法。以下是一些常见的数据增强方法：
- **随机旋转：** 随机旋转图像，增加数据的多样性。
- **随机裁剪：** 随机裁剪图像的一部分，增加数据的多样性。
- **随机缩放：** 随机缩放图像，增加数据的多样性。
- **颜色调整：** 调整图像的亮度、对比度和饱和度。
- **噪声添加：** 向图像中添加噪声，模拟真实世界的噪声环境。

**举例：** 使用OpenCV实现随机裁剪和旋转（并补充随机缩放、亮度/对比度调整和高斯噪声）：

${py(CODE_S30)}`,
      en: `Data augmentation is a way to improve a model's ability to generalise. Some common data-augmentation methods:
- **Random rotation:** rotate the image randomly to make the data more diverse.
- **Random cropping:** crop a random part of the image to make the data more diverse.
- **Random scaling:** rescale the image randomly to make the data more diverse.
- **Colour adjustment:** adjust the image's brightness, contrast and saturation.
- **Adding noise:** add noise to the image to simulate real-world noisy conditions.

**Example:** random cropping and rotation with OpenCV (plus random scaling, brightness/contrast adjustment and Gaussian noise):

${py(CODE_S30)}`,
    },
    corrections: [
      AUGMENT_CODE_CORRECTION,
      {
        zh: '答案列出了随机缩放、颜色调整和噪声添加，但示例只演示了裁剪和旋转（`import numpy` 也没有用到）；已补充 `cv2.resize` 随机缩放、`cv2.convertScaleAbs` 调整对比度和亮度，以及裁剪回 0–255 的高斯噪声。',
        en: 'The answer lists random scaling, colour adjustment and noise, but the example only shows cropping and rotation (and never uses its `import numpy`); random scaling with `cv2.resize`, contrast/brightness adjustment with `cv2.convertScaleAbs` and Gaussian noise clipped to 0–255 are added.',
      },
    ],
    tags: ['data-augmentation', 'vision', 'opencv'],
    difficulty: 'EASY',
    variantOf: 's003-17-data-augmentation',
    related: ['code-augment-crop', 'code-augment-rotate', 'code-augment-noise', 's004-15-data-augmentation'],
    rubric: AUGMENTATION_RUBRIC,
  },
];
