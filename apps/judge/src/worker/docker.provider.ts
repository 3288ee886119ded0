import type { Provider } from '@nestjs/common';
import { createDockerClient } from '../sandbox';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';

export const DOCKER = Symbol('DOCKER');

export const dockerProvider: Provider = {
  provide: DOCKER,
  inject: [JUDGE_CONFIG],
  useFactory: (config: JudgeConfig) => createDockerClient({ socketPath: config.DOCKER_SOCKET }),
};
