// Every coding question, family by family.
import type { CodingQuestion } from '../types';
import { applicationQuestions } from './applications';
import { attentionQuestions } from './attention';
import { compressionQuestions } from './compression';
import { layerQuestions } from './layers';
import { dataQuestions } from './data';
import { metricQuestions } from './metrics';
import { nnQuestions } from './nn';
import { optimizationQuestions } from './optimization';
import { visionQuestions } from './vision';

export const codingQuestions: CodingQuestion[] = [...nnQuestions, ...layerQuestions, ...attentionQuestions, ...metricQuestions, ...dataQuestions, ...optimizationQuestions, ...compressionQuestions, ...visionQuestions, ...applicationQuestions];
