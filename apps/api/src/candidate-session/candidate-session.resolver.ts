import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import type { CandidateActor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { OutputCheck } from '../questions/models/output-check.model';
import { Lang } from '../questions/models/question.model';
import { contentOutputChecks, contentStarterCode, contentText } from '../questions/question-content';
import { Submission } from '../submissions/models/submission.model';
import { SubmissionsService } from '../submissions/submissions.service';
import { CandidateSessionService } from './candidate-session.service';
import { RunCodeInput } from './dto/run-code.input';
import { SaveDraftInput } from './dto/save-draft.input';
import { RecordActivityInput } from './dto/record-activity.input';
import { ActivityRecorded } from './models/activity.model';
import { DraftSaved } from './models/draft.model';
import { SubmitAnswerInput, SubmitCodeInput } from './dto/submit.input';
import { CodeRun } from './models/code-run.model';
import { IdArgs, ParseCuidPipe } from '../common/id-args';
import { CandidateAttempt, CandidateQuestion } from './models/candidate-attempt.model';

/** Operations for a candidate holding an invitation token (`Authorization: Bearer inv_…`). */
@Resolver()
export class CandidateSessionResolver {
  constructor(
    private readonly session: CandidateSessionService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Allow('CANDIDATE')
  @Mutation(() => CandidateAttempt, { description: 'Starts the timed attempt; calling it again returns the same attempt.' })
  startAttempt(@CurrentActor() actor: CandidateActor) {
    return this.session.start(actor);
  }

  @Allow('CANDIDATE')
  @Query(() => CandidateAttempt, { description: 'The candidate\'s own attempt.' })
  myAttempt(@CurrentActor() actor: CandidateActor) {
    return this.session.attempt(actor);
  }

  @Allow('CANDIDATE')
  @Mutation(() => CodeRun, {
    description: 'Runs your code on the question\'s visible samples, or on one `input` of your own (its expected output comes from the reference when the question has one). Not a submission, not scored; `codeRunUpdated(id)` (or polling `codeRun(id)`) gives the results.',
  })
  runCode(@CurrentActor() actor: CandidateActor, @Args('input') input: RunCodeInput) {
    return this.session.runCode(actor, input);
  }

  @Allow('CANDIDATE')
  @Query(() => CodeRun, { description: 'One of your runs: status, and per visible or custom test the input, expected and actual values.' })
  codeRun(@CurrentActor() actor: CandidateActor, @Args() { id }: IdArgs) {
    return this.session.codeRun(actor, id);
  }

  @Allow('CANDIDATE')
  @Subscription(() => CodeRun, {
    description: 'QUEUED → RUNNING → DONE (or FAILED) for one of your runs, with its results when done; over graphql-transport-ws with the invitation token in connectionParams.authorization.',
    resolve: (run: CodeRun) => run,
  })
  async codeRunUpdated(@CurrentActor() actor: CandidateActor, @Args('id', { type: () => ID }, new ParseCuidPipe('id')) id: string) {
    await this.session.codeRun(actor, id); // NOT_FOUND before anything is streamed
    return this.session.codeRunUpdates(actor, id);
  }

  @Allow('CANDIDATE')
  @Mutation(() => ActivityRecorded, { description: 'Activity seen by your front end (paste, copy, focus, full screen), in batches; shown to graders as signals, never a verdict.' })
  recordActivity(@CurrentActor() actor: CandidateActor, @Args('input') input: RecordActivityInput) {
    return this.session.recordActivity(actor, input);
  }

  @Allow('CANDIDATE')
  @Mutation(() => DraftSaved, { description: 'Keeps the editor\'s source for this question and language (restored by myAttempt { drafts }); refused after the deadline.' })
  saveDraft(@CurrentActor() actor: CandidateActor, @Args('input') input: SaveDraftInput) {
    return this.session.saveDraft(actor, input);
  }

  @Allow('CANDIDATE')
  @Mutation(() => Submission, { description: 'Queues code for the judge. The last submission per question counts.' })
  async submitCode(@CurrentActor() actor: CandidateActor, @Args('input') input: SubmitCodeInput) {
    const created = await this.session.submitCode(actor, input);
    return this.submissions.forCandidate(actor, created.id);
  }

  @Allow('CANDIDATE')
  @Mutation(() => Submission, { description: 'A written answer; it waits for a grader (verdict PENDING_REVIEW).' })
  async submitAnswer(@CurrentActor() actor: CandidateActor, @Args('input') input: SubmitAnswerInput) {
    const created = await this.session.submitAnswer(actor, input);
    return this.submissions.forCandidate(actor, created.id);
  }

  @Allow('CANDIDATE')
  @Mutation(() => CandidateAttempt)
  finishAttempt(@CurrentActor() actor: CandidateActor) {
    return this.session.finish(actor);
  }
}

@Resolver(() => CandidateQuestion)
export class CandidateQuestionResolver {
  @ResolveField(() => String)
  title(@Parent() question: CandidateQuestion, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return contentText(question.content, 'title', lang);
  }

  @ResolveField(() => String)
  prompt(@Parent() question: CandidateQuestion, @Args('lang', { type: () => Lang, defaultValue: Lang.EN }) lang: Lang) {
    return contentText(question.content, 'prompt', lang);
  }

  @ResolveField(() => [OutputCheck], { description: 'Coding questions: how each output field is compared (exact or its tolerance); empty for other kinds.' })
  outputChecks(@Parent() question: CandidateQuestion): OutputCheck[] {
    return contentOutputChecks(question.content);
  }

  @ResolveField(() => String, { nullable: true })
  starterCode(@Parent() question: CandidateQuestion, @Args('language', { type: () => Language }) language: Language) {
    return contentStarterCode(question.content, language);
  }
}
