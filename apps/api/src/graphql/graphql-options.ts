import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../common/format-graphql-error';
import { complexityPlugin } from './complexity.plugin';

const logger = new Logger('GraphQL');

/** Apollo settings: in-memory schema, limits on depth and cost, client-safe errors. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  return {
    path: '/graphql',
    // The committed schema.graphql is printed by `npm run schema:print` and checked by a test;
    // the running server never writes files.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH)],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    // @nestjs/apollo types Apollo's ESM build and we import its CommonJS one: same object.
    plugins: [complexityPlugin(() => schema as GraphQLSchema, config.GRAPHQL_MAX_COMPLEXITY) as never],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, (original) => logger.error(original as Error)),
  };
}
