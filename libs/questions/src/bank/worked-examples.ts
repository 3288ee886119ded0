// The coding questions' worked examples, computed by independent libraries (PyTorch,
// scikit-learn, NLTK, OpenCV, torchvision, pandas, numpy) by libs/questions/scripts/worked_examples.py
// into libs/questions/bank/worked-examples.json. Re-run the script rather than editing the file.
import { workedExamplesSchema } from '../schema';
import type { WorkedExamples } from '../types';
import { readBankJson } from './data-files';

export const WORKED_EXAMPLES: WorkedExamples = readBankJson('worked-examples.json', workedExamplesSchema);
