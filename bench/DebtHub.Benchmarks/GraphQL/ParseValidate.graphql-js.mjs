// Side-by-side reference for ParseValidateBenchmarks: the same SDL and documents through graphql-js 16.15.
// Run from a folder with graphql@16.15.0 installed: node ParseValidate.graphql-js.mjs
import { buildSchema, parse, validate, getIntrospectionQuery } from 'graphql';
const schema = buildSchema(`type Query { book(id: ID!): Book books(first: Int = 10): [Book!]! }
type Book { id: ID! title: String! author: Author }
type Author { name: String! books: [Book!]! }`);
const iq = getIntrospectionQuery(); const three = '{ book(id: "1") { id title author { name } } }';
const di = parse(iq), d3 = parse(three);
function time(name, fn, n) { for (let i = 0; i < n / 10; i++) fn(); const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) fn(); const us = Number(process.hrtime.bigint() - t) / 1000 / n; console.log(`${name}: ${us.toFixed(2)} us`); }
time('parse introspection', () => parse(iq), 20000);
time('parse three-field', () => parse(three), 200000);
time('validate introspection', () => validate(schema, di), 5000);
time('validate three-field', () => validate(schema, d3), 100000);
