import { PipeTransform } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AppError } from './app-error';
import { IsString, Length } from 'class-validator';

/** `(id: ID!)` for operations on one object; ids are opaque strings. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id: string;
}

/** For an `id` argument beside others (where a whole-args class would not fit): same checks. */
export class ParseCuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || value.length < 1 || value.length > 64) {
      throw AppError.badInput(this.field, `${this.field} must be an id of 1 to 64 characters`);
    }
    return value;
  }
}
