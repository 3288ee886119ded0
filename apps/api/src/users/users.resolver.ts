import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { PageArgs } from '../common/pagination';
import { CreateUserInput } from './dto/create-user.input';
import { Company } from './models/company.model';
import { User, UserConnection } from './models/user.model';
import { Viewer } from './models/viewer.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => Viewer, { description: 'The caller: a user (access token) or an API key, with its company.' })
  me(@CurrentActor() actor: MemberActor) {
    return this.usersService.viewer(actor);
  }

  @Allow('ADMIN')
  @Query(() => UserConnection, { description: 'Members of the caller\'s company.' })
  users(@CurrentActor() actor: MemberActor, @Args() page: PageArgs) {
    return this.usersService.list(actor, page);
  }

  @Allow('ADMIN')
  @Mutation(() => User, { description: 'Adds a member to the caller\'s company.' })
  createUser(@CurrentActor() actor: MemberActor, @Args('input') input: CreateUserInput, @ClientIp() ip: string) {
    return this.usersService.create(actor, input, ip);
  }

  @ResolveField(() => Company)
  company(@Parent() user: User) {
    return user.company ?? this.usersService.getCompany(user.companyId);
  }
}
