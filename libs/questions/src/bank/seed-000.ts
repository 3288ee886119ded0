// Conceptual questions from seed 000 (《语言≠思维：大模型无法推理的原因》), part 一.
// Part 二 (the two programming questions) lives with the coding questions.
import type { ConceptualQuestion } from '../types';

const SEED = '000_9c04abb55ba1f85c.txt';

export const seed000Questions: ConceptualQuestion[] = [
  {
    slug: 's000-1-1-inference-in-neural-networks',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§一.1', heading: '1. 如何在神经网络中实现推理过程？' },
    title: {
      zh: '如何在神经网络中实现推理过程？',
      en: 'How is the inference process implemented in a neural network?',
    },
    prompt: {
      zh: `如何在神经网络中实现推理过程？

简述在神经网络中实现推理（Inference）的过程，以及它与训练（Training）过程的区别。`,
      en: `How is the inference process implemented in a neural network?

Briefly describe the process of carrying out inference in a neural network, and how it differs from the training process.`,
    },
    modelAnswer: {
      zh: `神经网络中的推理过程是指在已经训练好的模型上进行输入数据的处理和预测。它与训练过程的主要区别在于：

- **训练过程：** 使用大量带有标签的样本数据，通过反向传播算法不断调整模型的权重和偏置，以达到降低预测误差的目的。
- **推理过程：** 使用训练好的模型，对新的输入数据进行处理，并输出预测结果。

实现推理过程的基本步骤如下：

1. **加载模型参数：** 从训练好的模型中加载权重和偏置等参数。
2. **前向传播：** 将输入数据传递给神经网络，经过层层计算，得到输出。
3. **结果处理：** 根据模型的类型（如分类、回归等），对输出结果进行处理，得到最终的预测结果。

**示例代码：**

\`\`\`python
import tensorflow as tf

# 加载已经训练好的模型
model = tf.keras.models.load_model('path/to/trained/model')

# 新的输入数据
input_data = ...

# 进行推理
predictions = model.predict(input_data)
\`\`\`

**解析：** 在推理过程中，我们需要确保加载的模型参数是正确的，并且输入数据格式与训练阶段一致。推理速度通常比训练速度快，因为训练过程中需要计算梯度等额外信息。`,
      en: `Inference in a neural network means processing input data and making predictions with a model that has already been trained. Its main differences from training are:

- **Training:** uses a large amount of labelled sample data and keeps adjusting the model's weights and biases with the backpropagation algorithm, so as to reduce the prediction error.
- **Inference:** uses the trained model to process new input data and output the prediction.

The basic steps of carrying out inference are:

1. **Load the model parameters:** load the weights, biases and other parameters from the trained model.
2. **Forward propagation:** pass the input data through the network; it is computed layer by layer to give the output.
3. **Post-process the result:** depending on the kind of model (classification, regression, ...), process the output to obtain the final prediction.

**Example code:**

\`\`\`python
import tensorflow as tf

# Load the already trained model
model = tf.keras.models.load_model('path/to/trained/model')

# New input data
input_data = ...

# Run inference
predictions = model.predict(input_data)
\`\`\`

**Explanation:** During inference we must make sure the loaded model parameters are the right ones and that the input data has the same format as in the training stage. Inference is usually faster than training, because training must also compute gradients and other extra information.`,
    },
    corrections: [
      {
        zh: "示例代码中的模型路径 'path/to/ trained/model' 含有多余的空格，已改为 'path/to/trained/model'。",
        en: "The model path 'path/to/ trained/model' in the example code contained a stray space; it now reads 'path/to/trained/model'.",
      },
    ],
    tags: ['inference', 'neural-networks', 'training', 'forward-propagation'],
    difficulty: 'EASY',
    related: ['code-nn-forward-2layer', 's003-14-inference-speed'],
    rubric: [
      {
        id: 'definition',
        point: {
          zh: '推理是用已训练好的模型对新输入数据做预测',
          en: 'Inference applies an already trained model to new input data to make predictions',
        },
        weight: 2,
        keywords: {
          zh: ['训练好的模型', '已训练', '新的输入', '预测'],
          en: ['trained model', 'already trained', 'new input', 'new data', 'predict'],
        },
      },
      {
        id: 'training-difference',
        point: {
          zh: '训练用带标签数据和反向传播更新权重；推理不更新参数',
          en: 'Training updates weights with labelled data and backpropagation; inference does not update parameters',
        },
        weight: 3,
        keywords: {
          zh: ['反向传播', '调整模型的权重', '更新权重', '梯度', '带有标签'],
          en: ['backpropagation', 'back-propagation', 'backprop', 'gradient', 'adjust', 'update the weights', 'labelled', 'labeled'],
        },
      },
      {
        id: 'load-parameters',
        point: { zh: '加载训练好的模型参数（权重和偏置）', en: 'Load the trained parameters (weights and biases)' },
        weight: 1,
        keywords: {
          zh: ['加载', '载入'],
          en: ['load the', 'load_model', 'loading', 'restore', 'checkpoint'],
        },
      },
      {
        id: 'forward-pass',
        point: { zh: '前向传播逐层计算得到输出', en: 'A forward pass computes the output layer by layer' },
        weight: 2,
        keywords: {
          zh: ['前向传播', '前向计算', '层层计算'],
          en: ['forward propagation', 'forward pass', 'forward', 'layer by layer'],
        },
      },
      {
        id: 'post-processing',
        point: {
          zh: '根据任务类型对输出做后处理（如分类取最大概率类别）',
          en: 'Post-process the output according to the task (e.g. take the most probable class)',
        },
        weight: 1,
        keywords: {
          zh: ['结果处理', '后处理', '分类', '回归'],
          en: ['post-process', 'postprocess', 'post process', 'argmax', 'classification', 'regression'],
        },
      },
      {
        id: 'consistent-input',
        point: {
          zh: '输入数据格式和预处理须与训练阶段一致',
          en: 'Input format and preprocessing must match the training stage',
        },
        weight: 1,
        keywords: {
          zh: ['一致', '相同的预处理', '格式'],
          en: ['same format', 'consistent', 'same preprocessing', 'match the training'],
        },
      },
    ],
  },
  {
    slug: 's000-1-2-large-model-inference-challenges',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§一.2', heading: '2. 大模型在推理过程中遇到的问题有哪些？' },
    title: {
      zh: '大模型在推理过程中遇到的问题有哪些？',
      en: 'What problems do large models run into during inference?',
    },
    prompt: {
      zh: `大模型在推理过程中遇到的问题有哪些？

请列举大模型在推理过程中遇到的问题，并简要说明可能的解决方案。`,
      en: `What problems do large models run into during inference?

List the problems large models run into during inference and briefly explain possible solutions.`,
    },
    modelAnswer: {
      zh: `大模型在推理过程中可能会遇到以下问题：

1. **计算资源消耗：** 大模型的参数量和计算量往往很大，导致在推理过程中需要大量的计算资源。解决方案包括使用更高效的算法、优化模型结构等。
2. **推理速度：** 大模型的推理速度较慢，可能会影响实际应用。解决方案包括使用硬件加速（如GPU、TPU）、分布式推理等。
3. **存储空间：** 大模型的参数存储需要大量的存储空间。解决方案包括使用更高效的存储格式（如INT8量化）、减小模型规模等。
4. **精度损失：** 在压缩模型、减小模型规模的过程中，可能会出现精度损失。解决方案包括在压缩过程中选择合适的量化方法、优化网络结构等。

**解析：** 解决这些问题需要从多个角度进行考虑，包括算法优化、硬件加速、模型压缩等。在实际应用中，我们需要根据具体情况选择合适的解决方案。`,
      en: `A large model may run into the following problems during inference:

1. **Compute consumption:** large models usually have a huge number of parameters and a huge amount of computation, so inference needs a lot of computing resources. Solutions include more efficient algorithms, optimising the model structure, and so on.
2. **Inference speed:** large models infer slowly, which can hurt real applications. Solutions include hardware acceleration (e.g. GPU, TPU), distributed inference, and so on.
3. **Storage space:** storing a large model's parameters takes a lot of space. Solutions include more efficient storage formats (e.g. INT8 quantization), reducing the model's size, and so on.
4. **Loss of accuracy:** compressing the model or reducing its size can lose accuracy. Solutions include choosing a suitable quantization method during compression, optimising the network structure, and so on.

**Explanation:** Solving these problems requires looking at them from several angles, including algorithmic optimisation, hardware acceleration and model compression. In practice we choose suitable solutions according to the specific situation.`,
    },
    corrections: [],
    tags: ['inference', 'large-models', 'deployment', 'compression', 'quantization'],
    difficulty: 'MEDIUM',
    related: ['s003-14-inference-speed', 's002-2-model-compression'],
    rubric: [
      {
        id: 'compute-cost',
        point: {
          zh: '参数量和计算量大，推理需要大量计算资源',
          en: 'Huge parameter count and computation: inference needs a lot of compute',
        },
        weight: 2,
        keywords: {
          zh: ['计算资源', '计算量', '算力', '参数量'],
          en: ['compute', 'computation', 'computing resources', 'flops', 'parameters'],
        },
      },
      {
        id: 'latency',
        point: {
          zh: '推理速度慢（延迟高），可用 GPU/TPU 硬件加速或分布式推理解决',
          en: 'Slow inference (high latency), addressed with GPU/TPU acceleration or distributed inference',
        },
        weight: 2,
        keywords: {
          zh: ['推理速度', '延迟', '硬件加速', '分布式推理', 'gpu'],
          en: ['latency', 'inference speed', 'slow', 'hardware acceleration', 'distributed inference', 'gpu'],
        },
      },
      {
        id: 'memory-storage',
        point: {
          zh: '参数存储占用大量空间（显存/内存），可用 INT8 等量化或减小模型规模',
          en: 'Parameters take a lot of storage/memory; use INT8 quantization or a smaller model',
        },
        weight: 2,
        keywords: {
          zh: ['存储空间', '存储', '显存', '内存', '量化', 'int8'],
          en: ['storage', 'memory', 'quantization', 'quantisation', 'int8', 'model size'],
        },
      },
      {
        id: 'accuracy-loss',
        point: {
          zh: '压缩或减小模型会带来精度损失，需选择合适的量化方法',
          en: 'Compression or shrinking the model loses accuracy; choose a suitable quantization method',
        },
        weight: 2,
        keywords: {
          zh: ['精度损失', '准确率下降', '精度下降'],
          en: ['accuracy loss', 'loss of accuracy', 'accuracy drop', 'precision loss', 'degrad'],
        },
      },
      {
        id: 'combined-approach',
        point: {
          zh: '需要结合算法优化、硬件加速、模型压缩等多方面手段',
          en: 'Combine algorithmic optimisation, hardware acceleration and model compression',
        },
        weight: 1,
        keywords: {
          zh: ['模型压缩', '算法优化', '剪枝', '蒸馏'],
          en: ['model compression', 'algorithmic optimisation', 'algorithmic optimization', 'pruning', 'distillation'],
        },
      },
    ],
  },
  {
    slug: 's000-1-3-optimizing-inference-performance',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§一.3', heading: '3. 如何优化大模型的推理性能？' },
    title: {
      zh: '如何优化大模型的推理性能？',
      en: 'How can the inference performance of a large model be optimised?',
    },
    prompt: {
      zh: `如何优化大模型的推理性能？

请列举几种优化大模型推理性能的方法，并简要说明其原理。`,
      en: `How can the inference performance of a large model be optimised?

List several methods for optimising a large model's inference performance and briefly explain how each works.`,
    },
    modelAnswer: {
      zh: `优化大模型推理性能的方法包括：

1. **模型压缩：** 通过量化、剪枝等方法减小模型规模，降低计算量和存储需求。原理：量化将模型中的浮点数参数转换为较低精度的整数表示，剪枝去除对模型性能贡献较小的神经元或权重。
2. **模型加速：** 利用硬件加速技术（如GPU、TPU）提高推理速度。原理：硬件加速通过并行计算和特殊的硬件架构，提高计算效率。
3. **分布式推理：** 将大模型分解为多个子模型，分别在不同节点上并行推理，最后汇总结果。原理：分布式推理通过减少单节点计算负担，提高整体推理速度。
4. **模型融合：** 将多个模型的结果进行融合，提高预测准确性。原理：多个模型可能具有不同的优势和劣势，融合结果可以综合各个模型的优点。（注意：模型融合提高的是预测准确性，而不是推理速度；它需要运行多个模型，会增加推理的计算量和延迟。）

**解析：** 以上方法可以单独或结合使用，以达到优化大模型推理性能的目的。在实际应用中，我们需要根据具体场景和需求选择合适的方法。`,
      en: `Methods for optimising a large model's inference performance include:

1. **Model compression:** shrink the model with quantization, pruning and similar methods, lowering the amount of computation and the storage needed. How it works: quantization converts the model's floating-point parameters to a lower-precision integer representation; pruning removes the neurons or weights that contribute little to the model's performance.
2. **Model acceleration:** use hardware acceleration (e.g. GPU, TPU) to raise inference speed. How it works: hardware acceleration raises computational efficiency through parallel computation and special hardware architectures.
3. **Distributed inference:** split the large model into several sub-models, run them in parallel on different nodes, and finally combine the results. How it works: distributed inference lowers the computational burden on a single node and so raises overall inference speed.
4. **Model ensembling (fusion):** fuse the results of several models to improve prediction accuracy. How it works: different models may have different strengths and weaknesses, and fusing their results combines the advantages of each. (Note: ensembling improves prediction accuracy, not inference speed; it has to run several models, so it increases the computation and latency of inference.)

**Explanation:** These methods can be used alone or in combination to optimise a large model's inference performance. In practice we choose suitable methods according to the specific scenario and requirements.`,
    },
    corrections: [
      {
        zh: '种子把"模型融合"列为优化推理性能的方法，但多模型融合（集成）提高的是准确性，需要运行多个模型，反而会增加推理计算量和延迟；已在答案中加注说明。',
        en: 'The seed lists "model fusion" (ensembling several models) as a way to optimise inference performance, but ensembling improves accuracy and, since several models must run, increases inference computation and latency; a note saying so was added to the answer.',
      },
    ],
    tags: ['inference', 'optimization', 'compression', 'quantization', 'pruning', 'hardware-acceleration'],
    difficulty: 'MEDIUM',
    variantOf: 's003-14-inference-speed',
    related: ['s000-1-2-large-model-inference-challenges', 's002-2-model-compression'],
    rubric: [
      {
        id: 'quantization',
        point: {
          zh: '量化：把浮点参数转为低精度整数（如 INT8）',
          en: 'Quantization: convert floating-point parameters to low-precision integers (e.g. INT8)',
        },
        weight: 3,
        keywords: {
          zh: ['量化', '低精度', 'int8'],
          en: ['quantization', 'quantisation', 'quantize', 'quantise', 'int8', 'low precision', 'lower-precision', 'lower precision'],
        },
      },
      {
        id: 'pruning',
        point: { zh: '剪枝：去除贡献小的神经元或权重', en: 'Pruning: remove neurons or weights that contribute little' },
        weight: 2,
        keywords: {
          zh: ['剪枝', '稀疏'],
          en: ['pruning', 'prune', 'sparsity', 'sparse'],
        },
      },
      {
        id: 'hardware-acceleration',
        point: {
          zh: '硬件加速（GPU、TPU）通过并行计算提高效率',
          en: 'Hardware acceleration (GPU, TPU) raises efficiency through parallel computation',
        },
        weight: 2,
        keywords: {
          zh: ['硬件加速', 'gpu', '并行计算'],
          en: ['hardware acceleration', 'accelerator', 'gpu', 'parallel computation'],
        },
      },
      {
        id: 'distributed-inference',
        point: {
          zh: '分布式推理：把模型拆到多个节点并行，降低单节点负担',
          en: 'Distributed inference: split the model across nodes to reduce the load on one node',
        },
        weight: 2,
        keywords: {
          zh: ['分布式推理', '多个节点', '模型并行', '张量并行', '流水线并行'],
          en: ['distributed inference', 'multiple nodes', 'model parallel', 'tensor parallel', 'pipeline parallel'],
        },
      },
      {
        id: 'ensembling-tradeoff',
        point: {
          zh: '模型融合提高准确性，但会增加推理开销',
          en: 'Ensembling improves accuracy but adds inference cost',
        },
        weight: 1,
        keywords: {
          zh: ['模型融合', '集成'],
          en: ['ensembl', 'model fusion'],
        },
      },
    ],
  },
];
