import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { PageArgs } from '../common/pagination';
import { CandidatesService } from './candidates.service';
import { CreateCandidateInput } from './dto/create-candidate.input';
import { Candidate, CandidateConnection, ErasedCandidate } from './models/candidate.model';
import { CandidateErasureService } from './candidate-erasure.service';

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly candidatesService: CandidatesService,
    private readonly erasure: CandidateErasureService,
  ) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Candidate)
  createCandidate(@CurrentActor() actor: MemberActor, @Args('input') input: CreateCandidateInput, @ClientIp() ip: string) {
    return this.candidatesService.create(actor, input, ip);
  }

  @Allow('ADMIN')
  @Mutation(() => ErasedCandidate, { description: 'Erases the candidate\'s personal data (name, e-mail, external id, sources, answers, drafts, runs, activity); their scores stay, anonymous, for reports. NOT_FOUND afterwards. Audit-logged.' })
  eraseCandidate(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs, @ClientIp() ip: string) {
    return this.erasure.erase(actor, id, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Query(() => Candidate)
  candidate(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs) {
    return this.candidatesService.get(actor, id);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Query(() => CandidateConnection)
  candidates(@CurrentActor() actor: MemberActor, @Args() page: PageArgs) {
    return this.candidatesService.list(actor, page);
  }
}
