import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({ imports: [CandidatesModule], providers: [InvitationsResolver, InvitationsService], exports: [InvitationsService] })
export class InvitationsModule {}
