// Refuses text that PostgreSQL cannot store: a NUL character anywhere in a string argument or
// variable. Without this, such input would reach the database and fail there.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

function hasNul(value: unknown, depth = 0): boolean {
  if (depth > 50) return false;
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((item) => hasNul(item, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).some((item) => hasNul(item, depth + 1));
  return false;
}

// Apollo caches parsed documents, so the same DocumentNode comes back for a repeated query.
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  checkedDocuments.set(document, found);
  return found;
}

export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document }) {
          if (hasNul(request.variables) || documentHasNul(document)) {
            throw new GraphQLError('Text must not contain NUL characters', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
