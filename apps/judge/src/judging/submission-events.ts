// Announces a submission's status changes on Redis pub/sub (the API turns them into the
// `submissionUpdated` GraphQL subscription).
import { submissionEventsChannel, type SubmissionEvent } from '@app/platform';
import type { Redis } from 'ioredis';

export class SubmissionEventPublisher {
  constructor(
    private readonly redis: Pick<Redis, 'publish'>,
    private readonly keyPrefix: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  get channel(): string {
    return submissionEventsChannel(this.keyPrefix);
  }

  /** Publishes one event. A lost event is not worth failing a judged submission for: the row in
   * PostgreSQL is the truth and clients can always query it, so errors are reported, not thrown. */
  async publish(event: SubmissionEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.onError(error);
    }
  }
}
