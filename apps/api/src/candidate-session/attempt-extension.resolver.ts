import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { ParseCuidPipe } from '../common/id-args';
import { AttemptExtensionService } from './attempt-extension.service';
import { AttemptDeadline } from './models/attempt-deadline.model';

@Resolver()
export class AttemptExtensionResolver {
  constructor(private readonly extensions: AttemptExtensionService) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => AttemptDeadline, { description: 'Gives one candidate extra time: the attempt\'s deadline moves by `minutes` (1 to 1440). Audit-logged.' })
  extendAttempt(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, new ParseCuidPipe('id')) id: string,
    @Args('minutes', { type: () => Int }) minutes: number,
    @ClientIp() ip: string,
  ) {
    return this.extensions.extend(actor, id, minutes, ip);
  }
}
