import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsString, MaxLength } from 'class-validator';
import { MAX_WEBHOOK_URL_LENGTH } from '../delivery/network-policy';
import { WebhookEvent } from '../models/webhook-enums';

@InputType()
export class CreateWebhookInput {
  @Field({ description: `http(s), at most ${MAX_WEBHOOK_URL_LENGTH} characters, resolving to a public address.` })
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [WebhookEvent])
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(WebhookEvent).length)
  @ArrayUnique()
  @IsEnum(WebhookEvent, { each: true })
  events: WebhookEvent[];
}
