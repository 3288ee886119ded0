// Conceptual questions from seed 001 (《大规模语言模型模型推理解析：理论与实践融合》), parts 一 and 二.
// Part 三 (the two programming questions) lives with the coding and training questions.
import type { ConceptualQuestion } from '../types';

const SEED = '001_8ca350528ea772c9.txt';

export const seed001Questions: ConceptualQuestion[] = [
  {
    slug: 's001-1-1-what-is-model-inference',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§一.1', heading: '1. 什么是模型推理？' },
    title: { zh: '什么是模型推理？', en: 'What is model inference?' },
    prompt: { zh: '什么是模型推理？', en: 'What is model inference?' },
    modelAnswer: {
      zh: '模型推理（Model Inference）是指将训练好的模型应用到实际场景中，对输入数据进行预测的过程。它是机器学习模型从训练到实际应用的关键环节。',
      en: 'Model inference is the process of applying a trained model in a real-world setting to make predictions on input data. It is the key link that takes a machine-learning model from training to real use.',
    },
    corrections: [],
    tags: ['inference', 'deployment', 'fundamentals'],
    difficulty: 'EASY',
    variantOf: 's000-1-1-inference-in-neural-networks',
    related: ['s001-1-2-model-inference-steps'],
    rubric: [
      {
        id: 'trained-model',
        point: { zh: '使用已训练好的模型', en: 'Uses a model that has already been trained' },
        weight: 2,
        keywords: {
          zh: ['训练好的模型', '已训练', '训练完成'],
          en: ['trained model', 'already trained', 'pre-trained', 'pretrained'],
        },
      },
      {
        id: 'predict-on-input',
        point: { zh: '对（新的）输入数据进行预测', en: 'Makes predictions on (new) input data' },
        weight: 2,
        keywords: {
          zh: ['预测', '输出结果'],
          en: ['predict', 'prediction'],
        },
      },
      {
        id: 'deployment-stage',
        point: {
          zh: '是模型从训练走向实际应用（部署）的环节',
          en: 'It is the stage that takes a model from training to real-world use (deployment)',
        },
        weight: 1,
        keywords: {
          zh: ['实际应用', '实际场景', '部署', '上线'],
          en: ['real-world', 'real world', 'real use', 'deploy', 'production'],
        },
      },
    ],
  },
  {
    slug: 's001-1-2-model-inference-steps',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§一.2', heading: '2. 模型推理的步骤有哪些？' },
    title: { zh: '模型推理的步骤有哪些？', en: 'What are the steps of model inference?' },
    prompt: { zh: '模型推理的步骤有哪些？', en: 'What are the steps of model inference?' },
    modelAnswer: {
      zh: `- **输入预处理**：将输入数据转换为模型可以接受的格式。
- **模型调用**：使用训练好的模型进行预测。
- **输出结果**：将模型预测结果进行格式化，输出给用户。`,
      en: `- **Input preprocessing**: convert the input data into a format the model accepts.
- **Model invocation**: use the trained model to make the prediction.
- **Output the result**: format the model's prediction and return it to the user.`,
    },
    corrections: [],
    tags: ['inference', 'deployment', 'preprocessing', 'fundamentals'],
    difficulty: 'EASY',
    variantOf: 's000-1-1-inference-in-neural-networks',
    related: ['s001-1-1-what-is-model-inference', 's001-2-2-inference-input-processing'],
    rubric: [
      {
        id: 'preprocess',
        point: {
          zh: '输入预处理：把输入转换成模型可接受的格式',
          en: 'Input preprocessing: convert the input into a format the model accepts',
        },
        weight: 2,
        keywords: {
          zh: ['预处理', '格式转换', '分词', '归一化'],
          en: ['preprocess', 'pre-process', 'tokeniz', 'tokenis', 'normaliz', 'normalis'],
        },
      },
      {
        id: 'run-model',
        point: {
          zh: '调用训练好的模型做预测（前向计算）',
          en: 'Run the trained model to predict (forward pass)',
        },
        weight: 2,
        keywords: {
          zh: ['模型调用', '调用模型', '前向', '进行预测'],
          en: ['invoke', 'invocation', 'run the model', 'forward', 'make the prediction'],
        },
      },
      {
        id: 'postprocess',
        point: {
          zh: '输出结果：对预测结果格式化（后处理）后返回给用户',
          en: 'Output: format (post-process) the prediction and return it to the user',
        },
        weight: 2,
        keywords: {
          zh: ['输出结果', '格式化', '后处理'],
          en: ['output the result', 'return the result', 'post-process', 'postprocess', 'format the'],
        },
      },
    ],
  },
  {
    slug: 's001-2-1-common-inference-techniques',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§二.1', heading: '1. 模型推理中的常用算法有哪些？' },
    title: {
      zh: '模型推理中的常用算法有哪些？',
      en: 'What algorithms are commonly used in model inference?',
    },
    prompt: {
      zh: '模型推理中的常用算法有哪些？',
      en: 'What algorithms are commonly used in model inference?',
    },
    modelAnswer: {
      zh: `常用的模型推理算法包括：
- **深度学习框架**：如TensorFlow、PyTorch、MXNet等。（更正：框架本身不是算法，而是执行推理的软件工具；面向推理的运行时还有 TensorRT、ONNX Runtime 等。）
- **量化技术**：如浮点数量化、整数量化。
- **模型压缩**：如剪枝、蒸馏、量化等。`,
      en: `Commonly used model-inference algorithms include:
- **Deep-learning frameworks**: e.g. TensorFlow, PyTorch, MXNet. (Correction: a framework is not an algorithm but the software tool that runs inference; runtimes built for inference also include TensorRT, ONNX Runtime and others.)
- **Quantization techniques**: e.g. floating-point quantization, integer quantization.
- **Model compression**: e.g. pruning, distillation, quantization.`,
    },
    corrections: [
      {
        zh: '种子把 TensorFlow、PyTorch、MXNet 等深度学习框架列为"推理算法"；框架是执行推理的软件工具而非算法，已加注说明，并补充了 TensorRT、ONNX Runtime 等推理运行时。',
        en: 'The seed lists deep-learning frameworks (TensorFlow, PyTorch, MXNet) as "inference algorithms"; a framework is the software that runs inference, not an algorithm. A note saying so was added, mentioning inference runtimes such as TensorRT and ONNX Runtime.',
      },
    ],
    tags: ['inference', 'frameworks', 'quantization', 'compression', 'pruning', 'distillation'],
    difficulty: 'EASY',
    related: ['s002-2-model-compression', 's003-14-inference-speed'],
    rubric: [
      {
        id: 'frameworks',
        point: {
          zh: '推理框架/运行时（TensorFlow、PyTorch、TensorRT、ONNX Runtime 等）',
          en: 'Inference frameworks and runtimes (TensorFlow, PyTorch, TensorRT, ONNX Runtime, ...)',
        },
        weight: 1,
        keywords: {
          zh: ['框架', 'tensorflow', 'pytorch', 'tensorrt', 'onnx'],
          en: ['framework', 'tensorflow', 'pytorch', 'mxnet', 'tensorrt', 'onnx', 'runtime'],
        },
      },
      {
        id: 'quantization',
        point: {
          zh: '量化：把浮点数转换为低精度（如整数）表示',
          en: 'Quantization: convert floating-point values to a lower-precision (e.g. integer) representation',
        },
        weight: 2,
        keywords: {
          zh: ['量化', 'int8', '整数'],
          en: ['quantization', 'quantisation', 'quantize', 'quantise', 'int8', 'integer'],
        },
      },
      {
        id: 'pruning',
        point: { zh: '剪枝', en: 'Pruning' },
        weight: 2,
        keywords: { zh: ['剪枝', '稀疏'], en: ['pruning', 'prune', 'sparsity'] },
      },
      {
        id: 'distillation',
        point: { zh: '知识蒸馏', en: 'Knowledge distillation' },
        weight: 2,
        keywords: { zh: ['蒸馏'], en: ['distillation', 'distil', 'teacher', 'student'] },
      },
    ],
  },
  {
    slug: 's001-2-2-inference-input-processing',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§二.2', heading: '2. 模型推理中如何处理输入数据？' },
    title: {
      zh: '模型推理中如何处理输入数据？',
      en: 'How is input data handled in model inference?',
    },
    prompt: {
      zh: '模型推理中如何处理输入数据？',
      en: 'How is input data handled in model inference?',
    },
    modelAnswer: {
      zh: `模型推理中处理输入数据主要包括以下步骤：
- **数据清洗**：去除噪声和异常值。
- **特征提取**：从原始数据中提取有用的特征。
- **数据归一化**：将数据缩放到一个合适的范围，便于模型处理。

（更正：推理时的每一步都必须与训练时完全一致：使用训练阶段得到的同一套特征提取方法和归一化参数（如训练集的均值、标准差或最小值、最大值），而不是在推理数据上重新计算；推理时也不能像训练时那样直接丢弃样本，对缺失或异常的输入应按训练时的规则填充、截断，或校验后拒绝。）`,
      en: `Handling input data in model inference mainly consists of the following steps:
- **Data cleaning**: remove noise and outliers.
- **Feature extraction**: extract useful features from the raw data.
- **Data normalisation**: scale the data to a suitable range so the model can handle it.

(Correction: every step at inference time must be exactly the same as in training: use the same feature extraction and the normalisation parameters obtained in the training stage (e.g. the training set's mean and standard deviation, or its minimum and maximum) instead of recomputing them on the inference data; and inference cannot simply drop samples the way training can: missing or abnormal inputs are filled in or clipped by the training-time rules, or validated and rejected.)`,
    },
    corrections: [
      {
        zh: '种子的答案是按训练数据写的（"去除异常值"、在数据上重新归一化）。推理时必须复用训练阶段拟合的预处理参数，不能在推理数据上重新计算，也不能随意丢弃输入；已在答案中补充说明。',
        en: 'The seed answers as if it were preparing training data ("remove outliers", normalising the data at hand). At inference time the preprocessing parameters fitted during training must be reused, not recomputed on the inference data, and inputs cannot simply be dropped; the answer now says so.',
      },
    ],
    tags: ['inference', 'preprocessing', 'data-cleaning', 'normalization', 'feature-engineering'],
    difficulty: 'EASY',
    related: ['s001-1-2-model-inference-steps'],
    rubric: [
      {
        id: 'cleaning',
        point: { zh: '数据清洗：处理噪声、缺失值和异常值', en: 'Data cleaning: handle noise, missing values and outliers' },
        weight: 2,
        keywords: {
          zh: ['数据清洗', '清洗', '异常值', '缺失', '噪声'],
          en: ['cleaning', 'clean', 'outlier', 'missing', 'noise'],
        },
      },
      {
        id: 'feature-extraction',
        point: { zh: '特征提取（与训练时相同的方法）', en: 'Feature extraction (the same method as in training)' },
        weight: 2,
        keywords: {
          zh: ['特征提取', '特征', '分词'],
          en: ['feature extraction', 'feature', 'tokeniz', 'tokenis'],
        },
      },
      {
        id: 'normalisation',
        point: { zh: '数据归一化/标准化到合适的范围', en: 'Normalise or standardise the data to a suitable range' },
        weight: 2,
        keywords: {
          zh: ['归一化', '标准化', '缩放'],
          en: ['normaliz', 'normalis', 'standardiz', 'standardis', 'scale the', 'scaling'],
        },
      },
      {
        id: 'training-consistency',
        point: {
          zh: '复用训练阶段的预处理参数，保证与训练一致',
          en: 'Reuse the training-time preprocessing parameters so inference matches training',
        },
        weight: 2,
        keywords: {
          zh: ['一致', '训练阶段', '训练集的均值', '同一套'],
          en: ['same as in training', 'same as training', 'consistent', 'training set', 'training stage', 'same feature extraction'],
        },
      },
    ],
  },
  {
    slug: 's001-2-3-optimizing-inference-performance',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§二.3', heading: '3. 模型推理中如何优化性能？' },
    title: { zh: '模型推理中如何优化性能？', en: 'How is performance optimised in model inference?' },
    prompt: { zh: '模型推理中如何优化性能？', en: 'How is performance optimised in model inference?' },
    modelAnswer: {
      zh: `模型推理性能优化包括：
- **硬件加速**：如使用GPU、FPGA、ASIC等硬件。
- **模型压缩**：通过剪枝、量化、蒸馏等技术减少模型大小。
- **并行推理**：同时处理多个输入数据，提高推理速度。（注意：批量并行处理提高的是吞吐量，单个请求的延迟不一定降低，批次过大甚至会增加等待时间。）`,
      en: `Optimising model-inference performance includes:
- **Hardware acceleration**: e.g. using hardware such as GPUs, FPGAs or ASICs.
- **Model compression**: reduce the model's size with techniques such as pruning, quantization and distillation.
- **Parallel inference**: process several inputs at the same time to raise inference speed. (Note: batching inputs in parallel raises throughput; the latency of a single request does not necessarily go down, and an overly large batch can even add waiting time.)`,
    },
    corrections: [
      {
        zh: '"并行推理……提高推理速度"不够准确：同时处理多个输入（批处理）提高的是吞吐量，而不是单个请求的延迟；已加注说明。',
        en: '"Parallel inference ... raises inference speed" is imprecise: processing several inputs at once (batching) raises throughput, not the latency of a single request; a note saying so was added.',
      },
    ],
    tags: ['inference', 'optimization', 'hardware-acceleration', 'compression', 'batching'],
    difficulty: 'MEDIUM',
    variantOf: 's003-14-inference-speed',
    related: ['s000-1-3-optimizing-inference-performance', 's002-2-model-compression'],
    rubric: [
      {
        id: 'hardware-acceleration',
        point: { zh: '硬件加速（GPU、FPGA、ASIC、TPU）', en: 'Hardware acceleration (GPU, FPGA, ASIC, TPU)' },
        weight: 2,
        keywords: {
          zh: ['硬件加速', 'gpu', 'fpga'],
          en: ['hardware acceleration', 'accelerator', 'gpu', 'fpga'],
        },
      },
      {
        id: 'compression',
        point: {
          zh: '模型压缩：剪枝、量化、蒸馏减小模型',
          en: 'Model compression: pruning, quantization, distillation shrink the model',
        },
        weight: 3,
        keywords: {
          zh: ['模型压缩', '剪枝', '量化', '蒸馏'],
          en: ['compression', 'pruning', 'quantization', 'quantisation', 'int8', 'distillation'],
        },
      },
      {
        id: 'batching',
        point: {
          zh: '并行/批量推理，同时处理多个输入提高吞吐量',
          en: 'Parallel/batched inference: process several inputs at once for throughput',
        },
        weight: 2,
        keywords: {
          zh: ['并行推理', '批处理', '批量', '同时处理多个'],
          en: ['parallel inference', 'batch', 'several inputs', 'multiple inputs', 'throughput'],
        },
      },
      {
        id: 'latency-vs-throughput',
        point: { zh: '区分吞吐量与延迟', en: 'Distinguish throughput from latency' },
        weight: 1,
        keywords: { zh: ['吞吐量', '延迟'], en: ['throughput', 'latency'] },
      },
    ],
  },
];
