// Every numbered heading of the five seeds in `shared/seeds/`, keyed `NNN#§section`, so entries
// cite a seed section by key and get the exact heading text. Generated once from the seeds;
// the bank's coverage test re-reads the seeds and fails if this table drifts from them.
import type { SeedRef } from '../types';

export const SEED_FILES = {
  '000': '000_9c04abb55ba1f85c.txt',
  '001': '001_8ca350528ea772c9.txt',
  '002': '002_4b754e0cdc00653c.txt',
  '003': '003_350a414516ea86dc.txt',
  '004': '004_6ff10554399c3ad3.txt',
} as const;

export const SEED_SECTIONS: Readonly<Record<string, SeedRef>> = {
  '000#§一.1': { seed: '000_9c04abb55ba1f85c.txt', section: '§一.1', heading: "1. 如何在神经网络中实现推理过程？" },
  '000#§一.2': { seed: '000_9c04abb55ba1f85c.txt', section: '§一.2', heading: "2. 大模型在推理过程中遇到的问题有哪些？" },
  '000#§一.3': { seed: '000_9c04abb55ba1f85c.txt', section: '§一.3', heading: "3. 如何优化大模型的推理性能？" },
  '000#§二.1': { seed: '000_9c04abb55ba1f85c.txt', section: '§二.1', heading: "1. 实现一个简单的神经网络，并实现前向传播算法。" },
  '000#§二.2': { seed: '000_9c04abb55ba1f85c.txt', section: '§二.2', heading: "2. 实现一个反向传播算法，用于计算神经网络中的梯度。" },
  '001#§一.1': { seed: '001_8ca350528ea772c9.txt', section: '§一.1', heading: "1. 什么是模型推理？" },
  '001#§一.2': { seed: '001_8ca350528ea772c9.txt', section: '§一.2', heading: "2. 模型推理的步骤有哪些？" },
  '001#§二.1': { seed: '001_8ca350528ea772c9.txt', section: '§二.1', heading: "1. 模型推理中的常用算法有哪些？" },
  '001#§二.2': { seed: '001_8ca350528ea772c9.txt', section: '§二.2', heading: "2. 模型推理中如何处理输入数据？" },
  '001#§二.3': { seed: '001_8ca350528ea772c9.txt', section: '§二.3', heading: "3. 模型推理中如何优化性能？" },
  '001#§三.1': { seed: '001_8ca350528ea772c9.txt', section: '§三.1', heading: "1. 编写一个简单的神经网络模型并进行推理" },
  '001#§三.2': { seed: '001_8ca350528ea772c9.txt', section: '§三.2', heading: "2. 使用卷积神经网络进行图像分类" },
  '002#§1': { seed: '002_4b754e0cdc00653c.txt', section: '§1', heading: "1. 如何优化大模型训练时间？" },
  '002#§2': { seed: '002_4b754e0cdc00653c.txt', section: '§2', heading: "2. 大模型如何进行压缩？" },
  '002#§3': { seed: '002_4b754e0cdc00653c.txt', section: '§3', heading: "3. 如何保护大模型训练过程中的数据隐私？" },
  '002#§4': { seed: '002_4b754e0cdc00653c.txt', section: '§4', heading: "4. 如何评估大模型性能？" },
  '002#§5': { seed: '002_4b754e0cdc00653c.txt', section: '§5', heading: "5. 实现一个简单的神经网络，用于手写数字识别。" },
  '003#§1': { seed: '003_350a414516ea86dc.txt', section: '§1', heading: "1. 算法面试题：如何评估大语言模型的效果？" },
  '003#§2': { seed: '003_350a414516ea86dc.txt', section: '§2', heading: "2. 算法面试题：如何处理大语言模型中的数据稀疏问题？" },
  '003#§3': { seed: '003_350a414516ea86dc.txt', section: '§3', heading: "3. 算法面试题：如何优化大语言模型的训练速度？" },
  '003#§4': { seed: '003_350a414516ea86dc.txt', section: '§4', heading: "4. 算法面试题：请解释大语言模型中的注意力机制。" },
  '003#§5': { seed: '003_350a414516ea86dc.txt', section: '§5', heading: "5. 算法面试题：如何处理大语言模型中的长序列问题？" },
  '003#§6': { seed: '003_350a414516ea86dc.txt', section: '§6', heading: "6. 算法面试题：请解释大语言模型中的 Transformer 架构。" },
  '003#§7': { seed: '003_350a414516ea86dc.txt', section: '§7', heading: "7. 算法面试题：请解释大语言模型中的 BERT 模型。" },
  '003#§8': { seed: '003_350a414516ea86dc.txt', section: '§8', heading: "8. 算法面试题：请解释大语言模型中的 GPT 模型。" },
  '003#§9': { seed: '003_350a414516ea86dc.txt', section: '§9', heading: "9. 算法面试题：请解释大语言模型中的 RoBERTa 模型。" },
  '003#§10': { seed: '003_350a414516ea86dc.txt', section: '§10', heading: "10. 算法面试题：如何实现大语言模型中的知识蒸馏？" },
  '003#§11': { seed: '003_350a414516ea86dc.txt', section: '§11', heading: "11. 算法面试题：请解释大语言模型中的融合策略。" },
  '003#§12': { seed: '003_350a414516ea86dc.txt', section: '§12', heading: "12. 算法面试题：请解释大语言模型中的预训练策略。" },
  '003#§13': { seed: '003_350a414516ea86dc.txt', section: '§13', heading: "13. 算法面试题：请解释大语言模型中的迁移学习。" },
  '003#§14': { seed: '003_350a414516ea86dc.txt', section: '§14', heading: "14. 算法面试题：如何优化大语言模型的推理速度？" },
  '003#§15': { seed: '003_350a414516ea86dc.txt', section: '§15', heading: "15. 算法面试题：请解释大语言模型中的多任务学习。" },
  '003#§16': { seed: '003_350a414516ea86dc.txt', section: '§16', heading: "16. 算法面试题：请解释大语言模型中的自监督学习。" },
  '003#§17': { seed: '003_350a414516ea86dc.txt', section: '§17', heading: "17. 算法面试题：请解释大语言模型中的数据增强。" },
  '003#§18': { seed: '003_350a414516ea86dc.txt', section: '§18', heading: "18. 算法面试题：请解释大语言模型中的嵌入层（Embedding Layer）。" },
  '003#§19': { seed: '003_350a414516ea86dc.txt', section: '§19', heading: "19. 算法面试题：请解释大语言模型中的正则化技术。" },
  '003#§20': { seed: '003_350a414516ea86dc.txt', section: '§20', heading: "20. 算法面试题：请解释大语言模型中的优化算法。" },
  '004#§1': { seed: '004_6ff10554399c3ad3.txt', section: '§1', heading: "1. 大模型训练中的计算资源需求如何优化？" },
  '004#§2': { seed: '004_6ff10554399c3ad3.txt', section: '§2', heading: "2. 如何处理大模型过拟合问题？" },
  '004#§3': { seed: '004_6ff10554399c3ad3.txt', section: '§3', heading: "3. 大模型训练数据预处理的关键步骤是什么？" },
  '004#§4': { seed: '004_6ff10554399c3ad3.txt', section: '§4', heading: "4. 如何评估大模型的效果？" },
  '004#§5': { seed: '004_6ff10554399c3ad3.txt', section: '§5', heading: "5. 如何设计大模型的架构？" },
  '004#§6': { seed: '004_6ff10554399c3ad3.txt', section: '§6', heading: "6. 大模型的训练时间如何优化？" },
  '004#§7': { seed: '004_6ff10554399c3ad3.txt', section: '§7', heading: "7. 大模型如何进行迁移学习？" },
  '004#§8': { seed: '004_6ff10554399c3ad3.txt', section: '§8', heading: "8. 大模型如何进行分布式训练？" },
  '004#§9': { seed: '004_6ff10554399c3ad3.txt', section: '§9', heading: "9. 如何在大模型中使用注意力机制？" },
  '004#§10': { seed: '004_6ff10554399c3ad3.txt', section: '§10', heading: "10. 大模型如何进行推理优化？" },
  '004#§11': { seed: '004_6ff10554399c3ad3.txt', section: '§11', heading: "11. 大模型在部署时如何保证实时性能？" },
  '004#§12': { seed: '004_6ff10554399c3ad3.txt', section: '§12', heading: "12. 大模型如何进行模型解释性分析？" },
  '004#§13': { seed: '004_6ff10554399c3ad3.txt', section: '§13', heading: "13. 大模型在移动设备上如何优化？" },
  '004#§14': { seed: '004_6ff10554399c3ad3.txt', section: '§14', heading: "14. 大模型如何进行模型压缩？" },
  '004#§15': { seed: '004_6ff10554399c3ad3.txt', section: '§15', heading: "15. 大模型如何进行数据增强？" },
  '004#§16': { seed: '004_6ff10554399c3ad3.txt', section: '§16', heading: "16. 大模型如何进行分布式训练？" },
  '004#§17': { seed: '004_6ff10554399c3ad3.txt', section: '§17', heading: "17. 大模型如何进行迁移学习？" },
  '004#§18': { seed: '004_6ff10554399c3ad3.txt', section: '§18', heading: "18. 大模型在金融领域的应用有哪些？" },
  '004#§19': { seed: '004_6ff10554399c3ad3.txt', section: '§19', heading: "19. 大模型在医疗领域的应用有哪些？" },
  '004#§20': { seed: '004_6ff10554399c3ad3.txt', section: '§20', heading: "20. 大模型在自然语言处理领域的应用有哪些？" },
  '004#§21': { seed: '004_6ff10554399c3ad3.txt', section: '§21', heading: "21. 大模型如何进行模型解释性分析？" },
  '004#§22': { seed: '004_6ff10554399c3ad3.txt', section: '§22', heading: "22. 大模型如何进行模型压缩？" },
  '004#§23': { seed: '004_6ff10554399c3ad3.txt', section: '§23', heading: "23. 大模型如何进行分布式训练？" },
  '004#§24': { seed: '004_6ff10554399c3ad3.txt', section: '§24', heading: "24. 大模型在图像识别中的应用有哪些？" },
  '004#§25': { seed: '004_6ff10554399c3ad3.txt', section: '§25', heading: "25. 大模型在语音识别中的应用有哪些？" },
  '004#§26': { seed: '004_6ff10554399c3ad3.txt', section: '§26', heading: "26. 大模型在推荐系统中的应用有哪些？" },
  '004#§27': { seed: '004_6ff10554399c3ad3.txt', section: '§27', heading: "27. 大模型在自然语言处理领域的发展趋势是什么？" },
  '004#§28': { seed: '004_6ff10554399c3ad3.txt', section: '§28', heading: "28. 大模型如何进行实时推理优化？" },
  '004#§29': { seed: '004_6ff10554399c3ad3.txt', section: '§29', heading: "29. 大模型如何进行迁移学习？" },
  '004#§30': { seed: '004_6ff10554399c3ad3.txt', section: '§30', heading: "30. 大模型如何进行数据增强？" },
};

/** The SeedRef of `NNN#§section`; throws on a key that is not in the table (a typo in an entry). */
export function seedRef(key: string): SeedRef {
  const ref = SEED_SECTIONS[key];
  if (!ref) throw new Error(`unknown seed section ${key}`);
  return ref;
}
