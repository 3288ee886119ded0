import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { Actor } from '../actor';
import { CredentialsService } from '../credentials.service';

/**
 * `Authorization: Bearer <token>` where the token is a user's access token (JWT), an API key
 * (`mlj_...`) or a candidate's invitation token (`inv_...`).
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(private readonly credentials: CredentialsService) {
    super();
  }

  async validate(token: string): Promise<Actor | false> {
    return (await this.credentials.actorForBearerToken(token)) ?? false;
  }
}
