// Conceptual questions from seed 002 (《大模型：从实验室到商业应用的落地》), §1–§4.
// §5 (the MNIST programming question) lives with the training questions.
import type { ConceptualQuestion } from '../types';

const SEED = '002_4b754e0cdc00653c.txt';

export const seed002Questions: ConceptualQuestion[] = [
  {
    slug: 's002-1-training-time',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§1', heading: '1. 如何优化大模型训练时间？' },
    title: { zh: '如何优化大模型训练时间？', en: "How can a large model's training time be reduced?" },
    prompt: {
      zh: `如何优化大模型训练时间？

请简要描述几种优化大模型训练时间的方法。`,
      en: `How can a large model's training time be reduced?

Briefly describe several methods for reducing the training time of a large model.`,
    },
    modelAnswer: {
      zh: `优化大模型训练时间的方法包括：

- **数据并行训练：** 将训练数据集分成多个子集，同时在多个 GPU 或多卡上进行训练，从而加速训练过程。
- **模型并行训练：** 将模型分成多个部分，分别在不同的 GPU 或多卡上进行训练，以充分利用计算资源。
- **混合精度训练：** 使用混合精度训练（如FP16）可以减少内存消耗，提高训练速度。
- **模型剪枝：** 通过剪枝不必要的权重，减少模型参数数量，从而降低训练时间和存储需求。（更正：剪枝通常在训练后或训练过程中逐步进行，主要降低推理成本和存储需求；非结构化剪枝得到的稀疏权重在普通 GPU 上并不会明显加快训练，只有结构化剪枝等方法才能真正减少训练计算量。）
- **迁移学习：** 利用预训练模型，在特定任务上微调，以减少从零开始训练的时间。`,
      en: `Methods for reducing a large model's training time include:

- **Data-parallel training:** split the training set into several subsets and train on several GPUs or cards at the same time, which speeds up training.
- **Model-parallel training:** split the model into several parts and train them on different GPUs or cards, to make full use of the computing resources.
- **Mixed-precision training:** mixed-precision training (e.g. FP16) reduces memory consumption and raises training speed.
- **Model pruning:** pruning unnecessary weights reduces the number of model parameters, which lowers training time and storage needs. (Correction: pruning is usually done after training or gradually during it, and mainly lowers inference cost and storage; the sparse weights that unstructured pruning produces do not noticeably speed up training on ordinary GPUs, and only methods such as structured pruning really reduce the training computation.)
- **Transfer learning:** start from a pretrained model and fine-tune it on the specific task, which saves the time of training from scratch.`,
    },
    corrections: [
      {
        zh: '种子称模型剪枝能"降低训练时间"。剪枝一般在训练后或训练中逐步进行，主要节省推理和存储；非结构化稀疏在普通硬件上并不加快训练。已加注说明。',
        en: 'The seed claims model pruning "lowers training time". Pruning usually happens after or gradually during training and mainly saves inference cost and storage; unstructured sparsity does not speed up training on ordinary hardware. A note saying so was added.',
      },
    ],
    tags: ['training', 'distributed-training', 'mixed-precision', 'transfer-learning', 'optimization'],
    difficulty: 'MEDIUM',
    variantOf: 's003-3-training-speed',
    related: ['s003-13-transfer-learning'],
    rubric: [
      {
        id: 'data-parallel',
        point: {
          zh: '数据并行：数据分片到多个 GPU 同时训练',
          en: 'Data parallelism: shard the data across several GPUs and train at once',
        },
        weight: 3,
        keywords: {
          zh: ['数据并行', '多 gpu', '多gpu', '多卡'],
          en: ['data parallel', 'data-parallel', 'multiple gpus', 'several gpus', 'multi-gpu', 'ddp'],
        },
      },
      {
        id: 'model-parallel',
        point: {
          zh: '模型并行：把模型切分到不同设备',
          en: 'Model parallelism: split the model across devices',
        },
        weight: 2,
        keywords: {
          zh: ['模型并行', '流水线并行', '张量并行'],
          en: ['model parallel', 'model-parallel', 'pipeline parallel', 'tensor parallel'],
        },
      },
      {
        id: 'mixed-precision',
        point: {
          zh: '混合精度训练（FP16/BF16）减少内存、加快计算',
          en: 'Mixed-precision training (FP16/BF16) saves memory and speeds up computation',
        },
        weight: 3,
        keywords: {
          zh: ['混合精度', 'fp16', 'bf16', '半精度'],
          en: ['mixed precision', 'mixed-precision', 'fp16', 'bf16', 'half precision'],
        },
      },
      {
        id: 'transfer-learning',
        point: {
          zh: '迁移学习：从预训练模型微调，避免从零训练',
          en: 'Transfer learning: fine-tune a pretrained model instead of training from scratch',
        },
        weight: 2,
        keywords: {
          zh: ['迁移学习', '预训练', '微调'],
          en: ['transfer learning', 'pretrained', 'pre-trained', 'fine-tun', 'finetun'],
        },
      },
      {
        id: 'pruning',
        point: {
          zh: '剪枝减少参数（主要节省推理与存储）',
          en: 'Pruning reduces parameters (mainly saves inference and storage)',
        },
        weight: 1,
        keywords: { zh: ['剪枝'], en: ['pruning', 'prune'] },
      },
    ],
  },
  {
    slug: 's002-2-model-compression',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§2', heading: '2. 大模型如何进行压缩？' },
    title: { zh: '大模型如何进行压缩？', en: 'How are large models compressed?' },
    prompt: {
      zh: `大模型如何进行压缩？

请简要描述几种大模型压缩的方法。`,
      en: `How are large models compressed?

Briefly describe several methods for compressing a large model.`,
    },
    modelAnswer: {
      zh: `大模型压缩的方法包括：

- **模型剪枝：** 通过移除无关紧要的权重或神经元，减少模型大小。
- **量化：** 将浮点数权重转换为较低的精度（如FP16或INT8），以减少模型大小和存储需求。
- **知识蒸馏：** 将大模型作为教师模型，将训练任务迁移到一个小模型（学生模型）上，以保留关键信息。
- **稀疏性：** 利用稀疏表示技术，将大部分权重设置为0，从而减少模型大小。（注意：只有以稀疏格式存储（只保存非零值及其位置）或采用结构化稀疏时，模型大小和计算量才会真正减少；把权重置 0 后仍按稠密矩阵保存，大小不变。）`,
      en: `Methods for compressing a large model include:

- **Model pruning:** remove unimportant weights or neurons to reduce the model's size.
- **Quantization:** convert floating-point weights to a lower precision (e.g. FP16 or INT8) to reduce the model's size and storage needs.
- **Knowledge distillation:** use the large model as a teacher and transfer the training task to a small model (the student), preserving the key information.
- **Sparsity:** use sparse-representation techniques that set most weights to 0, reducing the model's size. (Note: size and computation only really go down when the weights are stored in a sparse format (keeping only the non-zero values and their positions) or the sparsity is structured; weights set to 0 but still stored as a dense matrix take the same space.)`,
    },
    corrections: [
      {
        zh: '种子说"将大部分权重设置为0，从而减少模型大小"。权重置零后若仍按稠密格式保存，大小不变；只有稀疏存储格式或结构化稀疏才真正减小模型。已加注说明。',
        en: 'The seed says "set most weights to 0, reducing the model\'s size". Zeroed weights stored densely take the same space; only a sparse storage format or structured sparsity actually shrinks the model. A note saying so was added.',
      },
    ],
    tags: ['compression', 'quantization', 'pruning', 'distillation', 'sparsity'],
    difficulty: 'MEDIUM',
    related: ['code-compress-quantize', 's003-10-knowledge-distillation', 's003-14-inference-speed'],
    rubric: [
      {
        id: 'pruning',
        point: { zh: '剪枝：移除不重要的权重或神经元', en: 'Pruning: remove unimportant weights or neurons' },
        weight: 3,
        keywords: { zh: ['剪枝'], en: ['pruning', 'prune'] },
      },
      {
        id: 'quantization',
        point: {
          zh: '量化：把浮点权重转为 FP16/INT8 等低精度',
          en: 'Quantization: convert float weights to low precision such as FP16/INT8',
        },
        weight: 3,
        keywords: {
          zh: ['量化', 'int8', 'fp16', '低精度'],
          en: ['quantization', 'quantisation', 'quantize', 'quantise', 'int8', 'fp16', 'lower precision', 'low precision'],
        },
      },
      {
        id: 'distillation',
        point: {
          zh: '知识蒸馏：用教师模型训练小的学生模型',
          en: 'Knowledge distillation: train a small student from a teacher model',
        },
        weight: 3,
        keywords: {
          zh: ['蒸馏', '教师模型', '学生模型'],
          en: ['distillation', 'distil', 'teacher', 'student'],
        },
      },
      {
        id: 'sparsity',
        point: {
          zh: '稀疏化：大部分权重为 0，配合稀疏存储',
          en: 'Sparsity: most weights zero, stored in a sparse format',
        },
        weight: 1,
        keywords: { zh: ['稀疏'], en: ['sparse', 'sparsity'] },
      },
    ],
  },
  {
    slug: 's002-3-training-data-privacy',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§3', heading: '3. 如何保护大模型训练过程中的数据隐私？' },
    title: {
      zh: '如何保护大模型训练过程中的数据隐私？',
      en: 'How can data privacy be protected while training a large model?',
    },
    prompt: {
      zh: `如何保护大模型训练过程中的数据隐私？

请简要描述几种保护大模型训练过程中数据隐私的方法。`,
      en: `How can data privacy be protected while training a large model?

Briefly describe several methods for protecting data privacy during the training of a large model.`,
    },
    modelAnswer: {
      zh: `保护大模型训练过程中数据隐私的方法包括：

- **差分隐私：** 在模型训练过程中引入随机噪声，以保护训练数据的隐私。
- **同态加密：** 利用同态加密技术，对训练数据进行加密，然后进行模型训练，从而保证数据隐私。
- **联邦学习：** 通过分布式训练机制，将训练任务分配到多个参与者（如手机用户），每个参与者只处理本地数据，从而减少数据泄露风险。`,
      en: `Methods for protecting data privacy during large-model training include:

- **Differential privacy:** introduce random noise during model training to protect the privacy of the training data.
- **Homomorphic encryption:** encrypt the training data with homomorphic encryption and then train the model on it, which guarantees data privacy.
- **Federated learning:** through a distributed training mechanism, hand the training task to many participants (e.g. mobile-phone users); each participant only processes its local data, which reduces the risk of data leakage.`,
    },
    corrections: [],
    tags: ['privacy', 'differential-privacy', 'federated-learning', 'homomorphic-encryption', 'security'],
    difficulty: 'MEDIUM',
    related: [],
    rubric: [
      {
        id: 'differential-privacy',
        point: {
          zh: '差分隐私：训练中加入随机噪声（如 DP-SGD）',
          en: 'Differential privacy: add random noise during training (e.g. DP-SGD)',
        },
        weight: 3,
        keywords: {
          zh: ['差分隐私', '噪声'],
          en: ['differential privacy', 'differentially private', 'dp-sgd', 'noise'],
        },
      },
      {
        id: 'homomorphic-encryption',
        point: {
          zh: '同态加密：在加密数据上计算/训练',
          en: 'Homomorphic encryption: compute/train on encrypted data',
        },
        weight: 2,
        keywords: {
          zh: ['同态加密', '加密'],
          en: ['homomorphic', 'encrypt'],
        },
      },
      {
        id: 'federated-learning',
        point: {
          zh: '联邦学习：数据留在本地，只共享模型更新',
          en: 'Federated learning: data stays local, only model updates are shared',
        },
        weight: 3,
        keywords: {
          zh: ['联邦学习', '本地数据', '数据不出'],
          en: ['federated', 'local data', 'on-device', 'on device'],
        },
      },
      {
        id: 'leakage-risk',
        point: {
          zh: '目标是降低训练数据泄露的风险',
          en: 'The goal is to lower the risk of training-data leakage',
        },
        weight: 1,
        keywords: {
          zh: ['泄露'],
          en: ['leak'],
        },
      },
    ],
  },
  {
    slug: 's002-4-evaluating-large-models',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§4', heading: '4. 如何评估大模型性能？' },
    title: { zh: '如何评估大模型性能？', en: "How is a large model's performance evaluated?" },
    prompt: {
      zh: `如何评估大模型性能？

请简要描述几种评估大模型性能的方法。`,
      en: `How is a large model's performance evaluated?

Briefly describe several methods for evaluating the performance of a large model.`,
    },
    modelAnswer: {
      zh: `评估大模型性能的方法包括：

- **精确率和召回率：** 用于评估分类任务的性能。精确率表示被预测为正例的样本中真正为正例的比例（TP / (TP + FP)），召回率表示所有正例中被正确预测为正例的比例（TP / (TP + FN)）。
- **F1 值：** 用于综合评估精确率和召回率，是两者的调和平均值。
- **ROC 曲线和 AUC 值：** 用于评估分类任务的性能，ROC 曲线表示真阳性率（召回率）与假阳性率（误报率）之间的关系，AUC 值表示曲线下方面积，数值越高，性能越好。
- **BLEU 分：** 用于评估自然语言处理任务（主要是机器翻译）的性能，通过生成文本与一个或多个参考文本之间的 n-gram 重合精度（并乘以长度惩罚）来度量相似度。`,
      en: `Methods for evaluating a large model's performance include:

- **Precision and recall:** used to evaluate classification. Precision is the fraction of samples predicted positive that really are positive (TP / (TP + FP)); recall is the fraction of all positive samples that are correctly predicted positive (TP / (TP + FN)).
- **F1 score:** combines precision and recall into one figure; it is their harmonic mean.
- **ROC curve and AUC:** used to evaluate classification; the ROC curve shows the relation between the true-positive rate (recall) and the false-positive rate (false-alarm rate), and the AUC is the area under the curve: the higher, the better.
- **BLEU score:** used to evaluate natural-language-processing tasks (mainly machine translation); it measures similarity by the n-gram overlap precision between the generated text and one or more reference texts (multiplied by a brevity penalty).`,
    },
    corrections: [
      {
        zh: '种子写"精度和召回率……分别表示正确分类的正例和所有正例的比例"，定义含糊且把"精度"（常指准确率）与精确率混用。已改为精确率 = TP/(TP+FP)、召回率 = TP/(TP+FN)。',
        en: 'The seed says "precision and recall ... respectively mean the proportion of correctly classified positives and of all positives", which is garbled and uses 精度 (usually accuracy) for precision. Corrected to precision = TP/(TP+FP) and recall = TP/(TP+FN).',
      },
      {
        zh: '种子只说 BLEU 是"相似度度量"；已补充它是带长度惩罚的 n-gram 精度，主要用于机器翻译。',
        en: 'The seed only calls BLEU a "similarity measure"; the answer now says it is n-gram precision with a brevity penalty, used mainly for machine translation.',
      },
    ],
    tags: ['evaluation', 'metrics', 'classification', 'nlp'],
    difficulty: 'MEDIUM',
    variantOf: 's003-1-llm-evaluation-metrics',
    related: ['code-metrics-classification', 'code-metrics-roc-auc', 'code-metrics-bleu'],
    rubric: [
      {
        id: 'precision',
        point: {
          zh: '精确率 = TP/(TP+FP)：预测为正的样本中真正为正的比例',
          en: 'Precision = TP/(TP+FP): the fraction of predicted positives that are truly positive',
        },
        weight: 2,
        keywords: { zh: ['精确率', '查准率'], en: ['precision'] },
      },
      {
        id: 'recall',
        point: {
          zh: '召回率 = TP/(TP+FN)：真实正例中被找出的比例',
          en: 'Recall = TP/(TP+FN): the fraction of actual positives that are found',
        },
        weight: 2,
        keywords: { zh: ['召回率', '查全率', '真阳性率'], en: ['recall', 'sensitivity', 'true-positive rate', 'true positive rate', 'tpr'] },
      },
      {
        id: 'f1',
        point: { zh: 'F1 是精确率与召回率的调和平均', en: 'F1 is the harmonic mean of precision and recall' },
        weight: 2,
        keywords: { zh: ['f1', '调和平均'], en: ['f1', 'harmonic mean'] },
      },
      {
        id: 'roc-auc',
        point: {
          zh: 'ROC 曲线（TPR 对 FPR）与曲线下面积 AUC，越大越好',
          en: 'ROC curve (TPR against FPR) and the area under it (AUC): higher is better',
        },
        weight: 2,
        keywords: { zh: ['roc 曲线', 'roc曲线', 'auc', '曲线下'], en: ['roc curve', 'roc-auc', 'roc auc', 'auc', 'area under'] },
      },
      {
        id: 'bleu',
        point: {
          zh: 'BLEU：生成文本与参考文本的 n-gram 重合度，用于机器翻译等生成任务',
          en: 'BLEU: n-gram overlap between generated and reference text, for machine translation and other generation',
        },
        weight: 2,
        keywords: { zh: ['bleu', 'n-gram'], en: ['bleu', 'n-gram', 'ngram'] },
      },
    ],
  },
];
