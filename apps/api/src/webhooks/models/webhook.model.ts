import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { DeliveryStatus, WebhookEvent } from './webhook-enums';

@ObjectType({ description: 'An HTTP(S) endpoint that receives signed POSTs for the events it subscribes to.' })
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field({ description: 'Inactive webhooks receive nothing; their pending deliveries stop.' })
  active: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class CreateWebhookPayload {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field({ description: 'Shown once: the key of the HMAC in each delivery\'s X-Signature header.' })
  secret: string;
}

@ObjectType({ description: 'One event sent (or being sent) to one webhook.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as X-Delivery-Id and as the body\'s `id`.' })
  id: string;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Tries made so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last try; null when it got no answer.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last try failed; null after a success.' })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');
