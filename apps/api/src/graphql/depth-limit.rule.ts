// graphql-depth-limit, guarded: it follows fragment spreads without checking for cycles, so a
// query with cyclic fragments would overflow the stack before graphql's own NoFragmentCycles
// rule reports it. Cyclic fragments are skipped here (that rule refuses them anyway).
import { GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

function hasFragmentCycle(context: ValidationContext): boolean {
  const document = context.getDocument();
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    spreads.set(definition.name.value, context.getFragmentSpreads(definition.selectionSet).map((s) => s.name.value));
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const cyclic = (name: string): boolean => {
    if (visiting.has(name)) return true;
    if (done.has(name)) return false;
    visiting.add(name);
    const result = (spreads.get(name) ?? []).some(cyclic);
    visiting.delete(name);
    done.add(name);
    return result;
  };
  return [...spreads.keys()].some(cyclic);
}

export function safeDepthLimit(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context) => {
    if (hasFragmentCycle(context)) return {};
    try {
      return rule(context);
    } catch {
      context.reportError(new GraphQLError(`Query exceeds maximum operation depth of ${maxDepth}`));
      return {};
    }
  };
}
