import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config/app-config';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { formatGraphQLError } from '../common/format-graphql-error';
import { complexityPlugin } from './complexity.plugin';
import { safeDepthLimit } from './depth-limit.rule';
import { inputHygienePlugin } from './input-hygiene.plugin';

const logger = new Logger('GraphQL');

function bearerFromConnectionParams(params: Record<string, unknown> | undefined | null): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/** Apollo settings: in-memory schema, limits on depth and cost, client-safe errors. */
const report = (original: unknown) => logger.error(original as Error);

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
    validationRules: [safeDepthLimit(config.GRAPHQL_MAX_DEPTH)],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    // @nestjs/apollo types Apollo's ESM build and we import its CommonJS one: same object.
    plugins: [
      complexityPlugin(() => schema as GraphQLSchema, config.GRAPHQL_MAX_COMPLEXITY) as never,
      inputHygienePlugin() as never,
      // No HTTP cache hints and no Apollo Studio reporting: per-request work we do not use.
      ApolloServerPluginCacheControlDisabled() as never,
      ApolloServerPluginUsageReportingDisabled() as never,
    ],
    // graphql-transport-ws on the same path; the client sends its bearer token as
    // connectionParams.authorization, and guards see it as a request header.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx) => typeof bearerFromConnectionParams(ctx.connectionParams) === 'string',
        // Apollo's formatError does not see WebSocket results: give them the same treatment.
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors?.length
            ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error, report)) }
            : result,
      },
    },
    context: (ctx: { req?: unknown; res?: unknown; connectionParams?: Record<string, unknown>; extra?: { request?: { socket?: { remoteAddress?: string } } } }) =>
      ctx.req
        ? { req: ctx.req, res: ctx.res }
        : { req: { headers: { authorization: bearerFromConnectionParams(ctx.connectionParams) }, ip: ctx.extra?.request?.socket?.remoteAddress } },
    formatError: (formatted, error) => formatGraphQLError(formatted, error, report),
  };
}
