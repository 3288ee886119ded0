// Refuses queries whose estimated cost is above GRAPHQL_MAX_COMPLEXITY before they run.
// Each field costs 1; list fields with `first` cost `first` times their children.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

const firstArgumentEstimator = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  typeof args.first === 'number' ? 1 + Math.max(0, args.first) * Math.max(1, childComplexity) : undefined;

export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
            schema: getSchema(),
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              firstArgumentEstimator as never,
              simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Variables that do not fit the operation: execution reports them as BAD_USER_INPUT.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex: ${complexity} > ${maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'query', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
