import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { BulkInviteCandidatesInput, InvitationsArgs, InviteCandidateInput } from './dto/invite-candidate.input';
import { BulkInviteRowResult, Invitation, InvitationConnection, InvitationEmail, InviteCandidatePayload } from './models/invitation.model';
import { InvitationsService } from './invitations.service';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly invitationsService: InvitationsService) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => InviteCandidatePayload)
  inviteCandidate(@CurrentActor() actor: MemberActor, @Args('input') input: InviteCandidateInput, @ClientIp() ip: string) {
    return this.invitationsService.invite(actor, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => [BulkInviteRowResult], { description: 'Up to 100 candidates at once (created when new); one result per row.' })
  bulkInviteCandidates(@CurrentActor() actor: MemberActor, @Args('input') input: BulkInviteCandidatesInput, @ClientIp() ip: string) {
    return this.invitationsService.bulkInvite(actor, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Invitation)
  revokeInvitation(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs, @ClientIp() ip: string) {
    return this.invitationsService.revoke(actor, id, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Query(() => InvitationConnection)
  invitations(
    @CurrentActor() actor: MemberActor,
    @Args() args: InvitationsArgs,
  ) {
    return this.invitationsService.list(actor, args, args.questionSetId);
  }

  @ResolveField(() => [InvitationEmail], { description: 'The invitation e-mails sent for it (`sendEmail`), with their delivery status.' })
  emails(@CurrentActor() actor: MemberActor, @Parent() invitation: Invitation) {
    return this.invitationsService.emails(actor.companyId, invitation.id);
  }
}
