import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGatewaySchema } from '../src/server/schema';
import { createTicketingPubSub } from '../src/ticketing/ticketing.pubsub';
import { undescribed } from './schema-descriptions';

/**
 * Emits schema.graphql from the code (--write), or fails (--check) when the committed file drifted
 * or anything in the graph has no description.
 */
const target = join(__dirname, '..', 'schema.graphql');
const header = '# Generated from the code by `npm run schema:emit`. Do not edit by hand.\n\n';
const schema = buildGatewaySchema(createTicketingPubSub().graphql);
const printed = `${header}${printSchema(schema)}\n`;

const missing = undescribed(schema);
if (missing.length > 0) {
  console.error(`These have no description; every type, field, argument and enum value needs one:`);
  for (const where of missing) console.error(`  ${where}`);
  process.exit(1);
}

if (process.argv.includes('--write')) {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== printed) {
    console.error(
      'schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema.graphql matches the code, and everything in it is described');
}
