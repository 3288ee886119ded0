import { Module } from '@nestjs/common';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({ providers: [CandidatesResolver, CandidatesService], exports: [CandidatesService] })
export class CandidatesModule {}
