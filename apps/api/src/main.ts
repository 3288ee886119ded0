import { createApp } from './create-app';
import { ConfigurationError, loadAppConfig } from './config/app-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`GraphQL API ready at http://127.0.0.1:${config.PORT}/graphql`);
}

void main();
