import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MAINTENANCE_QUEUE } from '@app/platform';
import { MaintenanceService } from './maintenance.service';

/** Runs each scheduled tick of the `maintenance` queue: one replica at a time takes it. */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceWorker extends WorkerHost {
  constructor(private readonly maintenance: MaintenanceService) {
    super();
  }

  process() {
    return this.maintenance.sweep();
  }
}
