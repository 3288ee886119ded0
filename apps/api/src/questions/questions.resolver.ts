import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import type { MemberActor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { QuestionsArgs } from './dto/questions.args';
import { OutputCheck } from './models/output-check.model';
import { conceptualOfContent, contentOutputChecks, contentStarterCode, contentText } from './question-content';
import { Lang, Question, QuestionConnection, RubricPoint } from './models/question.model';
import { QuestionsService } from './questions.service';

type BilingualText = { zh: string; en: string };

function pick(text: BilingualText | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === Lang.ZH ? text.zh : text.en;
}

/** The question bank for company users (model answers and rubrics included). */
@Resolver(() => Question)
export class QuestionsResolver {
  constructor(private readonly questionsService: QuestionsService) {}

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => QuestionConnection, { description: 'Browse and search the shared bank and your company\'s own questions.' })
  questions(@CurrentActor() actor: MemberActor, @Args() args: QuestionsArgs) {
    return this.questionsService.list(actor.companyId, args);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => Question)
  question(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs) {
    return this.questionsService.get(actor.companyId, id);
  }

  @ResolveField(() => String)
  title(@Parent() question: Question, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return contentText(question.content, 'title', lang);
  }

  @ResolveField(() => String, { description: 'The full question; for coding questions the statement with shapes and a worked example.' })
  prompt(@Parent() question: Question, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return contentText(question.content, 'prompt', lang);
  }

  @ResolveField(() => String, { description: 'Company users only: the corrected model answer.' })
  modelAnswer(@Parent() question: Question, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return contentText(question.content, 'modelAnswer', lang);
  }

  @ResolveField(() => [String], { description: 'What was corrected relative to the seed, and why.' })
  corrections(@Parent() question: Question, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return ((question.content.corrections ?? []) as BilingualText[]).map((c) => pick(c, lang));
  }

  @ResolveField(() => [RubricPoint], { description: 'Company users only: key points of a conceptual answer.' })
  rubric(@Parent() question: Question, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang): RubricPoint[] {
    if (question.kind !== 'CONCEPTUAL') return [];
    const { rubric } = conceptualOfContent(question.content);
    return rubric.map((p) => ({ id: p.id, point: pick(p.point, lang), weight: p.weight, keywords: [...p.keywords.en, ...p.keywords.zh] }));
  }

  @ResolveField(() => [OutputCheck], { description: 'Coding questions: how each output field is compared (exact or its tolerance); empty for other kinds.' })
  outputChecks(@Parent() question: Question): OutputCheck[] {
    return contentOutputChecks(question.content);
  }

  @ResolveField(() => String, { nullable: true, description: 'Starter code for a coding or training question.' })
  starterCode(@Parent() question: Question, @Args('language', { type: () => Language }) language: Language) {
    return contentStarterCode(question.content, language);
  }
}
