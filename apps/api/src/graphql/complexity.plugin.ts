// Refuses queries whose estimated cost is above GRAPHQL_MAX_COMPLEXITY before they run.
// Each field costs 1; list fields with `first` cost `first` times their children.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, GraphQLSchema, type DocumentNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

const firstArgumentEstimator = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  typeof args.first === 'number' ? 1 + Math.max(0, args.first) * Math.max(1, childComplexity) : undefined;

// A document's cost depends only on it and its variables; Apollo hands back the same parsed
// DocumentNode for a repeated query, so the cost is computed once per (document, variables).
const costs = new WeakMap<object, Map<string, number>>();

export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  /** The operation's cost, or undefined when its variables do not fit it (execution reports that). */
  function costOf(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | undefined {
    const key = JSON.stringify(variables) + (operationName ?? '');
    const known = costs.get(document)?.get(key);
    if (known !== undefined) return known;
    try {
      const cost = getComplexity({
        schema: getSchema(),
        operationName,
        query: document,
        variables,
        estimators: [fieldExtensionsEstimator(), firstArgumentEstimator as never, simpleEstimator({ defaultComplexity: 1 })],
      });
      const byVariables = costs.get(document) ?? new Map<string, number>();
      if (byVariables.size < 100) byVariables.set(key, cost);
      costs.set(document, byVariables);
      return cost;
    } catch {
      return undefined;
    }
  }

  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
          if (complexity !== undefined && complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex: ${complexity} > ${maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'query', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
