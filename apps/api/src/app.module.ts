import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BearerAuthGuard } from './auth/guards/bearer-auth.guard';
import { PrincipalGuard } from './auth/guards/principal.guard';
import { AppErrorFilter } from './common/app-error.filter';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logging/logger-options';
import { PrismaModule } from './prisma/prisma.module';
import { QuestionsModule } from './questions/questions.module';
import { CompanyQuestionsModule } from './company-questions/company-questions.module';
import { CandidateSessionModule } from './candidate-session/candidate-session.module';
import { CandidatesModule } from './candidates/candidates.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { QuestionSetsModule } from './question-sets/question-sets.module';
import { QueuesModule } from './queues/queues.module';
import { SubmissionEventsModule } from './submission-events/submission-events.module';
import { GreenhouseModule } from './integrations/greenhouse/greenhouse.module';
import { MailModule } from './mail/mail.module';
import { ReportPageModule } from './report-page/report-page.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisModule } from './redis/redis.module';
import { UsersModule } from './users/users.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WebhookDeliveryModule } from './webhooks/delivery/webhook-delivery.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        PrismaModule,
        RedisModule,
        RateLimitModule,
        AuditModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        HealthModule,
        AuthModule,
        UsersModule,
        ApiKeysModule,
        QuestionsModule,
        CompanyQuestionsModule,
        QueuesModule.forRoot(config),
        QuestionSetsModule,
        CandidatesModule,
        InvitationsModule,
        CandidateSessionModule,
        MaintenanceModule.forRoot(config),
        SubmissionEventsModule,
        WebhooksModule,
        WebhookDeliveryModule.forRoot(config),
        SubmissionsModule,
        ReviewsModule,
        ReportsModule,
        ReportPageModule,
        MailModule.forRoot(config),
        GreenhouseModule,
        AuditLogModule,
      ],
      providers: [
        // Order matters: authenticate first, then check the principal.
        { provide: APP_GUARD, useClass: BearerAuthGuard },
        { provide: APP_GUARD, useClass: PrincipalGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
