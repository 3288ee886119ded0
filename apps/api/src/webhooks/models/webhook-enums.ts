// GraphQL enums of webhooks, registered under the contract's names.
import { registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus, WebhookEvent } from '@prisma/client';

registerEnumType(WebhookEvent, { name: 'WebhookEvent', description: 'What happened; a webhook subscribes to some of these.' });
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING until a 2xx answer (SUCCEEDED) or until every try has failed (FAILED).',
});

export { DeliveryStatus, WebhookEvent };
