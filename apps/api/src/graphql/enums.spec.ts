// The contract's GraphQL enums Language and Verdict carry exactly the values of @app/definitions.
// The schema drift test (schema.spec.ts) ties this committed file to what the code builds.
import { LANGUAGE_IDS, VERDICT_NAMES } from '@app/definitions';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name).sort();
}

describe('GraphQL enums and @app/definitions', () => {
  it('Language has one value per language of the table', () => {
    expect(enumValues('Language')).toEqual([...LANGUAGE_IDS].sort());
  });

  it('Verdict has one value per verdict of the table', () => {
    expect(enumValues('Verdict')).toEqual([...VERDICT_NAMES].sort());
  });
});
