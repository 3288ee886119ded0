import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { UserActor } from './actor';
import { AuthService } from './auth.service';
import { ClientIp, CurrentActor, Public } from './decorators';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { LogInGuard } from './guards/log-in.guard';
import { LogInPayload, SignUpPayload } from './models/auth-payload.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => SignUpPayload, { description: 'Creates a company and its first ADMIN. Rate-limited per IP and e-mail.' })
  signUp(@Args('input') input: SignUpInput, @ClientIp() ip: string) {
    return this.auth.signUp(input, ip);
  }

  @Public()
  @UseGuards(LogInGuard)
  @Mutation(() => LogInPayload, { description: 'Exchanges e-mail and password for an access token. Rate-limited.' })
  // `input` is validated and checked by LogInGuard; it is declared here for the schema.
  logIn(@Args('input') _input: LogInInput, @CurrentActor() actor: UserActor) {
    return this.auth.logIn(actor);
  }
}
