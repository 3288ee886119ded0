// Every coding question, family by family.
import type { CodingQuestion } from '../types';
import { attentionQuestions } from './attention';
import { layerQuestions } from './layers';
import { dataQuestions } from './data';
import { metricQuestions } from './metrics';
import { nnQuestions } from './nn';

export const codingQuestions: CodingQuestion[] = [...nnQuestions, ...layerQuestions, ...attentionQuestions, ...metricQuestions, ...dataQuestions];
