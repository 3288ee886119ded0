import { Module } from '@nestjs/common';
import { CandidateErasureService } from './candidate-erasure.service';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({ providers: [CandidatesResolver, CandidatesService, CandidateErasureService], exports: [CandidatesService, CandidateErasureService] })
export class CandidatesModule {}
