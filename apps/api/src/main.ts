import { startWithConfig } from '@app/platform';
import { loadAppConfig } from './config/app-config';
import { createApp } from './create-app';

void startWithConfig(loadAppConfig, async (config) => {
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`GraphQL API ready at http://127.0.0.1:${config.PORT}/graphql`);
});
