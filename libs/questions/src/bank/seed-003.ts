// Conceptual questions from seed 003 (《AI加速乐观前景：贾扬清观点异构芯片大语言模型发展》), §1–§20.
// Much of the seed's example code does not run (read-only Keras attributes, swapped loss
// arguments, `optimizer.minimize` on a tensor); the model answers carry corrected code and each
// entry's `corrections` says what changed. Backslashes are doubled and backticks escaped because
// the answers are template literals.
import type { ConceptualQuestion } from '../types';

const SEED = '003_350a414516ea86dc.txt';

/** The seed's loops call `optimizer.minimize(loss_tensor, vars)` and pass loss arguments as
 * (prediction, target); the same correction applies to several entries. */
const TRAINING_LOOP_CORRECTION = {
  zh: '示例训练循环调用 `optimizer.minimize(loss, variables)` 时传入的是已经算好的张量；TF2 的 Keras 优化器要求传入可调用对象或 `tf.GradientTape`，否则无法求梯度。已改为用 `tf.GradientTape` 计算梯度再 `apply_gradients`。',
  en: 'The example training loop calls `optimizer.minimize(loss, variables)` with an already computed tensor; a TF2 Keras optimizer needs a callable or a `tf.GradientTape` to get gradients. It now computes gradients with `tf.GradientTape` and calls `apply_gradients`.',
};
const LOSS_ARGUMENT_ORDER_CORRECTION = {
  zh: '示例把 `categorical_crossentropy(预测, 标签)` 的参数顺序写反了；Keras 损失函数的签名是 `(y_true, y_pred)`，顺序错会得到错误的损失和梯度。已改为 `(targets, predictions)`。',
  en: 'The example passes `categorical_crossentropy(predictions, targets)` in the wrong order; Keras losses take `(y_true, y_pred)`, and the swapped order gives a wrong loss and wrong gradients. It now passes `(targets, predictions)`.',
};

export const seed003Questions: ConceptualQuestion[] = [
  {
    slug: 's003-1-llm-evaluation-metrics',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§1', heading: '1. 算法面试题：如何评估大语言模型的效果？' },
    title: {
      zh: '如何评估大语言模型的效果？',
      en: 'How is the quality of a large language model evaluated?',
    },
    prompt: {
      zh: `如何评估大语言模型的效果？

请解释如何评估大语言模型的效果，并列举常用的评估指标。`,
      en: `How is the quality of a large language model evaluated?

Explain how to evaluate the quality of a large language model and list the commonly used evaluation metrics.`,
    },
    modelAnswer: {
      zh: `评估大语言模型的效果通常包括以下几个方面：

1. **准确率（Accuracy）**：预测正确的样本数量占总样本数量的比例。
2. **召回率（Recall）**：预测正确的正样本数量占总正样本数量的比例。
3. **精确率（Precision）**：预测正确的正样本数量占所有预测为正样本的样本数量的比例。
4. **F1 值（F1 Score）**：综合考虑精确率和召回率的指标，计算公式为 \\( F1 = 2 \\times \\frac{Precision \\times Recall}{Precision + Recall} \\)。
5. **BLEU 分数**：用于评估机器翻译质量，分数越高表示翻译质量越好。
6. **Perplexity（困惑度）**：用于文本生成（语言模型）任务，等于模型对每个 token 的平均负对数似然取指数，即 \\( PPL = \\exp\\left(-\\frac{1}{N}\\sum_{i=1}^{N} \\log p(w_i \\mid w_{<i})\\right) \\)，越小表示模型对文本的预测越好。

**举例：**

\`\`\`python
import math
from sklearn.metrics import accuracy_score, recall_score, precision_score, f1_score
from nltk.translate.bleu_score import sentence_bleu, corpus_bleu

# 假设 y_true 为真实标签，y_pred 为预测结果
accuracy = accuracy_score(y_true, y_pred)
recall = recall_score(y_true, y_pred, average='weighted')
precision = precision_score(y_true, y_pred, average='weighted')
f1 = f1_score(y_true, y_pred, average='weighted')

# 假设 references 为参考句子列表，candidates 为生成句子列表（每个句子是分好词的 token 列表）
bleu = 0
for ref, cand in zip(references, candidates):
    bleu += sentence_bleu([ref], cand)
bleu /= len(candidates)
# 语料级 BLEU：先汇总所有句子的 n-gram 统计再计算，论文中通常报告这个值
corpus_score = corpus_bleu([[ref] for ref in references], candidates)

# 假设 token_log_probs 为模型给每个真实 token 的对数概率（自然对数）
perplexity = math.exp(-sum(token_log_probs) / len(token_log_probs))
\`\`\`

**解析：** 评估大语言模型的效果时，可以根据任务类型选择合适的评估指标。例如，在文本分类任务中，可以使用准确率、召回率、精确率和 F1 值；在机器翻译任务中，可以使用 BLEU 分数；在语言建模和文本生成任务中，可以使用困惑度。`,
      en: `Evaluating the quality of a large language model usually covers the following aspects:

1. **Accuracy**: the number of correctly predicted samples as a fraction of all samples.
2. **Recall**: the number of correctly predicted positive samples as a fraction of all positive samples.
3. **Precision**: the number of correctly predicted positive samples as a fraction of all samples predicted positive.
4. **F1 score**: a metric combining precision and recall, computed as \\( F1 = 2 \\times \\frac{Precision \\times Recall}{Precision + Recall} \\).
5. **BLEU score**: used to evaluate machine-translation quality; a higher score means a better translation.
6. **Perplexity**: used for text-generation (language-modelling) tasks; it is the exponential of the model's average negative log-likelihood per token, \\( PPL = \\exp\\left(-\\frac{1}{N}\\sum_{i=1}^{N} \\log p(w_i \\mid w_{<i})\\right) \\); the lower, the better the model predicts the text.

**Example:**

\`\`\`python
import math
from sklearn.metrics import accuracy_score, recall_score, precision_score, f1_score
from nltk.translate.bleu_score import sentence_bleu, corpus_bleu

# Suppose y_true holds the true labels and y_pred the predictions
accuracy = accuracy_score(y_true, y_pred)
recall = recall_score(y_true, y_pred, average='weighted')
precision = precision_score(y_true, y_pred, average='weighted')
f1 = f1_score(y_true, y_pred, average='weighted')

# Suppose references is the list of reference sentences and candidates the generated ones (each a list of tokens)
bleu = 0
for ref, cand in zip(references, candidates):
    bleu += sentence_bleu([ref], cand)
bleu /= len(candidates)
# Corpus-level BLEU: pool the n-gram counts of all sentences first; this is what papers usually report
corpus_score = corpus_bleu([[ref] for ref in references], candidates)

# Suppose token_log_probs holds the model's (natural) log-probability of each true token
perplexity = math.exp(-sum(token_log_probs) / len(token_log_probs))
\`\`\`

**Explanation:** When evaluating a large language model, choose metrics that suit the task. For example, for text classification use accuracy, recall, precision and F1; for machine translation use the BLEU score; for language modelling and text generation use perplexity.`,
    },
    corrections: [
      {
        zh: '种子称 Perplexity "表示模型预测一个句子的概率"，这是错的：困惑度是每个 token 平均负对数似然的指数（句子概率几何平均的倒数），不是概率本身。已给出正确定义和公式，在示例代码中加入了计算方法，并在解析中补充了困惑度适用的任务。',
        en: 'The seed says perplexity "is the probability the model assigns to a sentence", which is wrong: perplexity is the exponential of the average negative log-likelihood per token (the inverse geometric mean of the token probabilities), not a probability. The correct definition and formula are given, the example code now computes it, and the explanation names the tasks it suits.',
      },
      {
        zh: '逐句 BLEU 的平均值不等于语料级 BLEU（nltk 的 `corpus_bleu`），且短句在无平滑时常得 0；示例中补充了 `corpus_bleu`，并注明句子须为分好词的 token 列表。',
        en: 'The mean of sentence-level BLEU is not corpus-level BLEU (nltk `corpus_bleu`), and short sentences often score 0 without smoothing; the example now also computes `corpus_bleu` and states that sentences must be token lists.',
      },
    ],
    tags: ['evaluation', 'metrics', 'nlp', 'classification', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-metrics-classification', 'code-metrics-bleu', 'code-metrics-perplexity'],
    rubric: [
      {
        id: 'accuracy',
        point: { zh: '准确率：预测正确的样本占比', en: 'Accuracy: the fraction of correctly predicted samples' },
        weight: 1,
        keywords: { zh: ['准确率', '正确率'], en: ['accuracy'] },
      },
      {
        id: 'precision-recall',
        point: {
          zh: '精确率与召回率的定义（TP/(TP+FP)、TP/(TP+FN)）',
          en: 'Precision and recall defined (TP/(TP+FP), TP/(TP+FN))',
        },
        weight: 2,
        keywords: { zh: ['精确率', '召回率', '查准率', '查全率'], en: ['precision', 'recall'] },
      },
      {
        id: 'f1',
        point: { zh: 'F1 是精确率和召回率的调和平均', en: 'F1 is the harmonic mean of precision and recall' },
        weight: 1,
        keywords: { zh: ['f1', '调和平均'], en: ['f1', 'harmonic mean'] },
      },
      {
        id: 'bleu',
        point: { zh: 'BLEU 用于机器翻译，越高越好', en: 'BLEU for machine translation, higher is better' },
        weight: 2,
        keywords: { zh: ['bleu'], en: ['bleu'] },
      },
      {
        id: 'perplexity',
        point: {
          zh: '困惑度 = 每 token 平均负对数似然的指数，越低越好',
          en: 'Perplexity = exp of the mean negative log-likelihood per token, lower is better',
        },
        weight: 3,
        keywords: {
          zh: ['困惑度', 'perplexity', '负对数似然'],
          en: ['perplexity', 'negative log-likelihood', 'negative log likelihood', 'nll', 'cross-entropy', 'cross entropy'],
        },
      },
      {
        id: 'task-dependent',
        point: {
          zh: '按任务类型选择指标（分类、翻译、生成）',
          en: 'Choose metrics by task type (classification, translation, generation)',
        },
        weight: 1,
        keywords: {
          zh: ['任务类型', '根据任务', '文本分类', '机器翻译'],
          en: ['task type', 'suit the task', 'depends on the task', 'text classification', 'machine translation'],
        },
      },
    ],
  },
  {
    slug: 's003-2-data-sparsity',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§2', heading: '2. 算法面试题：如何处理大语言模型中的数据稀疏问题？' },
    title: {
      zh: '如何处理大语言模型中的数据稀疏问题？',
      en: 'How is the data-sparsity problem handled in large language models?',
    },
    prompt: {
      zh: `如何处理大语言模型中的数据稀疏问题？

大语言模型在处理数据时可能会遇到数据稀疏问题，请列举几种解决方法。`,
      en: `How is the data-sparsity problem handled in large language models?

Large language models may run into data sparsity when processing data; list several ways to solve it.`,
    },
    modelAnswer: {
      zh: `1. **词袋模型（Bag-of-Words, BoW）**：将文本转换为词袋表示，忽略词的顺序，对高频词进行降维处理，如使用词嵌入（Word Embedding）技术。（更正：词袋表示本身是高维稀疏的，是稀疏问题的来源而不是解决办法；真正缓解稀疏的是用低维稠密的词嵌入代替独热或词袋表示，大语言模型还用子词切分（如 BPE、WordPiece）减少未登录词和低频词。）
2. **计数加权**：对稀疏特征进行加权，例如使用逆文档频率（Inverse Document Frequency, IDF）进行加权，提高重要特征的权重。
3. **降维技术**：使用降维技术，如主成分分析（PCA）、线性判别分析（LDA）等，降低数据的维度，减少稀疏特征的影响。（对稀疏的 TF-IDF 矩阵通常使用截断奇异值分解（TruncatedSVD，即潜在语义分析 LSA），因为 PCA 需要先中心化，会把稀疏矩阵变成稠密矩阵。）
4. **稀疏矩阵处理**：使用稀疏矩阵存储和计算稀疏数据，提高计算效率。
5. **注意力机制（Attention Mechanism）**：在神经网络模型中引入注意力机制，自动学习哪些特征对预测结果更有贡献。

**举例：**

\`\`\`python
from sklearn.feature_extraction.text import TfidfVectorizer

# 假设 corpus 为文档列表
vectorizer = TfidfVectorizer()
X = vectorizer.fit_transform(corpus)  # X 已经是 scipy 稀疏矩阵（CSR 格式）

# 使用稀疏矩阵存储和计算（COO 格式便于逐个读取非零元素；按行计算时 CSR 更高效）
X_sparse = X.tocoo()
\`\`\`

**解析：** 数据稀疏问题是大语言模型中常见的问题，通过上述方法可以有效解决。`,
      en: `1. **Bag-of-Words (BoW)**: convert text to a bag-of-words representation, ignoring word order, and reduce the dimensionality of frequent words, e.g. with word-embedding techniques. (Correction: a bag-of-words representation is itself high-dimensional and sparse; it is a source of the sparsity problem, not a solution. What actually relieves sparsity is replacing one-hot or bag-of-words vectors with low-dimensional dense word embeddings; large language models also use subword tokenization (e.g. BPE, WordPiece) to cut down out-of-vocabulary and rare words.)
2. **Count weighting**: weight the sparse features, e.g. with inverse document frequency (IDF), raising the weight of important features.
3. **Dimensionality reduction**: use techniques such as principal component analysis (PCA) or linear discriminant analysis (LDA) to lower the data's dimensionality and reduce the influence of sparse features. (For a sparse TF-IDF matrix one usually uses truncated singular value decomposition (TruncatedSVD, i.e. latent semantic analysis, LSA), because PCA centres the data first, which turns the sparse matrix into a dense one.)
4. **Sparse-matrix handling**: store and compute sparse data as sparse matrices to improve computational efficiency.
5. **Attention mechanism**: add an attention mechanism to the neural network so that it learns automatically which features contribute more to the prediction.

**Example:**

\`\`\`python
from sklearn.feature_extraction.text import TfidfVectorizer

# Suppose corpus is a list of documents
vectorizer = TfidfVectorizer()
X = vectorizer.fit_transform(corpus)  # X is already a scipy sparse matrix (CSR format)

# Store and compute with sparse matrices (COO makes it easy to read the non-zero entries one by one; CSR is faster for row-wise computation)
X_sparse = X.tocoo()
\`\`\`

**Explanation:** Data sparsity is a common problem in large language models, and the methods above solve it effectively.`,
    },
    corrections: [
      {
        zh: '种子把词袋模型列为解决稀疏的方法，但词袋表示本身就是高维稀疏的；缓解稀疏的是稠密词嵌入和子词切分。已加注说明。',
        en: 'The seed lists bag-of-words as a remedy for sparsity, but a bag-of-words representation is itself high-dimensional and sparse; dense embeddings and subword tokenization are what relieve sparsity. A note saying so was added.',
      },
      {
        zh: 'PCA 会先中心化数据，把稀疏矩阵变为稠密矩阵；稀疏文本矩阵通常用 TruncatedSVD（LSA）降维。已补充说明。',
        en: 'PCA centres the data, turning a sparse matrix dense; sparse text matrices are usually reduced with TruncatedSVD (LSA). This was added.',
      },
      {
        zh: '示例中 `TfidfVectorizer.fit_transform` 返回的本来就是稀疏矩阵，`tocoo()` 只是换一种稀疏格式；已在注释中说明，避免误以为这一步才"变成"稀疏存储。',
        en: '`TfidfVectorizer.fit_transform` already returns a sparse matrix; `tocoo()` only changes the sparse format. The comments now say so, so the step is not mistaken for what "makes" the storage sparse.',
      },
    ],
    tags: ['nlp', 'sparsity', 'embeddings', 'tf-idf', 'dimensionality-reduction'],
    difficulty: 'MEDIUM',
    related: ['code-text-tfidf', 's003-18-embedding-layer'],
    rubric: [
      {
        id: 'dense-embeddings',
        point: {
          zh: '用低维稠密词嵌入代替独热/词袋稀疏表示',
          en: 'Replace sparse one-hot/bag-of-words vectors with low-dimensional dense embeddings',
        },
        weight: 3,
        keywords: {
          zh: ['词嵌入', '嵌入', '稠密向量', 'word2vec'],
          en: ['embedding', 'dense vector', 'word2vec', 'glove'],
        },
      },
      {
        id: 'tf-idf',
        point: { zh: 'TF-IDF 等加权突出重要特征', en: 'Weighting such as TF-IDF to emphasise important features' },
        weight: 2,
        keywords: {
          zh: ['idf', '逆文档频率', '加权'],
          en: ['idf', 'inverse document frequency', 'weighting'],
        },
      },
      {
        id: 'dimensionality-reduction',
        point: {
          zh: '降维（TruncatedSVD/LSA、PCA 等）',
          en: 'Dimensionality reduction (TruncatedSVD/LSA, PCA, ...)',
        },
        weight: 2,
        keywords: {
          zh: ['降维', 'pca', 'svd', 'lsa'],
          en: ['dimensionality reduction', 'reduce the dimension', 'pca', 'svd', 'lsa'],
        },
      },
      {
        id: 'sparse-storage',
        point: { zh: '用稀疏矩阵格式存储和计算', en: 'Store and compute with sparse-matrix formats' },
        weight: 1,
        keywords: {
          zh: ['稀疏矩阵', 'csr'],
          en: ['sparse matrix', 'sparse matrices', 'csr'],
        },
      },
      {
        id: 'subword-tokenization',
        point: {
          zh: '子词切分（BPE、WordPiece）减少未登录词和低频词',
          en: 'Subword tokenization (BPE, WordPiece) cuts out-of-vocabulary and rare words',
        },
        weight: 2,
        keywords: {
          zh: ['子词', 'bpe', 'wordpiece', '未登录词'],
          en: ['subword', 'sub-word', 'bpe', 'wordpiece', 'out-of-vocabulary', 'oov'],
        },
      },
      {
        id: 'attention',
        point: { zh: '注意力机制自动关注重要特征', en: 'Attention learns which features matter' },
        weight: 1,
        keywords: { zh: ['注意力'], en: ['attention'] },
      },
    ],
  },
  {
    slug: 's003-3-training-speed',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§3', heading: '3. 算法面试题：如何优化大语言模型的训练速度？' },
    title: {
      zh: '如何优化大语言模型的训练速度？',
      en: 'How can the training speed of a large language model be improved?',
    },
    prompt: {
      zh: `如何优化大语言模型的训练速度？

请列举几种优化大语言模型训练速度的方法。`,
      en: `How can the training speed of a large language model be improved?

List several methods for improving the training speed of a large language model.`,
    },
    modelAnswer: {
      zh: `1. **并行训练**：使用多 GPU 并行训练，提高训练速度。
2. **分布式训练**：将模型拆分为多个子模型，在多台机器上分布式训练，减少单机资源的压力。
3. **数据预处理**：提前进行数据预处理，如清洗、去重、数据增强等，减少无效数据的处理时间。
4. **模型压缩**：使用模型压缩技术，如权重剪枝（Weight Pruning）、低秩分解（Low-Rank Factorization）、量化（Quantization）等，减少模型参数量，提高计算效率。（注意：剪枝和量化主要加快推理；训练阶段只有低秩分解、结构化剪枝等真正减少计算量的方法才会加快训练。）
5. **混合精度训练**：使用混合精度训练（Mixed Precision Training），用 FP16 或 BF16 进行大部分计算，同时保留 FP32 的主权重副本，并用损失缩放（loss scaling）防止 FP16 梯度下溢，提高计算速度并减少显存占用。

**举例：**

\`\`\`python
import tensorflow as tf

# 使用 TensorFlow 的 mixed_precision 库进行混合精度训练
政策 = tf.keras.mixed_precision.Policy("mixed_float16")
tf.keras.mixed_precision.set_global_policy(政策)

# 使用 model.fit 时 Keras 会自动进行损失缩放；
# 自定义训练循环时需要用 LossScaleOptimizer 包装优化器
optimizer = tf.keras.mixed_precision.LossScaleOptimizer(tf.keras.optimizers.Adam())
\`\`\`

**解析：** 优化大语言模型的训练速度可以提高模型的研发效率，加快产品上线。`,
      en: `1. **Parallel training**: train on several GPUs in parallel to raise training speed.
2. **Distributed training**: split the model into several sub-models and train it distributed over several machines, relieving the pressure on a single machine's resources.
3. **Data preprocessing**: preprocess the data in advance (cleaning, de-duplication, data augmentation, ...) to cut the time spent handling useless data.
4. **Model compression**: use compression techniques such as weight pruning, low-rank factorization and quantization to reduce the number of parameters and improve computational efficiency. (Note: pruning and quantization mainly speed up inference; during training, only methods that really remove computation, such as low-rank factorization or structured pruning, make training faster.)
5. **Mixed-precision training**: with mixed-precision training, most computation runs in FP16 or BF16 while an FP32 master copy of the weights is kept, and loss scaling prevents FP16 gradients from underflowing; this raises computation speed and lowers GPU-memory use.

**Example:**

\`\`\`python
import tensorflow as tf

# Use TensorFlow's mixed_precision library for mixed-precision training
政策 = tf.keras.mixed_precision.Policy("mixed_float16")  # 政策 = "policy"
tf.keras.mixed_precision.set_global_policy(政策)

# model.fit applies loss scaling automatically;
# a custom training loop must wrap the optimizer in a LossScaleOptimizer
optimizer = tf.keras.mixed_precision.LossScaleOptimizer(tf.keras.optimizers.Adam())
\`\`\`

**Explanation:** Faster training of large language models makes model development more efficient and gets products launched sooner.`,
    },
    corrections: [
      {
        zh: '种子说混合精度训练"结合浮点和整数运算"，这是错的：混合精度是 FP16/BF16 与 FP32 两种浮点精度的组合（低精度计算 + FP32 主权重 + 损失缩放），不涉及整数运算。已改正，并在示例中补充了自定义训练循环所需的 LossScaleOptimizer。',
        en: 'The seed says mixed-precision training "combines floating-point and integer arithmetic", which is wrong: mixed precision combines two floating-point precisions, FP16/BF16 and FP32 (low-precision compute, FP32 master weights, loss scaling); no integer arithmetic is involved. Corrected, and the example now shows the LossScaleOptimizer a custom training loop needs.',
      },
      {
        zh: '剪枝、量化等模型压缩主要加快推理，而非训练；已加注说明哪些方法能真正减少训练计算量。',
        en: 'Compression such as pruning and quantization mainly speeds up inference, not training; a note now says which methods really reduce training computation.',
      },
    ],
    tags: ['training', 'distributed-training', 'mixed-precision', 'optimization', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-training-grad-scaler', 'code-numeric-float16', 's002-1-training-time'],
    rubric: [
      {
        id: 'data-parallel',
        point: {
          zh: '多 GPU 数据并行训练',
          en: 'Data-parallel training on several GPUs',
        },
        weight: 3,
        keywords: {
          zh: ['并行训练', '多 gpu', '多gpu', '数据并行', '多卡'],
          en: ['parallel training', 'data parallel', 'data-parallel', 'several gpus', 'multiple gpus', 'multi-gpu', 'ddp'],
        },
      },
      {
        id: 'distributed-model-parallel',
        point: {
          zh: '分布式/模型并行：把模型拆分到多台机器',
          en: 'Distributed / model-parallel training: split the model over machines',
        },
        weight: 2,
        keywords: {
          zh: ['分布式训练', '模型并行', '流水线并行', '张量并行', '多台机器'],
          en: ['distributed', 'model parallel', 'model-parallel', 'pipeline parallel', 'tensor parallel', 'several machines'],
        },
      },
      {
        id: 'mixed-precision',
        point: {
          zh: '混合精度（FP16/BF16 计算 + FP32 主权重 + 损失缩放）',
          en: 'Mixed precision (FP16/BF16 compute, FP32 master weights, loss scaling)',
        },
        weight: 3,
        keywords: {
          zh: ['混合精度', 'fp16', 'bf16', '半精度'],
          en: ['mixed precision', 'mixed-precision', 'fp16', 'bf16', 'half precision'],
        },
      },
      {
        id: 'loss-scaling',
        point: { zh: '损失缩放防止 FP16 梯度下溢', en: 'Loss scaling prevents FP16 gradient underflow' },
        weight: 1,
        keywords: {
          zh: ['损失缩放', 'loss scaling', '下溢'],
          en: ['loss scaling', 'loss scale', 'gradscaler', 'underflow'],
        },
      },
      {
        id: 'data-pipeline',
        point: {
          zh: '提前做数据预处理（清洗、去重），减少无效数据',
          en: 'Preprocess data ahead of time (cleaning, de-duplication) to avoid useless work',
        },
        weight: 1,
        keywords: {
          zh: ['数据预处理', '去重', '清洗'],
          en: ['preprocess', 'de-duplication', 'deduplication', 'cleaning'],
        },
      },
      {
        id: 'compute-reduction',
        point: {
          zh: '低秩分解、结构化剪枝等减少计算量',
          en: 'Low-rank factorization, structured pruning and the like reduce computation',
        },
        weight: 1,
        keywords: {
          zh: ['低秩', '剪枝', '模型压缩'],
          en: ['low-rank', 'low rank', 'pruning', 'compression'],
        },
      },
    ],
  },
  {
    slug: 's003-4-attention-mechanism',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§4', heading: '4. 算法面试题：请解释大语言模型中的注意力机制。' },
    title: {
      zh: '请解释大语言模型中的注意力机制。',
      en: 'Explain the attention mechanism in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的注意力机制。

请解释大语言模型中的注意力机制，并说明其作用。`,
      en: `Explain the attention mechanism in large language models.

Explain the attention mechanism in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `注意力机制（Attention Mechanism）是一种在神经网络模型中用于处理序列数据的方法，其主要作用是允许模型在处理序列数据时，自动学习哪些部分对当前任务更有贡献。

1. **原生注意力（Natural Attention）**：原始注意力机制，通过计算输入序列和查询序列的相似性，得到权重向量，对输入序列进行加权求和。（"Natural Attention"并不是通用术语；最早用于神经机器翻译的是 Bahdanau 等提出的加性注意力（Additive Attention），其相似度由一个小型前馈网络计算。）
2. **缩放点积注意力（Scaled Dot-Product Attention）**：在原生注意力基础上，通过缩放点积运算，减小注意力分布的方差，提高模型的鲁棒性。（更正：除以 \\( \\sqrt{d_k} \\) 是因为查询和键的点积的方差随维度 \\( d_k \\) 增大，数值过大会使 softmax 饱和、梯度变得极小；缩放后训练更稳定。完整公式为 \\( \\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V \\)。）
3. **多头注意力（Multi-Head Attention）**：通过多个独立的注意力机制，将不同视角的信息进行融合，提高模型的表示能力。每个头用各自的线性投影把 Q、K、V 映射到不同的子空间，各头的输出拼接后再经过一次线性变换。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义缩放点积注意力层
class ScaledDotProductAttention(tf.keras.layers.Layer):
    def call(self, queries, keys, values, mask=None):
        # 计算点积：Q·Kᵀ / sqrt(d_k)，d_k 是键向量的维度（最后一维）
        d_k = tf.cast(tf.shape(keys)[-1], queries.dtype)
        scores = tf.matmul(queries, keys, transpose_b=True) / tf.sqrt(d_k)

        # 应用 mask（1 表示可以关注，0 表示屏蔽）
        if mask is not None:
            scores += (1.0 - tf.cast(mask, scores.dtype)) * -1e9

        # softmax 得到注意力权重，再对 values 加权求和
        attention_weights = tf.nn.softmax(scores, axis=-1)
        context = tf.matmul(attention_weights, values)

        return context, attention_weights
\`\`\`

**解析：** 注意力机制在大语言模型中起到了关键作用，通过自动学习不同部分的重要程度，提高了模型的表示能力和性能。`,
      en: `The attention mechanism is a method used in neural-network models to process sequence data; its main role is to let the model, while processing a sequence, learn automatically which parts contribute more to the current task.

1. **"Natural" (original) attention**: the original attention mechanism computes the similarity between the input sequence and the query sequence, obtains a weight vector, and takes the weighted sum of the input sequence. ("Natural Attention" is not a standard term; the attention first used in neural machine translation was the additive attention of Bahdanau et al., whose similarity is computed by a small feed-forward network.)
2. **Scaled dot-product attention**: building on the original attention, a scaled dot product reduces the variance of the attention distribution and makes the model more robust. (Correction: the scores are divided by \\( \\sqrt{d_k} \\) because the variance of the dot product of a query and a key grows with the dimension \\( d_k \\); very large values saturate the softmax and make its gradients tiny, so scaling keeps training stable. The full formula is \\( \\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V \\).)
3. **Multi-head attention**: several independent attention mechanisms fuse information from different viewpoints, improving the model's representational power. Each head projects Q, K and V into its own subspace with its own linear projections; the heads' outputs are concatenated and passed through one more linear transformation.

**Example:**

\`\`\`python
import tensorflow as tf

# Scaled dot-product attention layer
class ScaledDotProductAttention(tf.keras.layers.Layer):
    def call(self, queries, keys, values, mask=None):
        # Dot products: Q·Kᵀ / sqrt(d_k), where d_k is the key dimension (the last axis)
        d_k = tf.cast(tf.shape(keys)[-1], queries.dtype)
        scores = tf.matmul(queries, keys, transpose_b=True) / tf.sqrt(d_k)

        # Apply the mask (1 = may attend, 0 = masked out)
        if mask is not None:
            scores += (1.0 - tf.cast(mask, scores.dtype)) * -1e9

        # Softmax gives the attention weights, which weight the sum over the values
        attention_weights = tf.nn.softmax(scores, axis=-1)
        context = tf.matmul(attention_weights, values)

        return context, attention_weights
\`\`\`

**Explanation:** The attention mechanism plays a key role in large language models: by learning automatically how important the different parts are, it improves the model's representational power and performance.`,
    },
    corrections: [
      {
        zh: '示例代码无法运行且公式错误：`queries @ keys` 缺少对 keys 的转置；`tf.sqrt(tf.shape(keys)[1])` 对 int32 求平方根会报错，而且取的是序列长度而不是键向量维度 d_k；`scores + mask` 只对加性掩码（0/-inf）成立。已改为 `tf.matmul(queries, keys, transpose_b=True) / sqrt(d_k)`，并把 0/1 掩码转换为加性掩码。',
        en: "The example code does not run and computes the wrong formula: `queries @ keys` lacks the transpose of keys; `tf.sqrt(tf.shape(keys)[1])` fails on an int32 tensor and takes the sequence length instead of the key dimension d_k; `scores + mask` only works for an additive (0/-inf) mask. It now computes `tf.matmul(queries, keys, transpose_b=True) / sqrt(d_k)` and turns a 0/1 mask into an additive one.",
      },
      {
        zh: '示例在 `__init__` 中创建了从未使用的 Q、K、V 权重（且形状只是一维向量），已删除；注释"求和"实际是 softmax，已改正。',
        en: 'The example created Q, K and V weights in `__init__` that were never used (and were mere 1-D vectors); they were removed. The comment "sum" above the softmax was corrected.',
      },
      {
        zh: '种子说缩放是为了"减小注意力分布的方差，提高模型的鲁棒性"；真正的原因是点积方差随 d_k 增大会使 softmax 饱和、梯度消失。已补充说明和完整公式。"Natural Attention"并非通用术语，已注明加性注意力。',
        en: 'The seed says scaling "reduces the variance of the attention distribution and improves robustness"; the real reason is that dot products whose variance grows with d_k saturate the softmax and make gradients vanish. The explanation and the full formula were added, and "Natural Attention" (not a standard term) is now related to additive attention.',
      },
    ],
    tags: ['attention', 'transformer', 'nlp', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-attention-scaled-dot-product', 'code-attention-multi-head', 's003-6-transformer-architecture'],
    rubric: [
      {
        id: 'weighted-sum',
        point: {
          zh: '根据查询与键的相似度得到权重，对值做加权求和',
          en: 'Weights from query-key similarity, then a weighted sum of the values',
        },
        weight: 3,
        keywords: {
          zh: ['加权求和', '加权', '相似性', '相似度'],
          en: ['weighted sum', 'weighted average', 'similarity'],
        },
      },
      {
        id: 'query-key-value',
        point: { zh: '查询（Q）、键（K）、值（V）', en: 'Queries (Q), keys (K) and values (V)' },
        weight: 2,
        keywords: {
          zh: ['查询', 'query', 'keys', 'values', 'q、k、v', 'qkv'],
          en: ['query', 'queries', 'keys', 'values', 'qkv'],
        },
      },
      {
        id: 'softmax',
        point: { zh: 'softmax 把分数归一化为注意力权重', en: 'Softmax turns the scores into attention weights' },
        weight: 2,
        keywords: { zh: ['softmax', '归一化'], en: ['softmax', 'normalis', 'normaliz'] },
      },
      {
        id: 'scaling',
        point: {
          zh: '除以 √d_k，防止点积过大导致 softmax 饱和、梯度过小',
          en: 'Divide by √d_k so large dot products do not saturate the softmax and shrink gradients',
        },
        weight: 2,
        keywords: {
          zh: ['缩放', 'sqrt', '√', 'd_k', '饱和'],
          en: ['scaled', 'scaling', 'sqrt', '√', 'd_k', 'saturat'],
        },
      },
      {
        id: 'multi-head',
        point: {
          zh: '多头注意力：多个头在不同子空间并行计算后拼接',
          en: 'Multi-head attention: several heads in different subspaces, concatenated',
        },
        weight: 2,
        keywords: { zh: ['多头'], en: ['multi-head', 'multihead', 'multiple heads', 'several heads'] },
      },
      {
        id: 'masking',
        point: { zh: '掩码屏蔽不应关注的位置（填充、未来位置）', en: 'Masks block positions that must not be attended (padding, future tokens)' },
        weight: 1,
        keywords: { zh: ['mask', '掩码', '屏蔽'], en: ['mask'] },
      },
    ],
  },
  {
    slug: 's003-5-long-sequences',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§5', heading: '5. 算法面试题：如何处理大语言模型中的长序列问题？' },
    title: {
      zh: '如何处理大语言模型中的长序列问题？',
      en: 'How are long sequences handled in large language models?',
    },
    prompt: {
      zh: `如何处理大语言模型中的长序列问题？

请解释大语言模型在处理长序列时的挑战，并列举几种解决方案。`,
      en: `How are long sequences handled in large language models?

Explain the challenges large language models face with long sequences, and list several solutions.`,
    },
    modelAnswer: {
      zh: `大语言模型在处理长序列时可能会遇到以下挑战：

1. **计算资源消耗**：长序列会导致模型计算量剧增，占用大量计算资源。
2. **信息丢失**：随着序列长度的增加，模型可能无法有效捕捉序列中的长距离依赖关系。
3. **梯度消失/梯度爆炸**：长序列训练可能导致梯度消失或梯度爆炸，影响模型训练效果。

解决方案：

1. **截断（Truncation）**：将长序列截断为较短的部分，但可能损失部分信息。
2. **滑动窗口（Sliding Window）**：使用滑动窗口策略，逐步处理序列的不同部分，降低计算量。
3. **长序列编码（Long Sequence Encoding）**：使用编码器（Encoder）模型，如 Transformer，将长序列编码为固定长度的向量，减少序列长度。（更正：Transformer 编码器为每个位置输出一个向量，并不会把序列压缩为固定长度；而且标准自注意力的计算量和内存随序列长度平方增长（O(n²)），这正是长序列的难点。处理长序列常用稀疏或局部注意力（如 Longformer、BigBird）、线性注意力、FlashAttention、分段循环记忆（如 Transformer-XL）以及 RoPE、ALiBi 等便于长度外推的位置编码。）
4. **注意力机制（Attention Mechanism）**：利用注意力机制，自动学习长序列中的关键部分，提高模型对长序列的表示能力。
5. **增量训练（Incremental Training）**：逐步增加序列长度，逐步调整模型参数，适应不同长度的序列。

**举例：**

\`\`\`python
# 使用滑动窗口处理长序列：把 token 序列切成模型能接受的窗口，相邻窗口重叠 stride 个 token，
# 使每个窗口都带有前文的上下文；各窗口分别送入模型，再合并结果
def sliding_windows(ids, max_length, stride):
    if stride >= max_length:
        raise ValueError('stride 必须小于 max_length')
    windows = []
    start = 0
    while True:
        windows.append(ids[start:start + max_length])
        if start + max_length >= len(ids):  # 最后一个窗口已到达序列末尾
            break
        start += max_length - stride
    return windows

print(sliding_windows(list(range(10)), max_length=4, stride=2))
# [[0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7], [6, 7, 8, 9]]
\`\`\`

**解析：** 通过上述方法，可以有效解决大语言模型在处理长序列时的挑战，提高模型的性能。`,
      en: `Large language models may face the following challenges with long sequences:

1. **Compute consumption**: long sequences make the model's computation grow sharply and take a lot of computing resources.
2. **Information loss**: as the sequence gets longer, the model may fail to capture long-range dependencies in it.
3. **Vanishing/exploding gradients**: training on long sequences can make gradients vanish or explode, hurting training.

Solutions:

1. **Truncation**: cut the long sequence into a shorter part, at the risk of losing some information.
2. **Sliding window**: use a sliding-window strategy that processes different parts of the sequence step by step, lowering the computation.
3. **Long-sequence encoding**: use an encoder model such as a Transformer to encode the long sequence into a fixed-length vector, reducing the sequence length. (Correction: a Transformer encoder outputs one vector per position and does not compress the sequence to a fixed length; moreover the computation and memory of standard self-attention grow with the square of the sequence length (O(n²)), which is exactly what makes long sequences hard. Common remedies are sparse or local attention (e.g. Longformer, BigBird), linear attention, FlashAttention, segment-level recurrent memory (e.g. Transformer-XL), and position encodings that extrapolate to longer lengths such as RoPE and ALiBi.)
4. **Attention mechanism**: use attention to learn automatically which parts of a long sequence matter, improving the model's representation of long sequences.
5. **Incremental training**: increase the sequence length step by step and adjust the model's parameters gradually so it adapts to sequences of different lengths.

**Example:**

\`\`\`python
# Handle a long sequence with a sliding window: cut the token sequence into windows the model accepts,
# consecutive windows overlapping by stride tokens so that each window carries context from before it;
# feed each window to the model separately, then merge the results
def sliding_windows(ids, max_length, stride):
    if stride >= max_length:
        raise ValueError('stride must be smaller than max_length')
    windows = []
    start = 0
    while True:
        windows.append(ids[start:start + max_length])
        if start + max_length >= len(ids):  # the last window has reached the end of the sequence
            break
        start += max_length - stride
    return windows

print(sliding_windows(list(range(10)), max_length=4, stride=2))
# [[0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7], [6, 7, 8, 9]]
\`\`\`

**Explanation:** With the methods above, the challenges large language models face with long sequences can be handled effectively and the model's performance improved.`,
    },
    corrections: [
      {
        zh: '种子称 Transformer 编码器"将长序列编码为固定长度的向量，减少序列长度"，这是错的：编码器对每个位置输出一个向量，且自注意力开销随长度平方增长，正是长序列问题的来源。已改正，并补充了稀疏/线性注意力、FlashAttention、Transformer-XL、RoPE/ALiBi 等真正针对长序列的方法。',
        en: 'The seed claims a Transformer encoder "encodes a long sequence into a fixed-length vector, reducing the sequence length", which is wrong: the encoder outputs one vector per position, and self-attention costs grow quadratically with length, which is the source of the long-sequence problem. Corrected, and methods that really target long sequences were added (sparse/linear attention, FlashAttention, Transformer-XL, RoPE/ALiBi).',
      },
      {
        zh: '种子的示例名为"使用 Transformer 模型处理长序列"，但 Encoder/Decoder 只是若干 Dense 层的堆叠，没有任何注意力，也不处理长序列；并且在 tf.keras.Model 中给只读属性 `self.layers` 赋值会抛出 AttributeError。已换成演示第 2 种方案（滑动窗口）的可运行代码。',
        en: 'The seed\'s example claims to "handle long sequences with a Transformer", but its Encoder/Decoder are stacks of Dense layers with no attention at all and nothing specific to long sequences; assigning the read-only `self.layers` of a tf.keras.Model also raises AttributeError. It was replaced by runnable code for solution 2 (sliding window).',
      },
    ],
    tags: ['long-sequences', 'transformer', 'attention', 'nlp', 'language-models'],
    difficulty: 'HARD',
    related: ['code-data-sliding-window', 's003-4-attention-mechanism', 's003-6-transformer-architecture'],
    rubric: [
      {
        id: 'quadratic-cost',
        point: {
          zh: '计算和内存开销大：自注意力随长度平方增长',
          en: 'Compute and memory cost: self-attention grows quadratically with length',
        },
        weight: 3,
        keywords: {
          zh: ['计算量', '计算资源', '平方', 'o(n²)', 'o(n^2)', '内存'],
          en: ['quadratic', 'o(n²)', 'o(n^2)', 'computation', 'compute', 'memory'],
        },
      },
      {
        id: 'long-range-dependencies',
        point: { zh: '难以捕捉长距离依赖，梯度消失/爆炸', en: 'Hard to capture long-range dependencies; vanishing/exploding gradients' },
        weight: 2,
        keywords: {
          zh: ['长距离依赖', '梯度消失', '梯度爆炸'],
          en: ['long-range', 'long range', 'long-distance', 'vanishing', 'exploding'],
        },
      },
      {
        id: 'truncation',
        point: { zh: '截断（会丢失信息）', en: 'Truncation (loses information)' },
        weight: 1,
        keywords: { zh: ['截断'], en: ['truncat'] },
      },
      {
        id: 'sliding-window',
        point: { zh: '滑动窗口/分块处理，窗口间重叠保留上下文', en: 'Sliding windows / chunking, overlapping to keep context' },
        weight: 2,
        keywords: {
          zh: ['滑动窗口', '分块', '分段'],
          en: ['sliding window', 'sliding-window', 'chunk', 'segment'],
        },
      },
      {
        id: 'efficient-attention',
        point: {
          zh: '高效注意力：稀疏/局部/线性注意力、FlashAttention、Longformer 等',
          en: 'Efficient attention: sparse/local/linear attention, FlashAttention, Longformer, ...',
        },
        weight: 3,
        keywords: {
          zh: ['稀疏注意力', '局部注意力', '线性注意力', 'flashattention', 'longformer', 'bigbird', 'transformer-xl'],
          en: ['sparse attention', 'sparse or local attention', 'local attention', 'linear attention', 'flashattention', 'flash attention', 'longformer', 'bigbird', 'transformer-xl'],
        },
      },
      {
        id: 'length-curriculum',
        point: {
          zh: '逐步增加训练序列长度 / 可外推的位置编码（RoPE、ALiBi）',
          en: 'Gradually longer training sequences / extrapolating position encodings (RoPE, ALiBi)',
        },
        weight: 1,
        keywords: {
          zh: ['逐步增加序列长度', '增量训练', 'alibi', '外推'],
          en: ['increase the sequence length', 'incremental training', 'alibi', 'extrapolat'],
        },
      },
    ],
  },
  {
    slug: 's003-6-transformer-architecture',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§6', heading: '6. 算法面试题：请解释大语言模型中的 Transformer 架构。' },
    title: {
      zh: '请解释大语言模型中的 Transformer 架构。',
      en: 'Explain the Transformer architecture used in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的 Transformer 架构。

请解释大语言模型中的 Transformer 架构，并说明其优点。`,
      en: `Explain the Transformer architecture used in large language models.

Explain the Transformer architecture used in large language models and describe its advantages.`,
    },
    modelAnswer: {
      zh: `Transformer 架构是一种用于处理序列数据的神经网络模型，具有以下特点：

1. **自注意力机制（Self-Attention）**：允许模型在处理序列时自动学习不同部分之间的关系，提高模型的表示能力。
2. **多头注意力（Multi-Head Attention）**：通过多个独立的注意力机制，融合不同视角的信息，提高模型的表示能力。
3. **前馈神经网络（Feed-Forward Neural Network）**：在每个注意力层之后，添加一个前馈神经网络，对序列进行进一步处理。
4. **位置编码（Positional Encoding）**：为序列中的每个元素添加位置信息，使模型能够理解序列的顺序。

（补充：每个注意力子层和前馈子层外面都有残差连接和层归一化（LayerNorm），这是深层 Transformer 能够稳定训练的关键。）

**优点：**

1. **并行计算**：Transformer 使用自注意力机制，可以在计算过程中并行处理不同部分的信息，提高计算效率。
2. **长距离依赖**：通过多头注意力机制，Transformer 可以捕捉序列中的长距离依赖关系，提高模型的表示能力。
3. **灵活性**：Transformer 的结构相对简单，可以轻松地扩展和修改，适用于各种序列数据处理任务。

**举例：**

\`\`\`python
import numpy as np
import tensorflow as tf

# 正弦位置编码：pe[p, 2i] = sin(p / 10000^(2i/d))，pe[p, 2i+1] = cos(p / 10000^(2i/d))
def positional_encoding(length, d_model):
    pos = np.arange(length)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angle = pos / np.power(10000, (2 * (i // 2)) / d_model)
    return tf.constant(np.where(i % 2 == 0, np.sin(angle), np.cos(angle)), dtype=tf.float32)

# 定义一个 Transformer 编码器层
class TransformerEncoderLayer(tf.keras.layers.Layer):
    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        # 多头自注意力：每个头的维度为 d_model // num_heads
        self.attention = tf.keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads)
        # 前馈神经网络
        self.ffn = tf.keras.Sequential([
            tf.keras.layers.Dense(d_ff, activation='relu'),
            tf.keras.layers.Dense(d_model),
        ])
        self.norm1 = tf.keras.layers.LayerNormalization(epsilon=1e-5)
        self.norm2 = tf.keras.layers.LayerNormalization(epsilon=1e-5)

    def call(self, x, mask=None):
        # 自注意力 + 残差连接 + 层归一化（与原论文一致的 post-norm）
        h = self.norm1(x + self.attention(x, x, attention_mask=mask))
        # 前馈网络 + 残差连接 + 层归一化
        return self.norm2(h + self.ffn(h))

# 定义 Transformer 编码器：若干编码器层的堆叠
# （注意：tf.keras.Model 的 layers 是只读属性，不能用作属性名）
class TransformerEncoder(tf.keras.Model):
    def __init__(self, d_model, num_heads, d_ff, num_layers, max_length=512):
        super().__init__()
        self.pe = positional_encoding(max_length, d_model)
        self.encoder_layers = [TransformerEncoderLayer(d_model, num_heads, d_ff) for _ in range(num_layers)]

    def call(self, x, mask=None):
        # x: [batch, length, d_model] 的词嵌入，加上位置编码
        x = x + self.pe[:tf.shape(x)[1]]
        for layer in self.encoder_layers:
            x = layer(x, mask)
        return x
\`\`\`

**解析：** Transformer 架构在大语言模型中得到了广泛应用，其优点使其在处理序列数据时具有出色的性能。`,
      en: `The Transformer architecture is a neural-network model for processing sequence data, with the following characteristics:

1. **Self-attention**: lets the model learn automatically the relations between different parts of a sequence while processing it, improving its representational power.
2. **Multi-head attention**: several independent attention mechanisms fuse information from different viewpoints, improving representational power.
3. **Feed-forward neural network**: after each attention layer a feed-forward network processes the sequence further.
4. **Positional encoding**: adds position information to every element of the sequence so the model can understand the order of the sequence.

(Addition: every attention sub-layer and feed-forward sub-layer is wrapped in a residual connection and layer normalisation (LayerNorm), which is what lets deep Transformers train stably.)

**Advantages:**

1. **Parallel computation**: because the Transformer uses self-attention, it can process the information of different parts in parallel during computation, improving efficiency.
2. **Long-range dependencies**: with multi-head attention the Transformer can capture long-range dependencies in a sequence, improving representational power.
3. **Flexibility**: the Transformer's structure is relatively simple and easy to extend and modify, so it suits all kinds of sequence-processing tasks.

**Example:**

\`\`\`python
import numpy as np
import tensorflow as tf

# Sinusoidal positional encoding: pe[p, 2i] = sin(p / 10000^(2i/d)), pe[p, 2i+1] = cos(p / 10000^(2i/d))
def positional_encoding(length, d_model):
    pos = np.arange(length)[:, np.newaxis]
    i = np.arange(d_model)[np.newaxis, :]
    angle = pos / np.power(10000, (2 * (i // 2)) / d_model)
    return tf.constant(np.where(i % 2 == 0, np.sin(angle), np.cos(angle)), dtype=tf.float32)

# One Transformer encoder layer
class TransformerEncoderLayer(tf.keras.layers.Layer):
    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        # Multi-head self-attention: each head has dimension d_model // num_heads
        self.attention = tf.keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads)
        # Feed-forward network
        self.ffn = tf.keras.Sequential([
            tf.keras.layers.Dense(d_ff, activation='relu'),
            tf.keras.layers.Dense(d_model),
        ])
        self.norm1 = tf.keras.layers.LayerNormalization(epsilon=1e-5)
        self.norm2 = tf.keras.layers.LayerNormalization(epsilon=1e-5)

    def call(self, x, mask=None):
        # Self-attention + residual connection + layer norm (post-norm, as in the original paper)
        h = self.norm1(x + self.attention(x, x, attention_mask=mask))
        # Feed-forward network + residual connection + layer norm
        return self.norm2(h + self.ffn(h))

# Transformer encoder: a stack of encoder layers
# (note: 'layers' is a read-only property of tf.keras.Model and cannot be used as an attribute name)
class TransformerEncoder(tf.keras.Model):
    def __init__(self, d_model, num_heads, d_ff, num_layers, max_length=512):
        super().__init__()
        self.pe = positional_encoding(max_length, d_model)
        self.encoder_layers = [TransformerEncoderLayer(d_model, num_heads, d_ff) for _ in range(num_layers)]

    def call(self, x, mask=None):
        # x: word embeddings of shape [batch, length, d_model]; add the positional encoding
        x = x + self.pe[:tf.shape(x)[1]]
        for layer in self.encoder_layers:
            x = layer(x, mask)
        return x
\`\`\`

**Explanation:** The Transformer architecture is widely used in large language models; its advantages give it excellent performance on sequence data.`,
    },
    corrections: [
      {
        zh: '种子的 SelfAttention 无法运行：Q、K、V 权重只是形状为 (units,) 的一维向量，`inputs @ self._K` 与 `attention_weights @ self._V` 的形状对不上，`tf.shape(self._K)[1]` 对一维张量越界且对 int32 求 `tf.sqrt` 会报错。其 Transformer 在 tf.keras.Model 中给只读属性 `self.layers` 赋值会抛出 AttributeError，并且把"多头"写成了顺序堆叠的若干层，没有前馈网络、层归一化和位置编码。已换成一个正确的编码器层（多头自注意力 + 残差 + LayerNorm + 前馈网络）和正弦位置编码。',
        en: "The seed's SelfAttention cannot run: its Q, K, V weights are 1-D vectors of shape (units,), so `inputs @ self._K` and `attention_weights @ self._V` have mismatched shapes, and `tf.shape(self._K)[1]` is out of range for a 1-D tensor (and `tf.sqrt` of an int32 fails). Its Transformer assigns the read-only `self.layers` of a tf.keras.Model (AttributeError) and implements \"heads\" as layers stacked one after another, with no feed-forward network, layer normalisation or positional encoding. It was replaced by a correct encoder layer (multi-head self-attention + residual + LayerNorm + feed-forward network) and sinusoidal positional encoding.",
      },
      {
        zh: '种子的结构描述遗漏了残差连接和层归一化，已补充。',
        en: 'The seed\'s description of the structure leaves out residual connections and layer normalisation; they were added.',
      },
    ],
    tags: ['transformer', 'attention', 'architecture', 'nlp', 'language-models'],
    difficulty: 'HARD',
    related: [
      'code-transformer-encoder-layer',
      'code-transformer-positional-encoding',
      'code-attention-multi-head',
      'code-layers-layer-norm',
      'code-nn-activation',
      's003-4-attention-mechanism',
    ],
    rubric: [
      {
        id: 'self-attention',
        point: {
          zh: '自注意力：每个位置直接关注序列中所有位置',
          en: 'Self-attention: every position attends directly to all positions',
        },
        weight: 3,
        keywords: { zh: ['自注意力'], en: ['self-attention', 'self attention'] },
      },
      {
        id: 'multi-head',
        point: { zh: '多头注意力', en: 'Multi-head attention' },
        weight: 2,
        keywords: { zh: ['多头'], en: ['multi-head', 'multihead', 'multiple heads'] },
      },
      {
        id: 'feed-forward',
        point: { zh: '逐位置前馈网络', en: 'Position-wise feed-forward network' },
        weight: 2,
        keywords: { zh: ['前馈'], en: ['feed-forward', 'feed forward', 'ffn', 'mlp'] },
      },
      {
        id: 'positional-encoding',
        point: {
          zh: '位置编码提供顺序信息（注意力本身与顺序无关）',
          en: 'Positional encoding supplies order (attention alone is order-agnostic)',
        },
        weight: 2,
        keywords: { zh: ['位置编码', '位置嵌入', '位置信息'], en: ['positional encoding', 'position encoding', 'position embedding', 'positional embedding'] },
      },
      {
        id: 'residual-layernorm',
        point: { zh: '残差连接与层归一化', en: 'Residual connections and layer normalisation' },
        weight: 1,
        keywords: {
          zh: ['残差', '层归一化', 'layernorm'],
          en: ['residual', 'layer norm', 'layernorm', 'layer normalisation', 'layer normalization'],
        },
      },
      {
        id: 'parallelism',
        point: {
          zh: '优点：可并行计算（不像 RNN 逐步计算）',
          en: 'Advantage: parallel computation (unlike step-by-step RNNs)',
        },
        weight: 2,
        keywords: { zh: ['并行'], en: ['parallel'] },
      },
      {
        id: 'long-range',
        point: { zh: '优点：捕捉长距离依赖', en: 'Advantage: captures long-range dependencies' },
        weight: 2,
        keywords: { zh: ['长距离依赖', '长程依赖'], en: ['long-range', 'long range', 'long-distance'] },
      },
    ],
  },
  {
    slug: 's003-7-bert',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§7', heading: '7. 算法面试题：请解释大语言模型中的 BERT 模型。' },
    title: {
      zh: '请解释大语言模型中的 BERT 模型。',
      en: 'Explain the BERT model in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的 BERT 模型。

请解释大语言模型中的 BERT 模型，并说明其作用。`,
      en: `Explain the BERT model in large language models.

Explain the BERT model in large language models and describe what it is for.`,
    },
    modelAnswer: {
      zh: `BERT（Bidirectional Encoder Representations from Transformers）是一种基于 Transformer 架构的双向编码器模型，其主要作用是预训练语言表示，为下游任务提供高质量的输入表示。

**结构：**

1. **嵌入层（Embeddings）**：将单词、字符等输入转换为固定长度的向量表示。（BERT 的输入是 WordPiece 子词，嵌入由词嵌入、段嵌入（区分句子 A/B）和位置嵌入三者相加得到。）
2. **位置编码（Positional Encodings）**：为序列中的每个元素添加位置信息，使模型能够理解序列的顺序。（BERT 使用可学习的位置嵌入，而不是原始 Transformer 的正弦位置编码。）
3. **多头自注意力（Multi-Head Self-Attention）**：通过多头自注意力机制，捕捉序列中的长距离依赖关系。
4. **前馈神经网络（Feed-Forward Neural Network）**：在每个注意力层之后，添加一个前馈神经网络，对序列进行进一步处理。
5. **输出层（Output Layer）**：根据任务需求，添加相应的输出层，如分类层、回归层等。

**预训练任务（补充）：** BERT 用两个自监督任务预训练：掩码语言模型（MLM，随机遮住 15% 的 token 并预测它们）和下一句预测（NSP，判断句子 B 是否紧跟在句子 A 之后）。

**作用：**

1. **预训练语言表示**：BERT 可以通过大量无标签文本数据进行预训练，学习语言的一般规律和知识，为下游任务提供高质量的输入表示。
2. **迁移学习**：通过在特定任务上微调 BERT 模型，可以快速适应不同的任务，提高模型的性能。
3. **提高模型鲁棒性**：BERT 通过双向编码器结构，可以同时考虑序列的前后关系，提高模型的表示能力和鲁棒性。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义 BERT 模型（TransformerEncoderLayer 见第 6 题）
class BERT(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocab_size, max_length=512, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocab_size, output_dim=units)
        # 可学习的位置嵌入，以及区分句子 A/B 的段嵌入
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        self.segment_embedding = tf.keras.layers.Embedding(input_dim=2, output_dim=units)
        self.norm = tf.keras.layers.LayerNormalization(epsilon=1e-12)
        # 注意：tf.keras.Model 的 layers 和 output 是只读属性，不能用作属性名
        self.encoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.mlm_head = tf.keras.layers.Dense(units=vocab_size)  # 掩码语言模型的输出层

    def call(self, inputs, segment_ids, training=False):
        positions = tf.range(tf.shape(inputs)[1])
        x = self.embedding(inputs) + self.position_embedding(positions) + self.segment_embedding(segment_ids)
        x = self.norm(x)
        for layer in self.encoder_layers:
            x = layer(x)  # 双向：不加因果掩码，每个位置都能看到整个序列
        x = self.mlm_head(x)
        return x
\`\`\`

**解析：** BERT 是大语言模型中的一种重要模型，通过预训练和迁移学习，为下游任务提供了高质量的输入表示，显著提高了模型的性能。`,
      en: `BERT (Bidirectional Encoder Representations from Transformers) is a bidirectional encoder model based on the Transformer architecture; its main purpose is to pretrain language representations that give downstream tasks high-quality input representations.

**Structure:**

1. **Embeddings**: convert inputs such as words or characters into fixed-length vector representations. (BERT's inputs are WordPiece subwords, and the embedding is the sum of a token embedding, a segment embedding (telling sentence A from sentence B) and a position embedding.)
2. **Positional encodings**: add position information to every element of the sequence so the model can understand its order. (BERT uses learned position embeddings, not the original Transformer's sinusoidal encoding.)
3. **Multi-head self-attention**: captures long-range dependencies in the sequence through multi-head self-attention.
4. **Feed-forward neural network**: after each attention layer a feed-forward network processes the sequence further.
5. **Output layer**: add an output layer according to the task, e.g. a classification or regression layer.

**Pretraining tasks (addition):** BERT is pretrained on two self-supervised tasks: the masked language model (MLM: randomly mask 15% of the tokens and predict them) and next-sentence prediction (NSP: decide whether sentence B directly follows sentence A).

**Purpose:**

1. **Pretrained language representations**: BERT can be pretrained on large amounts of unlabelled text, learning the general regularities of and knowledge about language, and so gives downstream tasks high-quality input representations.
2. **Transfer learning**: fine-tuning BERT on a specific task adapts it quickly to different tasks and improves performance.
3. **Better robustness**: thanks to its bidirectional encoder, BERT considers both the left and the right context of the sequence at once, improving its representational power and robustness.

**Example:**

\`\`\`python
import tensorflow as tf

# BERT model (TransformerEncoderLayer as defined in question 6)
class BERT(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocab_size, max_length=512, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocab_size, output_dim=units)
        # Learned position embeddings, and segment embeddings telling sentence A from B
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        self.segment_embedding = tf.keras.layers.Embedding(input_dim=2, output_dim=units)
        self.norm = tf.keras.layers.LayerNormalization(epsilon=1e-12)
        # Note: 'layers' and 'output' are read-only properties of tf.keras.Model and cannot be attribute names
        self.encoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.mlm_head = tf.keras.layers.Dense(units=vocab_size)  # output layer of the masked language model

    def call(self, inputs, segment_ids, training=False):
        positions = tf.range(tf.shape(inputs)[1])
        x = self.embedding(inputs) + self.position_embedding(positions) + self.segment_embedding(segment_ids)
        x = self.norm(x)
        for layer in self.encoder_layers:
            x = layer(x)  # bidirectional: no causal mask, every position sees the whole sequence
        x = self.mlm_head(x)
        return x
\`\`\`

**Explanation:** BERT is an important large-language-model architecture; through pretraining and transfer learning it gives downstream tasks high-quality input representations and markedly improves performance.`,
    },
    corrections: [
      {
        zh: '种子代码无法运行：`vocab_size` 未定义（不是构造函数参数），`PositionalEncoding` 和 `TransformerLayer` 未定义，并且在 tf.keras.Model 中给只读属性 `self.layers`、`self.output` 赋值会抛出 AttributeError。已补上参数、改用 `encoder_layers`/`mlm_head` 等属性名，并复用第 6 题的编码器层。',
        en: "The seed code cannot run: `vocab_size` is undefined (not a constructor argument), `PositionalEncoding` and `TransformerLayer` are undefined, and assigning the read-only `self.layers` and `self.output` of a tf.keras.Model raises AttributeError. The argument was added, the attributes renamed (`encoder_layers`, `mlm_head`), and question 6's encoder layer is reused.",
      },
      {
        zh: 'BERT 使用可学习的位置嵌入和段嵌入、WordPiece 子词输入，而不是正弦位置编码；种子还漏掉了 BERT 的核心预训练任务 MLM 和 NSP。已补充。',
        en: 'BERT uses learned position embeddings, segment embeddings and WordPiece subword inputs, not sinusoidal positional encoding; the seed also leaves out BERT\'s core pretraining tasks, MLM and NSP. Both were added.',
      },
    ],
    tags: ['bert', 'transformer', 'pretraining', 'transfer-learning', 'nlp', 'language-models'],
    difficulty: 'MEDIUM',
    related: [
      'code-transformer-encoder-layer',
      'code-transformer-positional-encoding',
      'code-data-mlm-mask',
      's003-8-gpt',
      's003-9-roberta',
      's003-16-self-supervised-learning',
    ],
    rubric: [
      {
        id: 'bidirectional-encoder',
        point: {
          zh: '基于 Transformer 编码器的双向模型，同时利用左右上下文',
          en: 'A bidirectional Transformer encoder using left and right context at once',
        },
        weight: 3,
        keywords: {
          zh: ['双向', '编码器'],
          en: ['bidirectional', 'bi-directional', 'encoder'],
        },
      },
      {
        id: 'mlm',
        point: { zh: '掩码语言模型（MLM）预训练', en: 'Masked-language-model (MLM) pretraining' },
        weight: 3,
        keywords: {
          zh: ['掩码语言模型', 'mlm', '遮住', '掩码'],
          en: ['masked language model', 'mlm', 'masked'],
        },
      },
      {
        id: 'nsp',
        point: { zh: '下一句预测（NSP）', en: 'Next-sentence prediction (NSP)' },
        weight: 1,
        keywords: { zh: ['下一句预测', 'nsp'], en: ['next-sentence', 'next sentence', 'nsp'] },
      },
      {
        id: 'embeddings',
        point: {
          zh: '输入嵌入 = 词（WordPiece）嵌入 + 段嵌入 + 位置嵌入',
          en: 'Input embedding = token (WordPiece) + segment + position embeddings',
        },
        weight: 1,
        keywords: {
          zh: ['嵌入', 'wordpiece', '段嵌入', '位置嵌入'],
          en: ['embedding', 'wordpiece', 'segment'],
        },
      },
      {
        id: 'pretrain-unlabelled',
        point: { zh: '在大量无标签文本上预训练', en: 'Pretrained on large amounts of unlabelled text' },
        weight: 2,
        keywords: {
          zh: ['预训练', '无标签'],
          en: ['pretrain', 'pre-train', 'unlabelled', 'unlabeled'],
        },
      },
      {
        id: 'fine-tuning',
        point: { zh: '在下游任务上微调（迁移学习）', en: 'Fine-tuned on downstream tasks (transfer learning)' },
        weight: 2,
        keywords: {
          zh: ['微调', '迁移学习', '下游任务'],
          en: ['fine-tun', 'finetun', 'transfer learning', 'downstream'],
        },
      },
    ],
  },
  {
    slug: 's003-8-gpt',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§8', heading: '8. 算法面试题：请解释大语言模型中的 GPT 模型。' },
    title: {
      zh: '请解释大语言模型中的 GPT 模型。',
      en: 'Explain the GPT model in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的 GPT 模型。

请解释大语言模型中的 GPT（Generative Pretrained Transformer）模型，并说明其作用。`,
      en: `Explain the GPT model in large language models.

Explain the GPT (Generative Pretrained Transformer) model in large language models and describe what it is for.`,
    },
    modelAnswer: {
      zh: `GPT（Generative Pretrained Transformer）是一种基于 Transformer 架构的预训练语言模型，其主要作用是生成自然语言文本。（GPT 只使用 Transformer 的解码器部分，并通过因果掩码让每个位置只能看到它之前的词，以"预测下一个词"为目标在大量无标签文本上预训练。）

**结构：**

1. **嵌入层（Embeddings）**：将单词、字符等输入转换为固定长度的向量表示。
2. **位置编码（Positional Encodings）**：为序列中的每个元素添加位置信息，使模型能够理解序列的顺序。（GPT 使用可学习的位置嵌入。）
3. **多头自注意力（Multi-Head Self-Attention）**：通过多头自注意力机制，捕捉序列中的长距离依赖关系。（使用因果掩码的"掩码多头自注意力"，位置 i 只能关注位置 0 到 i。）
4. **前馈神经网络（Feed-Forward Neural Network）**：在每个注意力层之后，添加一个前馈神经网络，对序列进行进一步处理。
5. **输出层（Output Layer）**：添加一个全连接层，用于生成文本序列。

**作用：**

1. **文本生成**：GPT 模型可以通过预测下一个词来生成自然语言文本，广泛应用于聊天机器人、自动摘要、故事创作等任务。
2. **语言理解**：GPT 模型在生成文本的同时，学习了大量的语言规律和知识，为下游任务提供了高质量的输入表示。
3. **增强模型性能**：通过在特定任务上微调 GPT 模型，可以显著提高模型的性能。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义 GPT 模型（TransformerEncoderLayer 见第 6 题；加上因果掩码后就是只看前文的解码器层）
class GPT(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocabulary_size, max_length=1024, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=units)
        # 可学习的位置嵌入
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        # 注意：tf.keras.Model 的 layers 和 output 是只读属性，不能用作属性名
        self.decoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.lm_head = tf.keras.layers.Dense(units=vocabulary_size)  # 预测下一个词的输出层

    def call(self, inputs, training=False):
        length = tf.shape(inputs)[1]
        x = self.embedding(inputs) + self.position_embedding(tf.range(length))
        # 因果掩码：位置 i 只能关注位置 0..i，看不到后面的词
        causal_mask = tf.linalg.band_part(tf.ones((1, length, length)), -1, 0)
        for layer in self.decoder_layers:
            x = layer(x, causal_mask)
        x = self.lm_head(x)
        return x
\`\`\`

**解析：** GPT 是大语言模型中的一种重要模型，通过生成文本和预训练语言表示，为下游任务提供了强大的支持。`,
      en: `GPT (Generative Pretrained Transformer) is a pretrained language model based on the Transformer architecture; its main purpose is to generate natural-language text. (GPT uses only the decoder part of the Transformer, with a causal mask so that each position sees only the words before it, and is pretrained on large amounts of unlabelled text with the objective of predicting the next word.)

**Structure:**

1. **Embeddings**: convert inputs such as words or characters into fixed-length vector representations.
2. **Positional encodings**: add position information to every element of the sequence so the model can understand its order. (GPT uses learned position embeddings.)
3. **Multi-head self-attention**: captures long-range dependencies in the sequence through multi-head self-attention. (It is "masked" multi-head self-attention with a causal mask: position i can attend only to positions 0 to i.)
4. **Feed-forward neural network**: after each attention layer a feed-forward network processes the sequence further.
5. **Output layer**: a fully connected layer used to generate the text sequence.

**Purpose:**

1. **Text generation**: GPT generates natural-language text by predicting the next word; it is widely used for chatbots, automatic summarisation, story writing and similar tasks.
2. **Language understanding**: while learning to generate text, GPT learns a great deal of linguistic regularities and knowledge, giving downstream tasks high-quality input representations.
3. **Better performance**: fine-tuning GPT on a specific task markedly improves its performance.

**Example:**

\`\`\`python
import tensorflow as tf

# GPT model (TransformerEncoderLayer as in question 6; with a causal mask it becomes a decoder layer that only looks back)
class GPT(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocabulary_size, max_length=1024, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=units)
        # Learned position embeddings
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        # Note: 'layers' and 'output' are read-only properties of tf.keras.Model and cannot be attribute names
        self.decoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.lm_head = tf.keras.layers.Dense(units=vocabulary_size)  # output layer predicting the next word

    def call(self, inputs, training=False):
        length = tf.shape(inputs)[1]
        x = self.embedding(inputs) + self.position_embedding(tf.range(length))
        # Causal mask: position i may attend only to positions 0..i and cannot see later words
        causal_mask = tf.linalg.band_part(tf.ones((1, length, length)), -1, 0)
        for layer in self.decoder_layers:
            x = layer(x, causal_mask)
        x = self.lm_head(x)
        return x
\`\`\`

**Explanation:** GPT is an important large-language-model architecture; by generating text and pretraining language representations it gives strong support to downstream tasks.`,
    },
    corrections: [
      {
        zh: '种子代码无法运行：`PositionalEncoding`、`TransformerLayer` 未定义，且在 tf.keras.Model 中给只读属性 `self.layers`、`self.output` 赋值会抛出 AttributeError。更重要的是它没有因果掩码，而 GPT 作为自回归解码器必须保证每个位置看不到后面的词。已改正并加入因果掩码。',
        en: 'The seed code cannot run: `PositionalEncoding` and `TransformerLayer` are undefined, and assigning the read-only `self.layers` and `self.output` of a tf.keras.Model raises AttributeError. More importantly it has no causal mask, while GPT, an autoregressive decoder, must keep every position from seeing later words. Corrected, with a causal mask.',
      },
      {
        zh: '种子没有说明 GPT 是仅解码器、以预测下一个词为目标的自回归模型，也没有提到它使用可学习的位置嵌入；已补充。',
        en: 'The seed does not say that GPT is a decoder-only autoregressive model trained to predict the next word, nor that it uses learned position embeddings; this was added.',
      },
    ],
    tags: ['gpt', 'transformer', 'pretraining', 'text-generation', 'nlp', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-transformer-encoder-layer', 'code-transformer-positional-encoding', 's003-7-bert'],
    rubric: [
      {
        id: 'decoder-only',
        point: { zh: '仅使用 Transformer 解码器', en: 'Decoder-only Transformer' },
        weight: 2,
        keywords: { zh: ['解码器'], en: ['decoder'] },
      },
      {
        id: 'next-token',
        point: {
          zh: '自回归：以预测下一个词为目标预训练',
          en: 'Autoregressive: pretrained to predict the next word/token',
        },
        weight: 3,
        keywords: {
          zh: ['下一个词', '下一个 token', '自回归'],
          en: ['next word', 'next token', 'next-token', 'autoregressive', 'auto-regressive'],
        },
      },
      {
        id: 'causal-mask',
        point: {
          zh: '因果掩码：每个位置只能看到前文（单向）',
          en: 'Causal mask: each position sees only earlier tokens (unidirectional)',
        },
        weight: 2,
        keywords: {
          zh: ['因果掩码', '掩码', '单向', '之前的词'],
          en: ['causal', 'masked', 'unidirectional', 'left-to-right'],
        },
      },
      {
        id: 'generation',
        point: {
          zh: '用于文本生成（对话、摘要、创作）',
          en: 'Used for text generation (chat, summarisation, writing)',
        },
        weight: 2,
        keywords: { zh: ['生成'], en: ['generat'] },
      },
      {
        id: 'pretrain-finetune',
        point: {
          zh: '在大量无标签文本上预训练，可在特定任务上微调',
          en: 'Pretrained on unlabelled text, can be fine-tuned on specific tasks',
        },
        weight: 2,
        keywords: {
          zh: ['预训练', '微调'],
          en: ['pretrain', 'pre-train', 'fine-tun', 'finetun'],
        },
      },
    ],
  },
  {
    slug: 's003-9-roberta',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§9', heading: '9. 算法面试题：请解释大语言模型中的 RoBERTa 模型。' },
    title: {
      zh: '请解释大语言模型中的 RoBERTa 模型。',
      en: 'Explain the RoBERTa model in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的 RoBERTa 模型。

请解释大语言模型中的 RoBERTa 模型，并说明其作用。`,
      en: `Explain the RoBERTa model in large language models.

Explain the RoBERTa model in large language models and describe what it is for.`,
    },
    modelAnswer: {
      zh: `RoBERTa 是基于 BERT 模型的改进版本，主要针对 BERT 的训练策略进行了优化，使其在多个 NLP 任务上取得了更好的性能。

**训练策略的改进（补充）：**

1. **动态掩码**：每次把序列送入模型时重新随机生成掩码，而不是在预处理时固定一次。
2. **去掉下一句预测（NSP）**：只用掩码语言模型（MLM）目标，输入为连续的整段文本。
3. **更大的批量、更长的训练和更多的数据**：训练数据约 160GB 文本，远多于 BERT 的约 16GB。
4. **字节级 BPE 词表**：使用约 5 万个子词的字节级 BPE，替代 BERT 的 WordPiece。

**结构：**

1. **嵌入层（Embeddings）**：与 BERT 相同，将单词、字符等输入转换为固定长度的向量表示。
2. **位置编码（Positional Encodings）**：与 BERT 相同，为序列中的每个元素添加位置信息。
3. **多头自注意力（Multi-Head Self-Attention）**：与 BERT 相同，通过多头自注意力机制，捕捉序列中的长距离依赖关系。
4. **前馈神经网络（Feed-Forward Neural Network）**：与 BERT 相同，在每个注意力层之后，添加一个前馈神经网络，对序列进行进一步处理。
5. **输出层（Output Layer）**：根据任务需求，添加相应的输出层，如分类层、回归层等。

**作用：**

1. **预训练语言表示**：RoBERTa 通过在大量无标签文本上进行预训练，学习语言的一般规律和知识，为下游任务提供高质量的输入表示。
2. **迁移学习**：通过在特定任务上微调 RoBERTa 模型，可以快速适应不同的任务，提高模型的性能。
3. **提高模型鲁棒性**：RoBERTa 通过改进训练策略，提高了模型的鲁棒性和泛化能力。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义 RoBERTa 模型：结构与 BERT 相同（TransformerEncoderLayer 见第 6 题），区别在训练策略；
# 由于去掉了 NSP，不再需要区分句子 A/B 的段嵌入
class RoBERTa(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocabulary_size, max_length=512, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=units)
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        self.norm = tf.keras.layers.LayerNormalization(epsilon=1e-5)
        # 注意：tf.keras.Model 的 layers 和 output 是只读属性，不能用作属性名
        self.encoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.mlm_head = tf.keras.layers.Dense(units=vocabulary_size)  # 掩码语言模型的输出层

    def call(self, inputs, training=False):
        positions = tf.range(tf.shape(inputs)[1])
        x = self.norm(self.embedding(inputs) + self.position_embedding(positions))
        for layer in self.encoder_layers:
            x = layer(x)
        x = self.mlm_head(x)
        return x
\`\`\`

**解析：** RoBERTa 是大语言模型中的一种重要模型，通过改进 BERT 的训练策略，提高了模型的性能和鲁棒性。`,
      en: `RoBERTa is an improved version of BERT; it mainly optimises BERT's training strategy, which gives it better performance on many NLP tasks.

**What changed in the training strategy (addition):**

1. **Dynamic masking**: a new random mask is generated every time a sequence is fed to the model, instead of being fixed once during preprocessing.
2. **No next-sentence prediction (NSP)**: only the masked-language-model (MLM) objective is used, on inputs of contiguous full-length text.
3. **Larger batches, longer training and more data**: about 160 GB of training text, far more than BERT's roughly 16 GB.
4. **Byte-level BPE vocabulary**: a byte-level BPE of about 50,000 subwords replaces BERT's WordPiece.

**Structure:**

1. **Embeddings**: as in BERT, convert inputs such as words or characters into fixed-length vector representations.
2. **Positional encodings**: as in BERT, add position information to every element of the sequence.
3. **Multi-head self-attention**: as in BERT, capture long-range dependencies in the sequence through multi-head self-attention.
4. **Feed-forward neural network**: as in BERT, after each attention layer a feed-forward network processes the sequence further.
5. **Output layer**: add an output layer according to the task, e.g. a classification or regression layer.

**Purpose:**

1. **Pretrained language representations**: pretrained on large amounts of unlabelled text, RoBERTa learns the general regularities of and knowledge about language and gives downstream tasks high-quality input representations.
2. **Transfer learning**: fine-tuning RoBERTa on a specific task adapts it quickly to different tasks and improves performance.
3. **Better robustness**: its improved training strategy makes RoBERTa more robust and better at generalising.

**Example:**

\`\`\`python
import tensorflow as tf

# RoBERTa: the same structure as BERT (TransformerEncoderLayer as in question 6); the difference is the training strategy.
# Since NSP is gone, the segment embedding that tells sentence A from B is no longer needed
class RoBERTa(tf.keras.Model):
    def __init__(self, units, num_layers, num_heads, vocabulary_size, max_length=512, d_ff=3072):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=units)
        self.position_embedding = tf.keras.layers.Embedding(input_dim=max_length, output_dim=units)
        self.norm = tf.keras.layers.LayerNormalization(epsilon=1e-5)
        # Note: 'layers' and 'output' are read-only properties of tf.keras.Model and cannot be attribute names
        self.encoder_layers = [TransformerEncoderLayer(units, num_heads, d_ff) for _ in range(num_layers)]
        self.mlm_head = tf.keras.layers.Dense(units=vocabulary_size)  # output layer of the masked language model

    def call(self, inputs, training=False):
        positions = tf.range(tf.shape(inputs)[1])
        x = self.norm(self.embedding(inputs) + self.position_embedding(positions))
        for layer in self.encoder_layers:
            x = layer(x)
        x = self.mlm_head(x)
        return x
\`\`\`

**Explanation:** RoBERTa is an important large-language-model architecture; by improving BERT's training strategy it raises performance and robustness.`,
    },
    corrections: [
      {
        zh: '种子只说 RoBERTa "针对 BERT 的训练策略进行了优化"，却没有说明改了什么，而这正是这道题的要点。已补充动态掩码、去掉 NSP、更大批量与更多数据、字节级 BPE 四项改进。',
        en: 'The seed only says RoBERTa "optimises BERT\'s training strategy" without saying what changed, which is the point of the question. The four changes were added: dynamic masking, no NSP, larger batches and more data, byte-level BPE.',
      },
      {
        zh: '种子代码无法运行：`PositionalEncoding`、`TransformerLayer` 未定义，且在 tf.keras.Model 中给只读属性 `self.layers`、`self.output` 赋值会抛出 AttributeError。已改正。',
        en: 'The seed code cannot run: `PositionalEncoding` and `TransformerLayer` are undefined, and assigning the read-only `self.layers` and `self.output` of a tf.keras.Model raises AttributeError. Corrected.',
      },
    ],
    tags: ['roberta', 'bert', 'transformer', 'pretraining', 'nlp', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['s003-7-bert', 'code-data-mlm-mask', 'code-transformer-encoder-layer'],
    rubric: [
      {
        id: 'same-architecture',
        point: {
          zh: '结构与 BERT 相同，改进的是训练策略',
          en: 'Same architecture as BERT; the improvements are in training',
        },
        weight: 2,
        keywords: {
          zh: ['与 bert 相同', '训练策略', '基于 bert'],
          en: ['as in bert', 'same as bert', 'same structure as bert', 'training strategy'],
        },
      },
      {
        id: 'dynamic-masking',
        point: { zh: '动态掩码', en: 'Dynamic masking' },
        weight: 2,
        keywords: { zh: ['动态掩码'], en: ['dynamic mask'] },
      },
      {
        id: 'no-nsp',
        point: { zh: '去掉下一句预测（NSP）任务', en: 'Drops next-sentence prediction (NSP)' },
        weight: 2,
        keywords: { zh: ['nsp', '下一句预测'], en: ['nsp', 'next-sentence', 'next sentence'] },
      },
      {
        id: 'more-data-bigger-batches',
        point: {
          zh: '更多数据、更大批量、更长训练',
          en: 'More data, larger batches, longer training',
        },
        weight: 2,
        keywords: {
          zh: ['更多的数据', '更多数据', '更大的批量', '更长的训练', '160gb'],
          en: ['more data', 'larger batch', 'bigger batch', 'longer training', '160 gb', '160gb'],
        },
      },
      {
        id: 'byte-level-bpe',
        point: { zh: '字节级 BPE 词表', en: 'Byte-level BPE vocabulary' },
        weight: 1,
        keywords: { zh: ['bpe', '字节级'], en: ['bpe', 'byte-level', 'byte level'] },
      },
      {
        id: 'fine-tuning',
        point: { zh: '预训练后在下游任务上微调', en: 'Pretrained, then fine-tuned on downstream tasks' },
        weight: 1,
        keywords: {
          zh: ['微调', '迁移学习', '下游任务'],
          en: ['fine-tun', 'finetun', 'transfer learning', 'downstream'],
        },
      },
    ],
  },
  {
    slug: 's003-10-knowledge-distillation',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§10', heading: '10. 算法面试题：如何实现大语言模型中的知识蒸馏？' },
    title: {
      zh: '如何实现大语言模型中的知识蒸馏？',
      en: 'How is knowledge distillation implemented for large language models?',
    },
    prompt: {
      zh: `如何实现大语言模型中的知识蒸馏？

请解释大语言模型中的知识蒸馏（Knowledge Distillation）方法，并说明其实现步骤。`,
      en: `How is knowledge distillation implemented for large language models?

Explain the knowledge-distillation method for large language models and describe the steps to implement it.`,
    },
    modelAnswer: {
      zh: `知识蒸馏是一种将大模型（Teacher Model）的知识传递给小模型（Student Model）的方法，通过训练小模型来模仿大模型的输出，从而提高小模型的性能。

**实现步骤：**

1. **初始化**：初始化大模型（Teacher Model）和小模型（Student Model）。
2. **计算软标签**：将大模型的输出作为软标签，为小模型提供指导。（软标签是教师模型的 logits 除以温度 T 后再做 softmax 得到的概率分布；T > 1 会让分布更平滑，保留"哪些错误类别更相似"的信息。）
3. **训练小模型**：使用软标签和真实标签（硬标签）共同训练小模型：损失 = α · T² · KL(教师的软分布 ‖ 学生的软分布) + (1 − α) · 交叉熵(真实标签, 学生输出)。乘以 T² 是为了让软损失的梯度量级不随温度变化。
4. **迭代更新**：重复步骤 2 和 3，直到小模型性能达到预定的阈值。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义 Teacher Model 和 Student Model（都输出 logits）
teacher_model = ...  # 大模型（已训练好）
student_model = ...  # 小模型
optimizer = tf.keras.optimizers.Adam()
T = 4.0      # 温度
alpha = 0.5  # 软标签损失的权重
kl = tf.keras.losses.KLDivergence()
ce = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# 训练小模型
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        # 计算 Teacher Model 的输出（教师不参与训练）
        teacher_logits = teacher_model(inputs, training=False)

        with tf.GradientTape() as tape:
            # 计算 Student Model 的输出
            student_logits = student_model(inputs, training=True)

            # 计算损失函数：软标签损失（温度 T 下的 KL 散度，乘以 T²）+ 硬标签损失
            soft_loss = kl(tf.nn.softmax(teacher_logits / T), tf.nn.softmax(student_logits / T)) * T ** 2
            hard_loss = ce(targets, student_logits)
            loss = alpha * soft_loss + (1 - alpha) * hard_loss

        # 更新模型参数（只更新学生模型）
        grads = tape.gradient(loss, student_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, student_model.trainable_variables))
\`\`\`

**解析：** 通过知识蒸馏，小模型可以学习和模仿大模型的输出，从而提高小模型的性能。`,
      en: `Knowledge distillation is a method that passes the knowledge of a large model (the teacher model) on to a small model (the student model): the small model is trained to imitate the large model's outputs, which improves its performance.

**Implementation steps:**

1. **Initialise**: initialise the large model (teacher) and the small model (student).
2. **Compute soft labels**: use the large model's outputs as soft labels that guide the small model. (The soft labels are the probability distribution obtained by dividing the teacher's logits by a temperature T and applying softmax; T > 1 smooths the distribution and keeps the information about which wrong classes are similar.)
3. **Train the small model**: train the small model on the soft labels together with the true (hard) labels: loss = α · T² · KL(teacher's soft distribution ‖ student's soft distribution) + (1 − α) · cross-entropy(true labels, student output). The factor T² keeps the magnitude of the soft loss's gradients independent of the temperature.
4. **Iterate**: repeat steps 2 and 3 until the small model's performance reaches a preset threshold.

**Example:**

\`\`\`python
import tensorflow as tf

# Teacher and student models (both output logits)
teacher_model = ...  # large model (already trained)
student_model = ...  # small model
optimizer = tf.keras.optimizers.Adam()
T = 4.0      # temperature
alpha = 0.5  # weight of the soft-label loss
kl = tf.keras.losses.KLDivergence()
ce = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# Train the small model
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        # Teacher outputs (the teacher is not trained)
        teacher_logits = teacher_model(inputs, training=False)

        with tf.GradientTape() as tape:
            # Student outputs
            student_logits = student_model(inputs, training=True)

            # Loss: soft-label loss (KL divergence at temperature T, times T²) + hard-label loss
            soft_loss = kl(tf.nn.softmax(teacher_logits / T), tf.nn.softmax(student_logits / T)) * T ** 2
            hard_loss = ce(targets, student_logits)
            loss = alpha * soft_loss + (1 - alpha) * hard_loss

        # Update the parameters (of the student only)
        grads = tape.gradient(loss, student_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, student_model.trainable_variables))
\`\`\`

**Explanation:** Through knowledge distillation the small model learns to imitate the large model's outputs, which improves its performance.`,
    },
    corrections: [
      {
        zh: '种子第 3 步"使用软标签和小模型的目标标签（如损失函数的输出）"含义不清；已改为软标签与真实标签共同训练，并给出带温度 T、权重 α 和 T² 因子的标准蒸馏损失。',
        en: 'The seed\'s step 3, "use the soft labels and the small model\'s target labels (such as the output of the loss function)", is garbled; it now trains on soft labels together with the true labels and gives the standard distillation loss with temperature T, weight α and the T² factor.',
      },
      {
        zh: '种子代码只用教师输出的交叉熵，没有温度，也不使用真实标签；`student_model.optimizer.minimize(loss, ...)` 传入张量在 TF2 中无法求梯度；`if loss < threshold: break` 只跳出内层循环。已改为使用 `tf.GradientTape` 的完整蒸馏训练循环。',
        en: 'The seed code uses only cross-entropy against the teacher outputs, with no temperature and no true labels; `student_model.optimizer.minimize(loss, ...)` on a tensor cannot compute gradients in TF2; and `if loss < threshold: break` only leaves the inner loop. It was replaced by a complete distillation loop using `tf.GradientTape`.',
      },
    ],
    tags: ['distillation', 'compression', 'training', 'language-models'],
    difficulty: 'HARD',
    related: ['code-training-distillation-loss', 'train-distill-student', 's002-2-model-compression', 's003-14-inference-speed'],
    rubric: [
      {
        id: 'teacher-student',
        point: {
          zh: '大模型（教师）把知识传给小模型（学生）',
          en: 'A large teacher model passes its knowledge to a small student model',
        },
        weight: 2,
        keywords: {
          zh: ['教师', '学生', 'teacher', 'student'],
          en: ['teacher', 'student'],
        },
      },
      {
        id: 'soft-labels',
        point: {
          zh: '以教师输出的概率分布作为软标签',
          en: "The teacher's output distribution serves as soft labels/targets",
        },
        weight: 3,
        keywords: { zh: ['软标签', '软目标'], en: ['soft label', 'soft target', 'soft-label', 'soft-target'] },
      },
      {
        id: 'temperature',
        point: {
          zh: '温度 T 软化 softmax 分布',
          en: 'A temperature T softens the softmax distribution',
        },
        weight: 2,
        keywords: { zh: ['温度'], en: ['temperature'] },
      },
      {
        id: 'combined-loss',
        point: {
          zh: '损失 = 软标签 KL 散度（乘 T²）与真实标签交叉熵的加权和',
          en: 'Loss = weighted sum of the soft-label KL divergence (times T²) and the hard-label cross-entropy',
        },
        weight: 3,
        keywords: {
          zh: ['kl(', 'kl 散度', 'kl散度', '散度', '硬标签', '真实标签'],
          en: ['kl(', 'kl divergence', 'kullback', 'divergence', 'hard label', 'hard-label', 'true label'],
        },
      },
      {
        id: 'purpose',
        point: {
          zh: '得到更小、更快且性能接近教师的模型',
          en: 'Yields a smaller, faster model that performs close to the teacher',
        },
        weight: 1,
        keywords: {
          zh: ['小模型', '提高小模型的性能', '压缩'],
          en: ['small model', 'smaller model', 'compress'],
        },
      },
    ],
  },
  {
    slug: 's003-11-model-fusion',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§11', heading: '11. 算法面试题：请解释大语言模型中的融合策略。' },
    title: {
      zh: '请解释大语言模型中的融合策略。',
      en: 'Explain fusion (ensembling) strategies in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的融合策略。

请解释大语言模型中的融合策略，并说明其作用。`,
      en: `Explain fusion (ensembling) strategies in large language models.

Explain fusion strategies in large language models and describe what they do.`,
    },
    modelAnswer: {
      zh: `融合策略是一种将多个模型或模型的不同部分结合起来的方法，以改善模型的性能和泛化能力。

**作用：**

1. **提高模型性能**：通过融合多个模型，可以充分利用各个模型的优势，提高模型的整体性能。
2. **减少过拟合**：融合策略可以减少模型的过拟合现象，提高模型的泛化能力。
3. **鲁棒性增强**：通过融合不同模型或模型的不同部分，可以增强模型的鲁棒性，提高其在各种任务上的性能。

（注意：融合需要运行多个模型，推理的计算量和延迟也会随之增加。）

**常见融合策略：**

1. **模型级融合（Model Ensembling）**：将多个模型的结果进行投票或加权平均，得到最终的预测结果。
2. **特征级融合（Feature Ensembling）**：将多个模型提取的特征进行拼接或融合，作为输入送入另一个模型进行预测。
3. **层级融合（Hierarchical Ensembling）**：将多个模型的输出在不同层级上进行融合，提高模型的表示能力。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义三个模型（已分别训练好，输出各类别的概率）
model1 = ...  # 模型 1
model2 = ...  # 模型 2
model3 = ...  # 模型 3

def ensemble_predict(inputs, weights=(0.5, 0.3, 0.2)):
    # 获取各个模型的输出
    outputs = [model1(inputs), model2(inputs), model3(inputs)]

    # 计算融合策略：加权平均（权重之和为 1）
    final_output = tf.add_n([w * out for w, out in zip(weights, outputs)])

    # 取概率最大的类别作为最终预测结果
    return tf.argmax(final_output, axis=-1)
\`\`\`

**解析：** 通过融合策略，可以提高大语言模型的性能和泛化能力，为下游任务提供更可靠的预测结果。`,
      en: `A fusion strategy combines several models, or different parts of a model, to improve performance and generalisation.

**Purpose:**

1. **Better performance**: fusing several models makes full use of each model's strengths and improves overall performance.
2. **Less overfitting**: fusion reduces overfitting and improves the model's ability to generalise.
3. **More robustness**: fusing different models or different parts of a model makes the model more robust and improves its performance across tasks.

(Note: fusion has to run several models, so inference computation and latency grow accordingly.)

**Common fusion strategies:**

1. **Model-level fusion (model ensembling)**: combine the results of several models by voting or weighted averaging to get the final prediction.
2. **Feature-level fusion (feature ensembling)**: concatenate or otherwise fuse the features extracted by several models and feed them as input to another model that makes the prediction.
3. **Hierarchical fusion (hierarchical ensembling)**: fuse the outputs of several models at different levels, improving representational power.

**Example:**

\`\`\`python
import tensorflow as tf

# Three models (each trained separately, outputting class probabilities)
model1 = ...  # model 1
model2 = ...  # model 2
model3 = ...  # model 3

def ensemble_predict(inputs, weights=(0.5, 0.3, 0.2)):
    # Outputs of the individual models
    outputs = [model1(inputs), model2(inputs), model3(inputs)]

    # Fusion: weighted average (weights sum to 1)
    final_output = tf.add_n([w * out for w, out in zip(weights, outputs)])

    # The most probable class is the final prediction
    return tf.argmax(final_output, axis=-1)
\`\`\`

**Explanation:** Fusion strategies improve the performance and generalisation of large language models and give downstream tasks more reliable predictions.`,
    },
    corrections: [
      { ...LOSS_ARGUMENT_ORDER_CORRECTION },
      { ...TRAINING_LOOP_CORRECTION },
      {
        zh: '种子示例用加权和的损失同时训练三个模型，这其实是联合训练一个组合模型，而不是对已训练模型做融合；并且三个 `optimizer.minimize` 都无法求梯度。已改为对分别训练好的模型在推理时做加权平均并取 argmax 的示例，并注明融合会增加推理成本。',
        en: "The seed's example trains the three models together on the loss of their weighted sum, which is joint training of one combined model rather than fusing trained models, and none of its three `optimizer.minimize` calls can compute gradients. It was replaced by inference-time weighted averaging of separately trained models followed by argmax, with a note that fusion raises inference cost.",
      },
    ],
    tags: ['ensembling', 'model-fusion', 'generalization', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-ensemble-combine', 's000-1-3-optimizing-inference-performance'],
    rubric: [
      {
        id: 'model-level',
        point: {
          zh: '模型级融合：投票或加权平均多个模型的预测',
          en: 'Model-level fusion: vote or weighted-average several models\' predictions',
        },
        weight: 3,
        keywords: {
          zh: ['投票', '加权平均', '模型级'],
          en: ['voting', 'vote', 'weighted averag', 'model-level', 'model level'],
        },
      },
      {
        id: 'feature-level',
        point: {
          zh: '特征级融合：拼接多个模型的特征再送入另一模型',
          en: 'Feature-level fusion: concatenate features of several models into another model',
        },
        weight: 2,
        keywords: {
          zh: ['特征级', '拼接'],
          en: ['feature-level', 'feature level', 'concatenat'],
        },
      },
      {
        id: 'hierarchical-stacking',
        point: {
          zh: '层级融合 / stacking：在不同层级组合模型输出',
          en: 'Hierarchical fusion / stacking: combine outputs at different levels',
        },
        weight: 1,
        keywords: {
          zh: ['层级融合', 'stacking', '堆叠'],
          en: ['hierarchical', 'stacking'],
        },
      },
      {
        id: 'benefits',
        point: {
          zh: '作用：提高性能、减少过拟合、增强鲁棒性',
          en: 'Benefits: better performance, less overfitting, more robustness',
        },
        weight: 2,
        keywords: {
          zh: ['过拟合', '鲁棒', '泛化'],
          en: ['overfitting', 'robust', 'generalis', 'generaliz', 'variance'],
        },
      },
      {
        id: 'cost',
        point: { zh: '代价：推理需要运行多个模型', en: 'Cost: inference must run several models' },
        weight: 1,
        keywords: {
          zh: ['推理的计算量', '计算量', '延迟', '成本'],
          en: ['latency', 'inference computation', 'inference cost', 'several models'],
        },
      },
    ],
  },
  {
    slug: 's003-12-pretraining-strategies',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§12', heading: '12. 算法面试题：请解释大语言模型中的预训练策略。' },
    title: {
      zh: '请解释大语言模型中的预训练策略。',
      en: 'Explain pretraining strategies for large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的预训练策略。

请解释大语言模型中的预训练策略，并说明其作用。`,
      en: `Explain pretraining strategies for large language models.

Explain pretraining strategies for large language models and describe what they do.`,
    },
    modelAnswer: {
      zh: `预训练策略是一种在大规模无标签数据上进行训练，然后在小规模有标签数据上进行微调的方法，以提高模型的性能和泛化能力。

**作用：**

1. **提高模型性能**：预训练可以使模型在无标签数据上学习到丰富的知识，从而提高模型在有标签数据上的性能。
2. **减少数据依赖**：通过预训练，模型可以减少对有标签数据的依赖，降低数据集大小和获取成本。
3. **提高泛化能力**：预训练可以使模型学习到通用特征，提高模型的泛化能力，从而在不同任务上表现更好。

**常见预训练策略：**

1. **语言模型预训练（Language Model Pretraining）**：在大量无标签文本数据上预训练语言模型，学习文本的语义和语法规则。（常见目标有预测下一个词的因果语言模型（如 GPT）和掩码语言模型（如 BERT）。）
2. **任务级预训练（Task-Level Pretraining）**：在特定任务上预训练模型，为下游任务提供高质量的输入表示。
3. **领域级预训练（Domain-Level Pretraining）**：在特定领域上预训练模型，提高模型在特定领域的性能。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义预训练模型
pretrained_model = ...  # 预训练模型（输出各类别的概率）
optimizer = tf.keras.optimizers.Adam(learning_rate=2e-5)  # 微调通常使用较小的学习率

# 微调预训练模型
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # 预训练模型进行预测
            predictions = pretrained_model(inputs, training=True)

            # 计算损失函数（参数顺序为 y_true, y_pred）
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, predictions))

        # 更新模型参数
        grads = tape.gradient(loss, pretrained_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, pretrained_model.trainable_variables))
\`\`\`

**解析：** 预训练策略可以显著提高大语言模型的性能和泛化能力，为下游任务提供高质量的输入表示。`,
      en: `A pretraining strategy trains on large-scale unlabelled data and then fine-tunes on small-scale labelled data, to improve the model's performance and generalisation.

**Purpose:**

1. **Better performance**: pretraining lets the model learn rich knowledge from unlabelled data, which improves its performance on the labelled data.
2. **Less dependence on data**: with pretraining the model depends less on labelled data, reducing the dataset size and the cost of obtaining it.
3. **Better generalisation**: pretraining lets the model learn general-purpose features, improving generalisation so it does better across tasks.

**Common pretraining strategies:**

1. **Language-model pretraining**: pretrain a language model on large amounts of unlabelled text so it learns the semantics and grammar of text. (Common objectives are causal language modelling, i.e. predicting the next word (e.g. GPT), and masked language modelling (e.g. BERT).)
2. **Task-level pretraining**: pretrain the model on a specific task to give downstream tasks high-quality input representations.
3. **Domain-level pretraining**: pretrain the model on a specific domain to improve its performance in that domain.

**Example:**

\`\`\`python
import tensorflow as tf

# The pretrained model
pretrained_model = ...  # pretrained model (outputs class probabilities)
optimizer = tf.keras.optimizers.Adam(learning_rate=2e-5)  # fine-tuning usually uses a small learning rate

# Fine-tune the pretrained model
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # The pretrained model makes its predictions
            predictions = pretrained_model(inputs, training=True)

            # Loss (arguments in the order y_true, y_pred)
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, predictions))

        # Update the model parameters
        grads = tape.gradient(loss, pretrained_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, pretrained_model.trainable_variables))
\`\`\`

**Explanation:** Pretraining strategies markedly improve the performance and generalisation of large language models and give downstream tasks high-quality input representations.`,
    },
    corrections: [
      { ...LOSS_ARGUMENT_ORDER_CORRECTION },
      { ...TRAINING_LOOP_CORRECTION },
      {
        zh: '种子没有说明语言模型预训练的具体目标；已补充因果语言模型（预测下一个词）和掩码语言模型。',
        en: 'The seed does not name the objectives of language-model pretraining; causal language modelling (next-word prediction) and masked language modelling were added.',
      },
    ],
    tags: ['pretraining', 'fine-tuning', 'transfer-learning', 'language-models', 'nlp'],
    difficulty: 'MEDIUM',
    related: ['s003-13-transfer-learning', 's003-16-self-supervised-learning', 's003-7-bert', 's003-8-gpt'],
    rubric: [
      {
        id: 'pretrain-then-finetune',
        point: {
          zh: '先在大规模无标签数据上预训练，再在小规模有标签数据上微调',
          en: 'Pretrain on large unlabelled data, then fine-tune on small labelled data',
        },
        weight: 3,
        keywords: {
          zh: ['无标签', '微调'],
          en: ['unlabelled', 'unlabeled', 'fine-tun', 'finetun'],
        },
      },
      {
        id: 'objectives',
        point: {
          zh: '预训练目标：因果语言模型（下一个词）、掩码语言模型',
          en: 'Objectives: causal LM (next word), masked LM',
        },
        weight: 2,
        keywords: {
          zh: ['语言模型', '下一个词', '掩码'],
          en: ['language model', 'next word', 'next token', 'masked'],
        },
      },
      {
        id: 'domain-task',
        point: {
          zh: '任务级、领域级（继续）预训练',
          en: 'Task-level and domain-level (continued) pretraining',
        },
        weight: 1,
        keywords: {
          zh: ['领域', '任务级'],
          en: ['domain', 'task-level', 'task level'],
        },
      },
      {
        id: 'less-labelled-data',
        point: {
          zh: '减少对有标签数据的依赖',
          en: 'Reduces the need for labelled data',
        },
        weight: 2,
        keywords: {
          zh: ['有标签数据的依赖', '减少数据依赖', '标注成本', '获取成本'],
          en: ['labelled data', 'labeled data', 'less dependence', 'cost of obtaining'],
        },
      },
      {
        id: 'generalisation',
        point: {
          zh: '学到通用特征，提高性能和泛化能力',
          en: 'Learns general-purpose features, improving performance and generalisation',
        },
        weight: 2,
        keywords: {
          zh: ['通用特征', '泛化'],
          en: ['general-purpose', 'general features', 'generalis', 'generaliz'],
        },
      },
    ],
  },
  {
    slug: 's003-13-transfer-learning',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§13', heading: '13. 算法面试题：请解释大语言模型中的迁移学习。' },
    title: {
      zh: '请解释大语言模型中的迁移学习。',
      en: 'Explain transfer learning in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的迁移学习。

请解释大语言模型中的迁移学习（Transfer Learning）方法，并说明其作用。`,
      en: `Explain transfer learning in large language models.

Explain the transfer-learning method in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `迁移学习是一种将已在大规模数据集上预训练的模型（源域模型）应用于新的数据集（目标域）的方法，以提高新任务上的性能。

**作用：**

1. **提高模型性能**：通过迁移学习，可以将源域模型的知识转移到目标域，提高目标域模型的性能。
2. **减少训练时间**：迁移学习可以减少目标域模型的训练时间，因为源域模型已经学习到了大量的通用特征。
3. **提高泛化能力**：迁移学习可以使模型学习到通用特征，提高模型的泛化能力，从而在不同任务上表现更好。

**常见迁移学习方法：**

1. **模型级迁移（Model Transfer）**：将源域模型的权重直接应用到目标域模型上，进行微调。
2. **特征级迁移（Feature Transfer）**：将源域模型的特征提取器应用到目标域模型上，提取特征后进行下游任务训练。
3. **层级迁移（Hierarchical Transfer）**：将源域模型的多个层级的知识迁移到目标域模型上，提高模型的表示能力。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义源域模型和目标域模型
source_model = ...  # 源域模型（已预训练）
num_classes = ...   # 目标任务的类别数

# 复用源域模型除输出层外的部分作为特征提取器，先冻结其参数
feature_extractor = tf.keras.Model(source_model.input, source_model.layers[-2].output)
feature_extractor.trainable = False

# 目标域模型 = 预训练的特征提取器 + 新的输出层
target_model = tf.keras.Sequential([
    feature_extractor,
    tf.keras.layers.Dense(num_classes, activation='softmax'),
])
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)

# 微调目标域模型（之后可以解冻部分层，用更小的学习率继续微调）
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # 目标域模型进行预测
            target_predictions = target_model(inputs, training=True)

            # 计算损失函数（参数顺序为 y_true, y_pred）
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, target_predictions))

        # 更新模型参数
        grads = tape.gradient(loss, target_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, target_model.trainable_variables))
\`\`\`

**解析：** 迁移学习可以显著提高大语言模型在新任务上的性能，减少训练时间和数据依赖。`,
      en: `Transfer learning applies a model already pretrained on a large dataset (the source-domain model) to a new dataset (the target domain), to improve performance on the new task.

**Purpose:**

1. **Better performance**: transfer learning moves the knowledge of the source-domain model to the target domain, improving the target-domain model's performance.
2. **Less training time**: transfer learning shortens the target-domain model's training, because the source-domain model has already learned a large number of general-purpose features.
3. **Better generalisation**: transfer learning lets the model learn general-purpose features, improving generalisation so it does better across tasks.

**Common transfer-learning methods:**

1. **Model-level transfer**: apply the source-domain model's weights directly to the target-domain model and fine-tune.
2. **Feature-level transfer**: apply the source-domain model's feature extractor in the target-domain model, extract features, then train for the downstream task.
3. **Hierarchical (layer-wise) transfer**: transfer the knowledge of several levels (layers) of the source-domain model to the target-domain model, improving its representational power.

**Example:**

\`\`\`python
import tensorflow as tf

# Source-domain and target-domain models
source_model = ...  # source-domain model (pretrained)
num_classes = ...   # number of classes of the target task

# Reuse everything but the source model's output layer as a feature extractor, frozen at first
feature_extractor = tf.keras.Model(source_model.input, source_model.layers[-2].output)
feature_extractor.trainable = False

# Target-domain model = pretrained feature extractor + a new output layer
target_model = tf.keras.Sequential([
    feature_extractor,
    tf.keras.layers.Dense(num_classes, activation='softmax'),
])
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)

# Fine-tune the target-domain model (later, some layers can be unfrozen and fine-tuned with a smaller learning rate)
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # The target-domain model makes its predictions
            target_predictions = target_model(inputs, training=True)

            # Loss (arguments in the order y_true, y_pred)
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, target_predictions))

        # Update the model parameters
        grads = tape.gradient(loss, target_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, target_model.trainable_variables))
\`\`\`

**Explanation:** Transfer learning markedly improves a large language model's performance on new tasks and reduces training time and the dependence on data.`,
    },
    corrections: [
      {
        zh: '种子示例并没有迁移任何东西：目标域模型与源域模型毫无关联，`source_predictions` 算出来后从未使用。已改为复用源域模型的特征提取器（先冻结）并加上新的输出层再微调。',
        en: "The seed's example transfers nothing: the target-domain model is unrelated to the source-domain model, and `source_predictions` is computed but never used. It now reuses the source model's feature extractor (frozen at first) under a new output layer and fine-tunes that.",
      },
      { ...LOSS_ARGUMENT_ORDER_CORRECTION },
      { ...TRAINING_LOOP_CORRECTION },
    ],
    tags: ['transfer-learning', 'fine-tuning', 'pretraining', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['s003-12-pretraining-strategies', 's003-7-bert'],
    rubric: [
      {
        id: 'source-to-target',
        point: {
          zh: '把源域（预训练）模型的知识迁移到目标域/新任务',
          en: 'Transfer knowledge from a source-domain (pretrained) model to a target domain/new task',
        },
        weight: 3,
        keywords: {
          zh: ['源域', '目标域', '预训练'],
          en: ['source domain', 'source-domain', 'source model', 'target domain', 'pretrained', 'pre-trained'],
        },
      },
      {
        id: 'fine-tuning',
        point: {
          zh: '模型级迁移：加载权重后在目标任务上微调',
          en: 'Model-level transfer: load the weights and fine-tune on the target task',
        },
        weight: 2,
        keywords: { zh: ['微调'], en: ['fine-tun', 'finetun'] },
      },
      {
        id: 'feature-extraction',
        point: {
          zh: '特征级迁移：冻结预训练特征提取器，只训练新的输出层',
          en: 'Feature-level transfer: freeze the pretrained feature extractor, train a new head',
        },
        weight: 2,
        keywords: {
          zh: ['特征提取器', '冻结', '特征级'],
          en: ['feature extractor', 'freeze', 'frozen', 'feature-level'],
        },
      },
      {
        id: 'layer-wise',
        point: {
          zh: '层级迁移：选择迁移/解冻哪些层',
          en: 'Layer-wise transfer: choose which layers to transfer or unfreeze',
        },
        weight: 1,
        keywords: {
          zh: ['层级', '解冻'],
          en: ['hierarchical', 'layer-wise', 'unfreeze', 'unfrozen'],
        },
      },
      {
        id: 'benefits',
        point: {
          zh: '作用：减少训练时间和对数据的依赖，提高性能与泛化',
          en: 'Benefits: less training time and data, better performance and generalisation',
        },
        weight: 2,
        keywords: {
          zh: ['训练时间', '数据依赖', '泛化'],
          en: ['training time', 'less data', 'dependence on data', 'generalis', 'generaliz'],
        },
      },
    ],
  },
  {
    slug: 's003-14-inference-speed',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§14', heading: '14. 算法面试题：如何优化大语言模型的推理速度？' },
    title: {
      zh: '如何优化大语言模型的推理速度？',
      en: 'How can the inference speed of a large language model be improved?',
    },
    prompt: {
      zh: `如何优化大语言模型的推理速度？

请解释如何优化大语言模型的推理速度，并列举几种方法。`,
      en: `How can the inference speed of a large language model be improved?

Explain how to improve the inference speed of a large language model and list several methods.`,
    },
    modelAnswer: {
      zh: `优化大语言模型的推理速度是提高模型应用效率的关键，以下是一些常用的方法：

1. **模型压缩**：通过模型压缩技术，如量化、剪枝、低秩分解等，减少模型参数量，提高推理速度。
2. **模型剪枝（Model Pruning）**：去除模型中不重要的连接和神经元，降低模型复杂性。
3. **模型量化（Model Quantization）**：将浮点数权重转换为低比特宽度的整数表示，减少内存和计算需求。
4. **模型蒸馏（Model Distillation）**：将大模型的输出作为软标签，训练小模型来模仿大模型的输出，减少模型大小。
5. **增量推理（Incremental Inference）**：在推理过程中逐步更新模型参数，减少计算量。（更正：推理时模型参数不会更新。自回归生成中的增量推理是指缓存已生成 token 的键和值（KV Cache），每一步只为新 token 计算注意力，避免重复计算前文。）
6. **硬件加速**：使用 GPU、TPU 等硬件加速推理过程。
7. **并发推理**：使用多线程或多 GPU 并行推理，提高推理速度。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义原始模型
original_model = ...  # 原始模型（已训练好的 Keras 模型）

# 定义压缩模型：训练后量化，把权重转换为 8 位整数，模型约缩小为原来的 1/4，推理更快
converter = tf.lite.TFLiteConverter.from_keras_model(original_model)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
compressed_model = converter.convert()

with open('model_quantized.tflite', 'wb') as f:
    f.write(compressed_model)

# 使用压缩模型进行推理
interpreter = tf.lite.Interpreter(model_content=compressed_model)
interpreter.allocate_tensors()
\`\`\`

**解析：** 通过上述方法，可以显著提高大语言模型的推理速度，适用于实时应用场景。`,
      en: `Improving the inference speed of a large language model is key to using it efficiently. Common methods are:

1. **Model compression**: use compression techniques such as quantization, pruning and low-rank factorization to reduce the number of parameters and raise inference speed.
2. **Model pruning**: remove unimportant connections and neurons, lowering the model's complexity.
3. **Model quantization**: convert floating-point weights to low-bit-width integers, reducing memory and compute needs.
4. **Model distillation**: use the large model's outputs as soft labels and train a small model to imitate them, reducing the model's size.
5. **Incremental inference**: update the model's parameters step by step during inference to reduce computation. (Correction: the model's parameters are not updated during inference. In autoregressive generation, incremental inference means caching the keys and values of the tokens already generated (the KV cache), so that each step computes attention only for the new token instead of recomputing the whole prefix.)
6. **Hardware acceleration**: accelerate inference with hardware such as GPUs and TPUs.
7. **Concurrent inference**: run inference in parallel on several threads or GPUs to raise inference speed.

**Example:**

\`\`\`python
import tensorflow as tf

# The original model
original_model = ...  # original model (a trained Keras model)

# The compressed model: post-training quantization converts the weights to 8-bit integers,
# making the model about 4 times smaller and faster at inference
converter = tf.lite.TFLiteConverter.from_keras_model(original_model)
converter.optimizations = [tf.lite.Optimize.DEFAULT]
compressed_model = converter.convert()

with open('model_quantized.tflite', 'wb') as f:
    f.write(compressed_model)

# Run inference with the compressed model
interpreter = tf.lite.Interpreter(model_content=compressed_model)
interpreter.allocate_tensors()
\`\`\`

**Explanation:** With the methods above, the inference speed of large language models can be raised markedly, which suits real-time applications.`,
    },
    corrections: [
      {
        zh: '种子称增量推理是"在推理过程中逐步更新模型参数"，这是错的：推理不更新参数。自回归生成中的增量推理指 KV Cache（缓存已生成 token 的键和值）。已改正。',
        en: 'The seed says incremental inference "updates the model\'s parameters step by step during inference", which is wrong: inference never updates parameters. Incremental inference in autoregressive generation means the KV cache (caching the keys and values of the tokens already generated). Corrected.',
      },
      {
        zh: '种子示例只是从头训练一个"压缩模型"，既没有展示任何压缩方法，又把 `categorical_crossentropy` 的参数顺序写反，并对张量调用 `optimizer.minimize`（TF2 中无法求梯度）。已换成用 TFLite 做训练后量化的可运行示例。',
        en: 'The seed\'s example merely trains a "compressed model" from scratch: it shows no compression method at all, swaps the arguments of `categorical_crossentropy`, and calls `optimizer.minimize` on a tensor (which cannot compute gradients in TF2). It was replaced by a runnable example of post-training quantization with TFLite.',
      },
    ],
    tags: ['inference', 'optimization', 'quantization', 'pruning', 'distillation', 'compression', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-compress-quantize', 's003-10-knowledge-distillation', 's002-2-model-compression'],
    rubric: [
      {
        id: 'quantization',
        point: {
          zh: '量化：低比特整数（INT8 等）权重，减少内存和计算',
          en: 'Quantization: low-bit integer (e.g. INT8) weights cut memory and compute',
        },
        weight: 3,
        keywords: {
          zh: ['量化', 'int8', '8 位整数', '低比特'],
          en: ['quantization', 'quantisation', 'quantize', 'quantise', 'int8', '8-bit', 'low-bit'],
        },
      },
      {
        id: 'pruning',
        point: { zh: '剪枝：去除不重要的连接和神经元', en: 'Pruning: remove unimportant connections and neurons' },
        weight: 2,
        keywords: { zh: ['剪枝'], en: ['pruning', 'prune'] },
      },
      {
        id: 'distillation',
        point: { zh: '知识蒸馏得到更小的学生模型', en: 'Distillation into a smaller student model' },
        weight: 2,
        keywords: { zh: ['蒸馏'], en: ['distillation', 'distil'] },
      },
      {
        id: 'low-rank',
        point: { zh: '低秩分解', en: 'Low-rank factorization' },
        weight: 1,
        keywords: { zh: ['低秩'], en: ['low-rank', 'low rank'] },
      },
      {
        id: 'kv-cache',
        point: {
          zh: 'KV Cache：缓存已生成 token 的键值，避免重复计算前文',
          en: 'KV cache: cache keys/values of generated tokens to avoid recomputing the prefix',
        },
        weight: 2,
        keywords: {
          zh: ['kv cache', 'kv 缓存', '键值缓存', '缓存已生成'],
          en: ['kv cache', 'kv-cache', 'key-value cache', 'caching the keys'],
        },
      },
      {
        id: 'hardware',
        point: { zh: 'GPU/TPU 等硬件加速', en: 'Hardware acceleration (GPU/TPU)' },
        weight: 2,
        keywords: {
          zh: ['硬件加速', 'gpu'],
          en: ['hardware acceleration', 'accelerat', 'gpu'],
        },
      },
      {
        id: 'concurrency-batching',
        point: {
          zh: '并发/批量推理（多线程、多 GPU）',
          en: 'Concurrent or batched inference (threads, several GPUs)',
        },
        weight: 1,
        keywords: {
          zh: ['并发', '并行推理', '批处理', '多线程'],
          en: ['concurren', 'parallel', 'batch', 'threads'],
        },
      },
    ],
  },
  {
    slug: 's003-15-multi-task-learning',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§15', heading: '15. 算法面试题：请解释大语言模型中的多任务学习。' },
    title: {
      zh: '请解释大语言模型中的多任务学习。',
      en: 'Explain multi-task learning in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的多任务学习。

请解释大语言模型中的多任务学习（Multi-Task Learning），并说明其作用。`,
      en: `Explain multi-task learning in large language models.

Explain multi-task learning in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `多任务学习是一种将多个相关任务同时训练的方法，共享模型参数以提高各个任务的性能。

**作用：**

1. **提高任务性能**：通过共享模型参数，多任务学习可以充分利用任务间的相关性，提高每个任务的性能。
2. **减少过拟合**：多任务学习可以减少每个任务的过拟合现象，提高模型的泛化能力。
3. **提高效率**：多任务学习可以同时处理多个任务，提高模型的计算效率。

**常见多任务学习策略：**

1. **共享底层特征**：多个任务共享模型的前几层，将特征提取层和部分中间层参数固定。（更正：共享并不等于固定——在硬参数共享中，共享层的参数由所有任务的损失共同训练，每个任务再接各自的输出层；只有在迁移学习时才会冻结预训练层。）
2. **任务级融合**：将各个任务的输出进行拼接或加权融合，得到最终的预测结果。
3. **层级融合**：在模型的每个层级上分别处理不同任务，然后进行融合。

**举例：**

\`\`\`python
import tensorflow as tf

# 共享的底层特征提取层
shared = tf.keras.Sequential([
    tf.keras.layers.Dense(256, activation='relu'),
    tf.keras.layers.Dense(128, activation='relu'),
])
# 两个任务各自的输出层
task1_head = tf.keras.layers.Dense(num_classes_1, activation='softmax')  # 任务 1
task2_head = tf.keras.layers.Dense(num_classes_2, activation='softmax')  # 任务 2
optimizer = tf.keras.optimizers.Adam()
loss_weights = (1.0, 1.0)  # 各任务损失的权重

# 训练多任务模型
for epoch in range(num_epochs):
    for inputs, (task1_targets, task2_targets) in data_loader:
        with tf.GradientTape() as tape:
            # 两个任务使用同一份共享特征
            features = shared(inputs, training=True)
            task1_predictions = task1_head(features)
            task2_predictions = task2_head(features)

            # 计算损失函数（参数顺序为 y_true, y_pred）
            task1_loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(task1_targets, task1_predictions))
            task2_loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(task2_targets, task2_predictions))

            # 计算总损失函数：各任务损失的加权和
            total_loss = loss_weights[0] * task1_loss + loss_weights[1] * task2_loss

        # 更新模型参数：共享层同时接收两个任务的梯度
        variables = shared.trainable_variables + task1_head.trainable_variables + task2_head.trainable_variables
        grads = tape.gradient(total_loss, variables)
        optimizer.apply_gradients(zip(grads, variables))
\`\`\`

**解析：** 通过多任务学习，可以充分利用任务间的相关性，提高各个任务的性能和效率。`,
      en: `Multi-task learning trains several related tasks at the same time, sharing model parameters to improve the performance of each task.

**Purpose:**

1. **Better task performance**: by sharing model parameters, multi-task learning exploits the correlation between tasks and improves each task's performance.
2. **Less overfitting**: multi-task learning reduces overfitting on each task and improves generalisation.
3. **Better efficiency**: multi-task learning handles several tasks at once, improving computational efficiency.

**Common multi-task strategies:**

1. **Shared low-level features**: the tasks share the model's first layers, with the parameters of the feature-extraction layers and some intermediate layers fixed. (Correction: sharing does not mean freezing. In hard parameter sharing the shared layers' parameters are trained jointly by the losses of all tasks, and each task has its own output layer on top; pretrained layers are only frozen in transfer learning.)
2. **Task-level fusion**: concatenate or weight-fuse the outputs of the tasks to get the final prediction.
3. **Hierarchical fusion**: handle different tasks at different levels of the model, then fuse them.

**Example:**

\`\`\`python
import tensorflow as tf

# Shared low-level feature-extraction layers
shared = tf.keras.Sequential([
    tf.keras.layers.Dense(256, activation='relu'),
    tf.keras.layers.Dense(128, activation='relu'),
])
# One output layer per task
task1_head = tf.keras.layers.Dense(num_classes_1, activation='softmax')  # task 1
task2_head = tf.keras.layers.Dense(num_classes_2, activation='softmax')  # task 2
optimizer = tf.keras.optimizers.Adam()
loss_weights = (1.0, 1.0)  # weight of each task's loss

# Train the multi-task model
for epoch in range(num_epochs):
    for inputs, (task1_targets, task2_targets) in data_loader:
        with tf.GradientTape() as tape:
            # Both tasks use the same shared features
            features = shared(inputs, training=True)
            task1_predictions = task1_head(features)
            task2_predictions = task2_head(features)

            # Losses (arguments in the order y_true, y_pred)
            task1_loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(task1_targets, task1_predictions))
            task2_loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(task2_targets, task2_predictions))

            # Total loss: weighted sum of the task losses
            total_loss = loss_weights[0] * task1_loss + loss_weights[1] * task2_loss

        # Update the parameters: the shared layers receive gradients from both tasks
        variables = shared.trainable_variables + task1_head.trainable_variables + task2_head.trainable_variables
        grads = tape.gradient(total_loss, variables)
        optimizer.apply_gradients(zip(grads, variables))
\`\`\`

**Explanation:** Multi-task learning exploits the correlation between tasks and improves the performance and efficiency of each task.`,
    },
    corrections: [
      {
        zh: '种子说共享底层特征时"将特征提取层和部分中间层参数固定"；多任务学习中的共享层是由所有任务共同训练的，并不冻结。已加注改正。',
        en: 'The seed says shared low-level features means "fixing the parameters of the feature-extraction and some intermediate layers"; in multi-task learning the shared layers are trained jointly by all tasks, not frozen. A correcting note was added.',
      },
      {
        zh: '种子示例与"共享参数"相矛盾：两个任务用两个互不相干的模型，且把输入按前 50 列/其余列切开，两个任务之间没有任何共享；最后更新的 `model` 未定义。已改为共享底层 + 各任务输出层、损失加权求和的示例。',
        en: 'The seed\'s example contradicts "sharing parameters": the two tasks use two unrelated models and even split the input into its first 50 columns and the rest, so nothing is shared; the `model` it finally updates is undefined. It was replaced by a shared trunk with one head per task and a weighted sum of the losses.',
      },
      { ...LOSS_ARGUMENT_ORDER_CORRECTION },
      { ...TRAINING_LOOP_CORRECTION },
    ],
    tags: ['multi-task-learning', 'training', 'generalization', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-training-multitask-loss', 's003-13-transfer-learning'],
    rubric: [
      {
        id: 'shared-parameters',
        point: {
          zh: '多个相关任务共享模型参数/底层表示',
          en: 'Related tasks share model parameters / a low-level representation',
        },
        weight: 3,
        keywords: {
          zh: ['共享'],
          en: ['shared', 'sharing', 'share'],
        },
      },
      {
        id: 'task-heads',
        point: { zh: '每个任务有各自的输出层', en: 'Each task has its own output layer (head)' },
        weight: 1,
        keywords: {
          zh: ['输出层', '各自'],
          en: ['heads', 'task head', 'output head', 'own output layer', 'output layer per task', 'one output layer per task'],
        },
      },
      {
        id: 'joint-loss',
        point: {
          zh: '联合训练：总损失为各任务损失的加权和',
          en: 'Joint training: total loss is a weighted sum of the task losses',
        },
        weight: 2,
        keywords: {
          zh: ['加权和', '总损失', '同时训练', '共同训练'],
          en: ['weighted sum', 'total loss', 'jointly', 'at the same time'],
        },
      },
      {
        id: 'task-correlation',
        point: {
          zh: '利用任务间的相关性互相促进',
          en: 'Exploits the correlation between tasks',
        },
        weight: 2,
        keywords: { zh: ['相关性', '相关任务'], en: ['correlation', 'related tasks'] },
      },
      {
        id: 'regularisation',
        point: {
          zh: '减少过拟合，提高泛化能力',
          en: 'Reduces overfitting and improves generalisation',
        },
        weight: 2,
        keywords: {
          zh: ['过拟合', '泛化'],
          en: ['overfitting', 'generalis', 'generaliz'],
        },
      },
    ],
  },
  {
    slug: 's003-16-self-supervised-learning',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§16', heading: '16. 算法面试题：请解释大语言模型中的自监督学习。' },
    title: {
      zh: '请解释大语言模型中的自监督学习。',
      en: 'Explain self-supervised learning in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的自监督学习。

请解释大语言模型中的自监督学习（Self-Supervised Learning），并说明其作用。`,
      en: `Explain self-supervised learning in large language models.

Explain self-supervised learning in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `自监督学习是一种利用未标记数据进行训练的方法，通过设计任务自动生成监督信号，从而提高模型的性能。

**作用：**

1. **提高模型性能**：自监督学习可以在无标签数据上进行训练，提高模型在下游任务上的性能。
2. **减少数据依赖**：自监督学习可以减少对有标签数据的依赖，降低数据集大小和获取成本。
3. **提高泛化能力**：自监督学习可以使模型学习到通用特征，提高模型的泛化能力。

**常见自监督学习方法：**

1. **掩码语言模型（Masked Language Model, MLM）**：随机掩码部分单词或字符，然后训练模型预测掩码部分。
2. **单词掩码（Word Masking）**：随机掩码部分单词，然后训练模型预测掩码部分。
3. **变换语言模型（Transformed Language Model, TLM）**：对输入进行变换，如翻译、回译、随机插入、随机删除等，然后训练模型预测变换后的输入。（更正："TLM"在文献中指翻译语言模型（Translation Language Modeling，由 XLM 提出），即把平行句对拼接后做掩码语言模型；种子描述的回译、随机插入/删除等更接近数据增强或去噪自编码（如 BART）的做法。）

（补充：大语言模型最常用的自监督目标是因果语言模型，即根据前文预测下一个词，GPT 系列即采用这种方式。）

**举例：**

\`\`\`python
import numpy as np
import tensorflow as tf

# BERT 的掩码规则：随机选出 15% 的非特殊 token；其中 80% 换成 [MASK]，10% 换成随机 token，10% 保持不变
def mask_inputs(ids, special, vocab_size, mask_id, prob=0.15, rng=np.random.default_rng()):
    ids = np.asarray(ids)
    selected = (rng.random(ids.shape) < prob) & (np.asarray(special) == 0)
    action = rng.random(ids.shape)
    masked_ids = ids.copy()
    masked_ids[selected & (action < 0.8)] = mask_id
    replace = selected & (action >= 0.8) & (action < 0.9)
    masked_ids[replace] = rng.integers(vocab_size, size=int(replace.sum()))
    labels = np.where(selected, ids, -100)  # 只在被选中的位置计算损失，其余位置标为 -100
    return masked_ids, labels

# 定义自监督模型
self_supervised_model = ...  # 自监督模型（每个位置输出词表大小的 logits）
optimizer = tf.keras.optimizers.Adam()

# 训练自监督模型：监督信号（labels）由输入本身生成，不需要人工标注
for epoch in range(num_epochs):
    for inputs, special in data_loader:
        # 随机掩码部分输入
        masked_inputs, labels = mask_inputs(inputs, special, vocab_size, mask_id)

        with tf.GradientTape() as tape:
            logits = self_supervised_model(masked_inputs, training=True)
            # 计算损失函数：只统计被掩码的位置
            per_token = tf.keras.losses.sparse_categorical_crossentropy(np.maximum(labels, 0), logits, from_logits=True)
            weights = tf.cast(labels != -100, per_token.dtype)
            loss = tf.reduce_sum(per_token * weights) / tf.maximum(tf.reduce_sum(weights), 1.0)

        # 更新模型参数
        grads = tape.gradient(loss, self_supervised_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, self_supervised_model.trainable_variables))
\`\`\`

**解析：** 自监督学习可以显著提高大语言模型的性能和泛化能力，为下游任务提供高质量的输入表示。`,
      en: `Self-supervised learning trains on unlabelled data by designing tasks that generate the supervision signal automatically, which improves the model's performance.

**Purpose:**

1. **Better performance**: self-supervised learning can train on unlabelled data, improving the model's performance on downstream tasks.
2. **Less dependence on data**: self-supervised learning reduces the dependence on labelled data, lowering the dataset size and the cost of obtaining it.
3. **Better generalisation**: self-supervised learning lets the model learn general-purpose features, improving generalisation.

**Common self-supervised methods:**

1. **Masked language model (MLM)**: randomly mask some words or characters and train the model to predict the masked parts.
2. **Word masking**: randomly mask some words and train the model to predict the masked parts.
3. **"Transformed language model" (TLM)**: transform the input, e.g. by translation, back-translation, random insertion or random deletion, and train the model to predict the transformed input. (Correction: in the literature "TLM" means translation language modelling (introduced by XLM), i.e. masked language modelling on concatenated pairs of parallel sentences; the back-translation and random insertion/deletion the seed describes are closer to data augmentation or denoising auto-encoding (e.g. BART).)

(Addition: the most common self-supervised objective of large language models is causal language modelling, i.e. predicting the next word from the preceding text, as the GPT family does.)

**Example:**

\`\`\`python
import numpy as np
import tensorflow as tf

# BERT's masking rule: randomly select 15% of the non-special tokens; of those, 80% become [MASK], 10% a random token, 10% stay unchanged
def mask_inputs(ids, special, vocab_size, mask_id, prob=0.15, rng=np.random.default_rng()):
    ids = np.asarray(ids)
    selected = (rng.random(ids.shape) < prob) & (np.asarray(special) == 0)
    action = rng.random(ids.shape)
    masked_ids = ids.copy()
    masked_ids[selected & (action < 0.8)] = mask_id
    replace = selected & (action >= 0.8) & (action < 0.9)
    masked_ids[replace] = rng.integers(vocab_size, size=int(replace.sum()))
    labels = np.where(selected, ids, -100)  # the loss counts only selected positions; the others are labelled -100
    return masked_ids, labels

# The self-supervised model
self_supervised_model = ...  # self-supervised model (outputs vocabulary-sized logits at every position)
optimizer = tf.keras.optimizers.Adam()

# Train the self-supervised model: the supervision signal (labels) is generated from the input itself, no human labels needed
for epoch in range(num_epochs):
    for inputs, special in data_loader:
        # Randomly mask part of the input
        masked_inputs, labels = mask_inputs(inputs, special, vocab_size, mask_id)

        with tf.GradientTape() as tape:
            logits = self_supervised_model(masked_inputs, training=True)
            # Loss: count only the masked positions
            per_token = tf.keras.losses.sparse_categorical_crossentropy(np.maximum(labels, 0), logits, from_logits=True)
            weights = tf.cast(labels != -100, per_token.dtype)
            loss = tf.reduce_sum(per_token * weights) / tf.maximum(tf.reduce_sum(weights), 1.0)

        # Update the model parameters
        grads = tape.gradient(loss, self_supervised_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, self_supervised_model.trainable_variables))
\`\`\`

**Explanation:** Self-supervised learning markedly improves the performance and generalisation of large language models and gives downstream tasks high-quality input representations.`,
    },
    corrections: [
      {
        zh: '种子对 TLM 的解释是杜撰的："TLM"指 XLM 提出的翻译语言模型（平行句对上的掩码语言模型）。已改正，并补充了大语言模型最常用的因果语言模型目标。',
        en: 'The seed\'s explanation of TLM is made up: "TLM" is the translation language modelling of XLM (masked language modelling on parallel sentence pairs). Corrected, and the most common LLM objective, causal language modelling, was added.',
      },
      {
        zh: '种子示例中 `mask_inputs` 未定义，`sparse_categorical_crossentropy` 的参数顺序写反（应为 y_true, y_pred），损失在所有位置上计算而不是只在被掩码的位置，并对张量调用 `optimizer.minimize`（TF2 中无法求梯度）。已补上 BERT 掩码规则的实现，只在被掩码的位置计算损失，并使用 `tf.GradientTape`。',
        en: "In the seed's example `mask_inputs` is undefined, `sparse_categorical_crossentropy` gets its arguments in the wrong order (it takes y_true, y_pred), the loss is computed over all positions instead of only the masked ones, and `optimizer.minimize` is called on a tensor (no gradients in TF2). An implementation of BERT's masking rule was added, the loss counts only masked positions, and `tf.GradientTape` is used.",
      },
    ],
    tags: ['self-supervised-learning', 'pretraining', 'masked-language-model', 'nlp', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-data-mlm-mask', 's003-7-bert', 's003-12-pretraining-strategies'],
    rubric: [
      {
        id: 'labels-from-data',
        point: {
          zh: '从未标注数据本身自动生成监督信号',
          en: 'The supervision signal is generated automatically from unlabelled data itself',
        },
        weight: 3,
        keywords: {
          zh: ['自动生成监督信号', '监督信号', '未标记', '无标签', '不需要人工标注'],
          en: ['supervision signal', 'unlabelled', 'unlabeled', 'no human labels', 'from the input itself'],
        },
      },
      {
        id: 'mlm',
        point: {
          zh: '掩码语言模型：遮住部分 token 并预测',
          en: 'Masked language modelling: mask some tokens and predict them',
        },
        weight: 3,
        keywords: {
          zh: ['掩码语言模型', 'mlm', '掩码'],
          en: ['masked language model', 'mlm', 'mask'],
        },
      },
      {
        id: 'causal-lm',
        point: {
          zh: '因果语言模型：根据前文预测下一个词（GPT）',
          en: 'Causal language modelling: predict the next word from the preceding text (GPT)',
        },
        weight: 2,
        keywords: {
          zh: ['因果语言模型', '下一个词', 'gpt'],
          en: ['causal language model', 'next word', 'next token', 'gpt'],
        },
      },
      {
        id: 'other-objectives',
        point: {
          zh: '其他目标：翻译语言模型（TLM）、去噪自编码（BART）等',
          en: 'Other objectives: translation LM (TLM), denoising auto-encoding (BART), ...',
        },
        weight: 1,
        keywords: {
          zh: ['tlm', '去噪', 'bart', '翻译语言模型'],
          en: ['tlm', 'denoising', 'bart', 'translation language model'],
        },
      },
      {
        id: 'benefits',
        point: {
          zh: '减少对标注数据的依赖，学到通用表示，提升下游任务',
          en: 'Less need for labelled data; general representations that help downstream tasks',
        },
        weight: 2,
        keywords: {
          zh: ['下游任务', '数据依赖', '泛化', '通用特征'],
          en: ['downstream', 'dependence on labelled data', 'generalis', 'generaliz', 'general-purpose'],
        },
      },
    ],
  },
  {
    slug: 's003-17-data-augmentation',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§17', heading: '17. 算法面试题：请解释大语言模型中的数据增强。' },
    title: {
      zh: '请解释大语言模型中的数据增强。',
      en: 'Explain data augmentation in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的数据增强。

请解释大语言模型中的数据增强（Data Augmentation），并说明其作用。`,
      en: `Explain data augmentation in large language models.

Explain data augmentation in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `数据增强是一种通过变换输入数据，增加数据多样性，从而提高模型性能和泛化能力的方法。

**作用：**

1. **提高模型性能**：数据增强可以增加模型的训练数据量，提高模型在下游任务上的性能。
2. **减少过拟合**：数据增强可以减少模型的过拟合现象，提高模型的泛化能力。
3. **减少数据依赖**：数据增强可以在无标签数据上进行，降低对有标签数据的依赖。

**常见数据增强方法：**

1. **文本增强**：如随机插入、随机删除、随机替换、随机重排等。
2. **图像增强**：如随机裁剪、旋转、翻转、缩放等。
3. **语音增强**：如添加噪声、改变音调、速率等。

**举例：**

\`\`\`python
import tensorflow as tf

# 要训练的模型（数据增强只改变输入，本身不是一个模型；标签保持不变）
model = ...

# 数据增强：作用于单张 float32 图像 [height, width, channels]
def augment_data(image):
    # 随机裁剪
    cropped = tf.image.random_crop(image, [new_height, new_width, channels])

    # 随机旋转 0°、90°、180° 或 270°（maxval 不包含在内，所以取 4；
    # new_height 与 new_width 相等时旋转后形状不变，才能组成批次）
    rotated = tf.image.rot90(cropped, k=tf.random.uniform(shape=[], minval=0, maxval=4, dtype=tf.int32))

    # 随机添加高斯噪声
    noisy = rotated + tf.random.normal(shape=tf.shape(rotated), mean=0.0, stddev=0.1)

    return noisy

# 在 tf.data 管道中逐个样本增强（每个 epoch 得到不同的随机结果），再分批
train_dataset = dataset.map(lambda x, y: (augment_data(x), y)).shuffle(1000).batch(32)
optimizer = tf.keras.optimizers.Adam()

# 训练模型
for epoch in range(num_epochs):
    for inputs, targets in train_dataset:
        with tf.GradientTape() as tape:
            # 计算损失函数（参数顺序为 y_true, y_pred）
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, model(inputs, training=True)))

        # 更新模型参数
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
\`\`\`

**解析：** 通过数据增强，可以显著提高大语言模型的性能和泛化能力，减少模型的过拟合现象。`,
      en: `Data augmentation transforms the input data to increase its diversity, which improves the model's performance and generalisation.

**Purpose:**

1. **Better performance**: data augmentation increases the amount of training data and improves the model's performance on downstream tasks.
2. **Less overfitting**: data augmentation reduces overfitting and improves generalisation.
3. **Less dependence on data**: data augmentation can be applied to unlabelled data, lowering the dependence on labelled data.

**Common data-augmentation methods:**

1. **Text augmentation**: e.g. random insertion, random deletion, random replacement, random reordering.
2. **Image augmentation**: e.g. random cropping, rotation, flipping, scaling.
3. **Speech augmentation**: e.g. adding noise, changing pitch or speed.

**Example:**

\`\`\`python
import tensorflow as tf

# The model being trained (augmentation only changes the inputs and is not a model itself; labels stay the same)
model = ...

# Data augmentation of a single float32 image [height, width, channels]
def augment_data(image):
    # Random crop
    cropped = tf.image.random_crop(image, [new_height, new_width, channels])

    # Random rotation by 0°, 90°, 180° or 270° (maxval is exclusive, hence 4;
    # only when new_height equals new_width does rotation keep the shape, so the images can be batched)
    rotated = tf.image.rot90(cropped, k=tf.random.uniform(shape=[], minval=0, maxval=4, dtype=tf.int32))

    # Add random Gaussian noise
    noisy = rotated + tf.random.normal(shape=tf.shape(rotated), mean=0.0, stddev=0.1)

    return noisy

# Augment sample by sample in the tf.data pipeline (a different random result every epoch), then batch
train_dataset = dataset.map(lambda x, y: (augment_data(x), y)).shuffle(1000).batch(32)
optimizer = tf.keras.optimizers.Adam()

# Train the model
for epoch in range(num_epochs):
    for inputs, targets in train_dataset:
        with tf.GradientTape() as tape:
            # Loss (arguments in the order y_true, y_pred)
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(targets, model(inputs, training=True)))

        # Update the model parameters
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
\`\`\`

**Explanation:** Data augmentation markedly improves the performance and generalisation of large language models and reduces overfitting.`,
    },
    corrections: [
      {
        zh: '`tf.random_crop` 是 TF1 的 API，在 TF2 中不存在，应为 `tf.image.random_crop`；而且裁剪尺寸 [new_height, new_width, channels] 只适用于单张图像，直接作用于一个批次会出错。已改为在 tf.data 管道中逐个样本增强。',
        en: '`tf.random_crop` is a TF1 API that does not exist in TF2 (it is `tf.image.random_crop`), and the crop size [new_height, new_width, channels] only fits a single image, so applying it to a batch fails. Augmentation now runs per sample in a tf.data pipeline.',
      },
      {
        zh: '`tf.random.uniform(..., minval=0, maxval=3)` 的 maxval 不包含在内，只会得到 k ∈ {0, 1, 2}，永远不会旋转 270°；已改为 maxval=4。',
        en: '`tf.random.uniform(..., minval=0, maxval=3)` excludes maxval, so k is only ever 0, 1 or 2 and the image is never rotated by 270°; it is now maxval=4.',
      },
      {
        zh: '种子把要训练的模型命名为"数据增强模型"，容易误解为增强本身是一个模型；已改名为 `model` 并注明增强只改变输入、不改变标签。',
        en: 'The seed calls the model being trained a "data augmentation model", suggesting augmentation is itself a model; it is now called `model`, with a note that augmentation changes the inputs but not the labels.',
      },
      { ...LOSS_ARGUMENT_ORDER_CORRECTION },
      { ...TRAINING_LOOP_CORRECTION },
    ],
    tags: ['data-augmentation', 'regularization', 'generalization', 'computer-vision', 'nlp'],
    difficulty: 'MEDIUM',
    related: ['code-augment-crop', 'code-augment-rot90', 'code-augment-noise', 's003-19-regularization'],
    rubric: [
      {
        id: 'diversity',
        point: {
          zh: '通过变换输入增加数据量和多样性（标签不变）',
          en: 'Transform inputs to add data and diversity (labels unchanged)',
        },
        weight: 3,
        keywords: {
          zh: ['多样性', '变换', '训练数据量'],
          en: ['diversity', 'transforms the input', 'transforming', 'amount of training data', 'more data'],
        },
      },
      {
        id: 'overfitting',
        point: {
          zh: '减少过拟合，提高泛化能力',
          en: 'Reduces overfitting and improves generalisation',
        },
        weight: 3,
        keywords: {
          zh: ['过拟合', '泛化'],
          en: ['overfitting', 'generalis', 'generaliz'],
        },
      },
      {
        id: 'text',
        point: {
          zh: '文本增强：随机插入、删除、替换（同义词）、重排、回译',
          en: 'Text: random insertion, deletion, (synonym) replacement, reordering, back-translation',
        },
        weight: 2,
        keywords: {
          zh: ['随机插入', '随机删除', '随机替换', '同义词', '回译', '文本增强'],
          en: ['random insertion', 'random deletion', 'random replacement', 'synonym', 'back-translation', 'text augmentation'],
        },
      },
      {
        id: 'image',
        point: {
          zh: '图像增强：随机裁剪、旋转、翻转、缩放',
          en: 'Images: random cropping, rotation, flipping, scaling',
        },
        weight: 2,
        keywords: {
          zh: ['裁剪', '旋转', '翻转', '缩放'],
          en: ['crop', 'rotat', 'flip', 'scaling'],
        },
      },
      {
        id: 'audio-noise',
        point: {
          zh: '语音增强：加噪声、改变音调或语速',
          en: 'Speech: add noise, change pitch or speed',
        },
        weight: 1,
        keywords: {
          zh: ['噪声', '音调', '语速', '速率'],
          en: ['noise', 'pitch', 'change speed', 'speed perturbation'],
        },
      },
    ],
  },
  {
    slug: 's003-18-embedding-layer',
    kind: 'CONCEPTUAL',
    source: {
      seed: SEED,
      section: '§18',
      heading: '18. 算法面试题：请解释大语言模型中的嵌入层（Embedding Layer）。',
    },
    title: {
      zh: '请解释大语言模型中的嵌入层（Embedding Layer）。',
      en: 'Explain the embedding layer in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的嵌入层（Embedding Layer）。

请解释大语言模型中的嵌入层（Embedding Layer），并说明其作用。`,
      en: `Explain the embedding layer in large language models.

Explain the embedding layer in large language models and describe what it does.`,
    },
    modelAnswer: {
      zh: `嵌入层（Embedding Layer）是一种将输入数据映射为低维稠密向量表示的方法，在大语言模型中起到关键作用。

**作用：**

1. **降维**：将高维输入（如单词、字符）映射为低维稠密向量，降低计算复杂度。
2. **语义表示**：嵌入层可以学习输入数据的语义信息，使模型能够捕捉到文本中的关系和语义。
3. **处理序列**：嵌入层可以处理序列数据，将序列中的每个元素映射为向量，然后输入到后续的神经网络层。

（补充：嵌入层本质上是一个形状为 [词表大小, 嵌入维度] 的可训练查找表，输入整数 id，输出对应的行；它等价于独热向量乘以权重矩阵，但无需真正构造独热向量。）

**常见嵌入层类型：**

1. **词嵌入（Word Embedding）**：将单词映射为一维向量，通过预训练或手动定义的方式学习。
2. **字符嵌入（Character Embedding）**：将字符映射为一维向量，用于捕捉单词的内部结构。
3. **位置嵌入（Position Embedding）**：将序列中的每个位置映射为一维向量，使模型能够理解序列的顺序。

**举例：**

\`\`\`python
import tensorflow as tf

# 先把单词转换为整数索引（嵌入层的输入必须是整数 id，不能是字符串）
lookup = tf.keras.layers.StringLookup(vocabulary=["hello", "world"])
ids = lookup(tf.constant([["hello"], ["world"]]))  # [[1], [2]]，0 留给未登录词

# 定义嵌入层
embedding_layer = tf.keras.layers.Embedding(input_dim=lookup.vocabulary_size(), output_dim=embedding_size)

# 将单词映射为向量
word_embeddings = embedding_layer(ids)  # 形状为 [2, 1, embedding_size]
\`\`\`

**解析：** 嵌入层在大语言模型中起到降维、语义表示和处理序列的作用，为后续的神经网络层提供了高质量的输入。`,
      en: `The embedding layer maps input data to low-dimensional dense vector representations; it plays a key role in large language models.

**Purpose:**

1. **Dimensionality reduction**: maps high-dimensional inputs (such as words or characters) to low-dimensional dense vectors, lowering computational complexity.
2. **Semantic representation**: the embedding layer can learn the semantic information of the input, letting the model capture relations and meaning in the text.
3. **Sequence processing**: the embedding layer can process sequence data, mapping every element of a sequence to a vector that is then fed to the following network layers.

(Addition: an embedding layer is essentially a trainable lookup table of shape [vocabulary size, embedding dimension]: it takes integer ids and returns the corresponding rows. This is equivalent to multiplying one-hot vectors by a weight matrix, without ever building the one-hot vectors.)

**Common kinds of embedding layer:**

1. **Word embedding**: maps words to (one-dimensional) vectors, learned by pretraining or defined by hand.
2. **Character embedding**: maps characters to vectors, capturing the internal structure of words.
3. **Position embedding**: maps every position in the sequence to a vector, so the model can understand the order of the sequence.

**Example:**

\`\`\`python
import tensorflow as tf

# First turn the words into integer indices (an embedding layer takes integer ids, not strings)
lookup = tf.keras.layers.StringLookup(vocabulary=["hello", "world"])
ids = lookup(tf.constant([["hello"], ["world"]]))  # [[1], [2]]; 0 is kept for out-of-vocabulary words

# The embedding layer
embedding_layer = tf.keras.layers.Embedding(input_dim=lookup.vocabulary_size(), output_dim=embedding_size)

# Map the words to vectors
word_embeddings = embedding_layer(ids)  # shape [2, 1, embedding_size]
\`\`\`

**Explanation:** In large language models the embedding layer reduces dimensionality, represents meaning and processes sequences, giving the following network layers high-quality input.`,
    },
    corrections: [
      {
        zh: '种子示例把字符串 [["hello"], ["world"]] 直接传给 Embedding 层，这会报错：嵌入层的输入必须是整数索引。已先用 StringLookup 把单词转换为 id，并由词表大小确定 input_dim。',
        en: 'The seed\'s example passes the strings [["hello"], ["world"]] straight to the Embedding layer, which fails: an embedding layer takes integer indices. The words are now converted to ids with StringLookup first, and input_dim comes from the vocabulary size.',
      },
      {
        zh: '补充说明嵌入层是可训练的查找表（等价于独热向量乘权重矩阵），这是理解其"降维"作用的关键。',
        en: 'Added that an embedding layer is a trainable lookup table (equivalent to a one-hot vector times a weight matrix), which is the key to its "dimensionality reduction".',
      },
    ],
    tags: ['embeddings', 'nlp', 'representation-learning', 'language-models'],
    difficulty: 'EASY',
    related: ['code-layers-embedding', 's003-2-data-sparsity'],
    rubric: [
      {
        id: 'dense-vectors',
        point: {
          zh: '把离散的 token/单词映射为低维稠密向量',
          en: 'Maps discrete tokens/words to low-dimensional dense vectors',
        },
        weight: 3,
        keywords: {
          zh: ['稠密向量', '低维', '向量表示'],
          en: ['dense vector', 'low-dimensional', 'vector representation'],
        },
      },
      {
        id: 'lookup-table',
        point: {
          zh: '本质是可训练的查找表（等价于独热向量乘权重矩阵），输入为整数 id',
          en: 'A trainable lookup table (one-hot times a weight matrix) indexed by integer ids',
        },
        weight: 2,
        keywords: {
          zh: ['查找表', '独热', '整数 id', '整数索引'],
          en: ['lookup table', 'look-up table', 'one-hot', 'integer id', 'integer indices'],
        },
      },
      {
        id: 'semantics',
        point: {
          zh: '学习语义：语义相近的词向量相近',
          en: 'Learns semantics: similar words get similar vectors',
        },
        weight: 2,
        keywords: { zh: ['语义'], en: ['semantic', 'meaning'] },
      },
      {
        id: 'kinds',
        point: {
          zh: '词嵌入、字符嵌入、位置嵌入',
          en: 'Word, character and position embeddings',
        },
        weight: 1,
        keywords: {
          zh: ['词嵌入', '字符嵌入', '位置嵌入'],
          en: ['word embedding', 'character embedding', 'position embedding'],
        },
      },
      {
        id: 'learned-or-pretrained',
        point: {
          zh: '随模型训练学习，或使用预训练向量（word2vec、GloVe）',
          en: 'Learned with the model or pretrained (word2vec, GloVe)',
        },
        weight: 1,
        keywords: {
          zh: ['预训练', '可训练', 'word2vec', 'glove'],
          en: ['pretrain', 'trainable', 'word2vec', 'glove'],
        },
      },
    ],
  },
  {
    slug: 's003-19-regularization',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§19', heading: '19. 算法面试题：请解释大语言模型中的正则化技术。' },
    title: {
      zh: '请解释大语言模型中的正则化技术。',
      en: 'Explain regularization techniques in large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的正则化技术。

请解释大语言模型中的正则化技术，并说明其作用。`,
      en: `Explain regularization techniques in large language models.

Explain regularization techniques in large language models and describe what they do.`,
    },
    modelAnswer: {
      zh: `正则化技术是一种用于防止模型过拟合的方法，通过引入额外的约束，降低模型的复杂度。

**作用：**

1. **防止过拟合**：正则化技术可以降低模型的复杂度，减少模型对训练数据的依赖，提高模型的泛化能力。
2. **提高模型稳定性**：正则化技术可以减小模型参数的方差，提高模型的稳定性。
3. **加速训练**：正则化技术可以减小梯度范数，加速模型的收敛。（更正：正则化的目的是提高泛化能力，一般并不能加快收敛；L2 惩罚和 Dropout 往往还会让训练损失下降得更慢。）

**常见正则化技术：**

1. **L1 正则化**：在损失函数中添加 \\( \\lambda \\times \\sum_{i} |w_i| \\)，其中 \\( w_i \\) 为模型参数。（L1 倾向于使许多权重恰好为 0，得到稀疏的模型。）
2. **L2 正则化**：在损失函数中添加 \\( \\lambda \\times \\sum_{i} w_i^2 \\)，其中 \\( w_i \\) 为模型参数。（L2 也称权重衰减，使权重整体变小。）
3. **Dropout**：在训练过程中随机丢弃部分神经元，减少模型对特定训练样本的依赖。
4. **数据增强**：通过增加数据多样性，降低模型对训练数据的依赖。

**举例：**

\`\`\`python
import tensorflow as tf

# 定义正则化模型
regularized_model = tf.keras.Sequential([
    tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=embedding_size, embeddings_regularizer=tf.keras.regularizers.l2(0.01)),
    tf.keras.layers.GlobalAveragePooling1D(),  # 把 [batch, length, embedding_size] 汇总为每个序列一个向量
    tf.keras.layers.Dense(units=hidden_size, activation='relu', kernel_regularizer=tf.keras.regularizers.l2(0.01)),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(units=output_size, activation='softmax')
])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy()
optimizer = tf.keras.optimizers.Adam()

# 训练正则化模型
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            predictions = regularized_model(inputs, training=True)  # training=True 时 Dropout 才生效

            # 计算损失函数
            loss = loss_fn(targets, predictions)

            # 计算正则化损失（l2(0.01) 已经包含系数 λ = 0.01，不要再乘一次）
            reg_loss = tf.add_n(regularized_model.losses)

            # 计算总损失
            total_loss = loss + reg_loss

        # 更新模型参数
        grads = tape.gradient(total_loss, regularized_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, regularized_model.trainable_variables))
\`\`\`

**解析：** 通过引入正则化技术，可以显著降低大语言模型的过拟合现象，提高模型的泛化能力和稳定性。`,
      en: `Regularization techniques prevent a model from overfitting by adding extra constraints that lower the model's complexity.

**Purpose:**

1. **Prevent overfitting**: regularization lowers the model's complexity and its dependence on the training data, improving generalisation.
2. **More stable models**: regularization reduces the variance of the model's parameters, making the model more stable.
3. **Faster training**: regularization reduces the gradient norm and speeds up convergence. (Correction: the purpose of regularization is better generalisation; it generally does not speed up convergence, and an L2 penalty or dropout often makes the training loss fall more slowly.)

**Common regularization techniques:**

1. **L1 regularization**: add \\( \\lambda \\times \\sum_{i} |w_i| \\) to the loss, where \\( w_i \\) are the model parameters. (L1 tends to drive many weights to exactly 0, giving a sparse model.)
2. **L2 regularization**: add \\( \\lambda \\times \\sum_{i} w_i^2 \\) to the loss, where \\( w_i \\) are the model parameters. (L2 is also called weight decay; it makes the weights smaller overall.)
3. **Dropout**: randomly drop some neurons during training, reducing the model's dependence on particular training samples.
4. **Data augmentation**: increase the diversity of the data, lowering the model's dependence on the training data.

**Example:**

\`\`\`python
import tensorflow as tf

# A regularized model
regularized_model = tf.keras.Sequential([
    tf.keras.layers.Embedding(input_dim=vocabulary_size, output_dim=embedding_size, embeddings_regularizer=tf.keras.regularizers.l2(0.01)),
    tf.keras.layers.GlobalAveragePooling1D(),  # reduce [batch, length, embedding_size] to one vector per sequence
    tf.keras.layers.Dense(units=hidden_size, activation='relu', kernel_regularizer=tf.keras.regularizers.l2(0.01)),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(units=output_size, activation='softmax')
])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy()
optimizer = tf.keras.optimizers.Adam()

# Train the regularized model
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            predictions = regularized_model(inputs, training=True)  # dropout is only active with training=True

            # Loss
            loss = loss_fn(targets, predictions)

            # Regularization loss (l2(0.01) already includes the factor λ = 0.01; do not multiply again)
            reg_loss = tf.add_n(regularized_model.losses)

            # Total loss
            total_loss = loss + reg_loss

        # Update the model parameters
        grads = tape.gradient(total_loss, regularized_model.trainable_variables)
        optimizer.apply_gradients(zip(grads, regularized_model.trainable_variables))
\`\`\`

**Explanation:** Regularization markedly reduces overfitting in large language models and improves their generalisation and stability.`,
    },
    corrections: [
      {
        zh: '种子称正则化能"减小梯度范数，加速模型的收敛"，这是误导：正则化为的是泛化，通常不会加快收敛。已加注改正，并补充了 L1 产生稀疏权重、L2 即权重衰减。',
        en: 'The seed claims regularization "reduces the gradient norm and speeds up convergence", which is misleading: regularization is for generalisation and usually does not speed up convergence. A correcting note was added, along with the facts that L1 gives sparse weights and L2 is weight decay.',
      },
      {
        zh: '种子代码无法运行：Embedding 层没有 `kernel_regularizer` 参数（应为 `embeddings_regularizer`，否则抛出 TypeError）；`regularized_model.loss(inputs, targets)` 把输入当成了预测值（损失函数的参数是 y_true, y_pred）；`reg_lambda * reg_loss` 又把已含系数 0.01 的正则项乘了一次；Embedding 输出是三维的，直接接 Dense 得到的是逐 token 的输出；示例也没有用到 Dropout。已全部改正，并使用 `tf.GradientTape` 更新参数。',
        en: 'The seed code cannot run: the Embedding layer has no `kernel_regularizer` argument (it is `embeddings_regularizer`; otherwise a TypeError), `regularized_model.loss(inputs, targets)` treats the inputs as predictions (a loss takes y_true, y_pred), `reg_lambda * reg_loss` multiplies the regularization terms, which already include the 0.01 factor, a second time, the Embedding output is 3-D so the Dense layers produce per-token outputs, and the Dropout it talks about is not used. All of this was fixed, and parameters are updated with `tf.GradientTape`.',
      },
    ],
    tags: ['regularization', 'overfitting', 'dropout', 'training', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-regularization-penalty', 'code-layers-dropout', 's003-17-data-augmentation'],
    rubric: [
      {
        id: 'overfitting',
        point: {
          zh: '目的：防止过拟合，提高泛化能力',
          en: 'Purpose: prevent overfitting and improve generalisation',
        },
        weight: 3,
        keywords: {
          zh: ['过拟合', '泛化'],
          en: ['overfitting', 'generalis', 'generaliz'],
        },
      },
      {
        id: 'l1',
        point: {
          zh: 'L1 正则：λΣ|w|，得到稀疏权重',
          en: 'L1: λΣ|w|, giving sparse weights',
        },
        weight: 2,
        keywords: { zh: ['l1'], en: ['l1', 'lasso'] },
      },
      {
        id: 'l2',
        point: {
          zh: 'L2 正则：λΣw²，即权重衰减',
          en: 'L2: λΣw², i.e. weight decay',
        },
        weight: 2,
        keywords: { zh: ['l2', '权重衰减'], en: ['l2', 'weight decay', 'ridge'] },
      },
      {
        id: 'dropout',
        point: { zh: 'Dropout：训练时随机丢弃神经元', en: 'Dropout: randomly drop neurons during training' },
        weight: 2,
        keywords: { zh: ['dropout', '丢弃'], en: ['dropout', 'drop out'] },
      },
      {
        id: 'augmentation',
        point: { zh: '数据增强（以及早停等）', en: 'Data augmentation (and early stopping, ...)' },
        weight: 1,
        keywords: {
          zh: ['数据增强', '早停'],
          en: ['data augmentation', 'augment', 'early stopping'],
        },
      },
      {
        id: 'complexity',
        point: {
          zh: '通过额外约束降低模型复杂度',
          en: 'Adds constraints that lower model complexity',
        },
        weight: 1,
        keywords: {
          zh: ['复杂度', '约束', '惩罚'],
          en: ['complexity', 'constraint', 'penalty'],
        },
      },
    ],
  },
  {
    slug: 's003-20-optimization-algorithms',
    kind: 'CONCEPTUAL',
    source: { seed: SEED, section: '§20', heading: '20. 算法面试题：请解释大语言模型中的优化算法。' },
    title: {
      zh: '请解释大语言模型中的优化算法。',
      en: 'Explain the optimization algorithms used for large language models.',
    },
    prompt: {
      zh: `请解释大语言模型中的优化算法。

请解释大语言模型中的优化算法，并说明其作用。`,
      en: `Explain the optimization algorithms used for large language models.

Explain the optimization algorithms used for large language models and describe what they do.`,
    },
    modelAnswer: {
      zh: `优化算法是一种用于更新模型参数的方法，以最小化损失函数。

**作用：**

1. **减小损失函数**：优化算法通过更新模型参数，逐步减小损失函数的值，使模型更接近最优解。
2. **加速收敛**：优化算法可以提高模型的收敛速度，缩短训练时间。
3. **提高性能**：优化算法可以调整模型参数，提高模型在下游任务上的性能。

**常见优化算法：**

1. **随机梯度下降（Stochastic Gradient Descent, SGD）**：每次迭代使用一个样本的梯度进行更新，适用于数据量较小的场景。（更正：实际中通常每次使用一个小批量（mini-batch）的梯度；SGD（常配合动量）在大规模训练中同样广泛使用，并非只适用于小数据。）
2. **Adam（Adaptive Moment Estimation）**：结合了 SGD 和动量法，自动调整学习率，适用于大规模数据集。（更正：Adam 结合的是动量法（梯度的一阶矩估计）和 RMSprop（梯度平方的二阶矩估计），并做偏差修正，为每个参数自适应地调整步长。）
3. **RMSprop（Root Mean Square Propagation）**：使用梯度的指数加权移动平均值，调整学习率，适用于大规模数据集。（准确地说，是梯度平方的指数加权移动平均。）
4. **AdamW（Weight Decay Adaptation）**：对 Adam 进行改进，引入权重衰减项，适用于大规模数据集。（更正：AdamW 指"带解耦权重衰减的 Adam"（Adam with decoupled weight decay）：权重衰减不再作为 L2 惩罚加进梯度、被自适应步长缩放，而是直接按学习率 × 衰减系数 × 权重衰减参数。它是训练大语言模型最常用的优化器。）

**举例：**

\`\`\`python
import tensorflow as tf

# 定义优化算法
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# 训练模型
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # 计算损失函数
            loss = loss_fn(targets, model(inputs, training=True))

        # 更新模型参数
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
\`\`\`

**解析：** 通过选择合适的优化算法，可以显著提高大语言模型的训练效率和性能。`,
      en: `An optimization algorithm updates the model's parameters so as to minimise the loss function.

**Purpose:**

1. **Reduce the loss**: by updating the parameters, the optimizer lowers the value of the loss step by step, bringing the model closer to the optimum.
2. **Faster convergence**: the optimizer can speed up convergence and shorten training.
3. **Better performance**: by adjusting the parameters, the optimizer improves the model's performance on downstream tasks.

**Common optimization algorithms:**

1. **Stochastic gradient descent (SGD)**: each iteration updates with the gradient of a single sample; suited to small datasets. (Correction: in practice each step uses the gradient of a mini-batch; SGD (usually with momentum) is widely used in large-scale training too and is not only for small data.)
2. **Adam (Adaptive Moment Estimation)**: combines SGD with momentum and adjusts the learning rate automatically; suited to large datasets. (Correction: Adam combines momentum (an estimate of the gradient's first moment) with RMSprop (an estimate of the second moment, the squared gradient), applies bias correction, and adapts the step size of every parameter.)
3. **RMSprop (Root Mean Square Propagation)**: adjusts the learning rate using an exponentially weighted moving average of the gradients; suited to large datasets. (Strictly, a moving average of the squared gradients.)
4. **AdamW ("Weight Decay Adaptation")**: an improvement of Adam that adds a weight-decay term; suited to large datasets. (Correction: AdamW means "Adam with decoupled weight decay": weight decay is no longer added to the gradient as an L2 penalty, where the adaptive step size would rescale it, but applied directly to the weights as learning rate × decay coefficient × weight. It is the optimizer most commonly used to train large language models.)

**Example:**

\`\`\`python
import tensorflow as tf

# The optimization algorithm
optimizer = tf.keras.optimizers.Adam(learning_rate=1e-3)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# Train the model
for epoch in range(num_epochs):
    for inputs, targets in data_loader:
        with tf.GradientTape() as tape:
            # Loss
            loss = loss_fn(targets, model(inputs, training=True))

        # Update the model parameters
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
\`\`\`

**Explanation:** Choosing a suitable optimization algorithm markedly improves the training efficiency and performance of large language models.`,
    },
    corrections: [
      {
        zh: '种子对 Adam 的描述（"结合了 SGD 和动量法"）不对：Adam 结合的是动量（一阶矩）和 RMSprop（二阶矩）并做偏差修正。已改正。',
        en: 'The seed\'s description of Adam ("combines SGD and momentum") is wrong: Adam combines momentum (first moment) with RMSprop (second moment) and applies bias correction. Corrected.',
      },
      {
        zh: '"AdamW（Weight Decay Adaptation）"名称和含义都不准确：AdamW 是带解耦权重衰减的 Adam，关键在于权重衰减与梯度更新解耦。已改正。',
        en: '"AdamW (Weight Decay Adaptation)" gets both the name and the idea wrong: AdamW is Adam with decoupled weight decay, the point being that the decay is decoupled from the gradient update. Corrected.',
      },
      {
        zh: '种子称 SGD "每次使用一个样本""适用于数据量较小的场景"，与实践不符（通常用小批量，且在大规模训练中广泛使用）；RMSprop 平均的是梯度平方。已加注改正。',
        en: 'The seed says SGD "uses one sample per step" and "suits small datasets", which does not match practice (mini-batches are usual, and it is widely used at scale); RMSprop averages the squared gradients. Correcting notes were added.',
      },
      {
        zh: '种子示例中 `model.loss(inputs, targets)` 把输入当成了预测值，`optimizer.minimize(loss, ...)` 传入张量在 TF2 中无法求梯度。已改为用 `tf.GradientTape` 计算损失和梯度。',
        en: "In the seed's example `model.loss(inputs, targets)` treats the inputs as predictions, and `optimizer.minimize(loss, ...)` on a tensor cannot compute gradients in TF2. It now computes the loss and gradients with `tf.GradientTape`.",
      },
    ],
    tags: ['optimization', 'optimizers', 'training', 'language-models'],
    difficulty: 'MEDIUM',
    related: ['code-optim-run', 's003-19-regularization'],
    rubric: [
      {
        id: 'purpose',
        point: {
          zh: '根据梯度更新参数以最小化损失函数',
          en: 'Update parameters from gradients to minimise the loss',
        },
        weight: 2,
        keywords: {
          zh: ['最小化损失', '损失函数', '梯度'],
          en: ['minimise the loss', 'minimize the loss', 'loss function', 'gradient'],
        },
      },
      {
        id: 'sgd',
        point: {
          zh: 'SGD：按小批量梯度更新（常配合动量）',
          en: 'SGD: update with mini-batch gradients (often with momentum)',
        },
        weight: 2,
        keywords: {
          zh: ['sgd', '随机梯度下降', '小批量'],
          en: ['sgd', 'stochastic gradient descent', 'mini-batch', 'minibatch'],
        },
      },
      {
        id: 'adam',
        point: {
          zh: 'Adam：一阶矩（动量）+ 二阶矩（RMSprop）+ 偏差修正，自适应步长',
          en: 'Adam: first moment (momentum) + second moment (RMSprop) + bias correction, adaptive steps',
        },
        weight: 3,
        keywords: {
          zh: ['adam', '一阶矩', '二阶矩', '自适应'],
          en: ['adam', 'first moment', 'second moment', 'adaptive'],
        },
      },
      {
        id: 'rmsprop',
        point: {
          zh: 'RMSprop：用梯度平方的移动平均缩放学习率',
          en: 'RMSprop: scale the learning rate by a moving average of squared gradients',
        },
        weight: 1,
        keywords: { zh: ['rmsprop', '移动平均'], en: ['rmsprop', 'moving average'] },
      },
      {
        id: 'adamw',
        point: {
          zh: 'AdamW：解耦的权重衰减，大模型训练最常用',
          en: 'AdamW: decoupled weight decay, the usual choice for large models',
        },
        weight: 2,
        keywords: {
          zh: ['adamw', '解耦', '权重衰减'],
          en: ['adamw', 'decoupled', 'weight decay'],
        },
      },
      {
        id: 'learning-rate',
        point: { zh: '学习率的选择与调整', en: 'Choosing and adjusting the learning rate' },
        weight: 1,
        keywords: { zh: ['学习率'], en: ['learning rate', 'learning-rate', 'step size'] },
      },
    ],
  },
];
