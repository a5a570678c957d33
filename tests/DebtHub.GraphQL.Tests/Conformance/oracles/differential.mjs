// Differential oracle: runs every case through graphql-js 16 (parse -> validate -> execute) on the same SDL and root
// value as our engine. stdin: {"schema": SDL, "data": rootValue, "cases": [{query, variables?, operationName?}]}
// stdout: a JSON array with one response per case ({"errors": [...]} without data for syntax and validation errors).
import { buildSchema, parse, validate, execute, GraphQLError } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { schema: sdl, data, cases } = JSON.parse(input);
const schema = buildSchema(sdl);
const shape = (e) => { const j = e.toJSON ? e.toJSON() : e; return { message: j.message, locations: j.locations, path: j.path }; };
const results = [];
for (const c of cases) {
  let document;
  try {
    document = parse(c.query);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    results.push({ errors: [shape(e)] });
    continue;
  }
  const errors = validate(schema, document);
  if (errors.length) { results.push({ errors: errors.map(shape) }); continue; }
  const result = await execute({ schema, document, rootValue: data, variableValues: c.variables ?? undefined, operationName: c.operationName ?? undefined });
  const out = {};
  if (result.errors) out.errors = result.errors.map(shape);
  if ('data' in result) out.data = result.data;
  results.push(out);
}
process.stdout.write(JSON.stringify(results));
