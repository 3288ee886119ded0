import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { UserActor } from '../actor';
import { AppError } from '../../common/app-error';
import { CredentialsService } from '../credentials.service';

/** E-mail and password; used by the `logIn` mutation (see LogInGuard). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly credentials: CredentialsService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<UserActor> {
    const actor = await this.credentials.actorForPassword(email, password);
    // Unknown e-mail and wrong password answer exactly alike.
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Invalid email or password');
    return actor;
  }
}
