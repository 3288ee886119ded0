// Every coding question, family by family.
import type { CodingQuestion } from '../types';
import { applicationQuestions } from './explain';
import { attentionQuestions } from './attention';
import { compressionQuestions } from './compress';
import { layerQuestions } from './layers';
import { dataQuestions } from './data';
import { metricQuestions } from './metrics';
import { nnQuestions } from './nn';
import { optimizationQuestions } from './training';
import { visionQuestions } from './augment';

export const codingQuestions: CodingQuestion[] = [...nnQuestions, ...layerQuestions, ...attentionQuestions, ...metricQuestions, ...dataQuestions, ...optimizationQuestions, ...compressionQuestions, ...visionQuestions, ...applicationQuestions];
