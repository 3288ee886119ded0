import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { MAX_WEBHOOK_URL_LENGTH } from '../delivery/network-policy';
import { WebhookEvent } from '../models/webhook-enums';

/** Changes only the fields given. */
@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url?: string;

  @Field(() => [WebhookEvent], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(WebhookEvent).length)
  @ArrayUnique()
  @IsEnum(WebhookEvent, { each: true })
  events?: WebhookEvent[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
