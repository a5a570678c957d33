// Reads {"schema": SDL, "documents": [text, ...]} as JSON on stdin and prints, for each document, graphql-js 16's
// verdict: {"syntax": {message, locations}} for a syntax error, else {"errors": [{message, locations}, ...]}.
import { buildSchema, parse, validate, GraphQLError } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(input.schema);
const results = input.documents.map((text) => {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { syntax: { message: error.message, locations: error.locations ?? [] } };
  }
  return { errors: validate(schema, document).map((e) => ({ message: e.message, locations: e.locations ?? [] })) };
});
process.stdout.write(JSON.stringify(results));
