import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { PageArgs } from '../common/pagination';
import { CandidatesService } from './candidates.service';
import { CreateCandidateInput } from './dto/create-candidate.input';
import { Candidate, CandidateConnection } from './models/candidate.model';

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(private readonly candidatesService: CandidatesService) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Candidate)
  createCandidate(@CurrentActor() actor: MemberActor, @Args('input') input: CreateCandidateInput, @ClientIp() ip: string) {
    return this.candidatesService.create(actor, input, ip);
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
