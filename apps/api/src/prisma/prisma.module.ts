import { Global, Module } from '@nestjs/common';
import { DATABASE_URL, PrismaService } from '@app/platform';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@Global()
@Module({
  providers: [
    { provide: DATABASE_URL, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.DATABASE_URL },
    PrismaService,
  ],
  exports: [PrismaService],
})
export class PrismaModule {}
