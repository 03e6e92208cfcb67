import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGatewaySchema } from '../src/server/schema';
import { createTicketingPubSub } from '../src/ticketing/ticketing.pubsub';

/** Emits schema.graphql from the code (--write) or fails when the committed file drifted (--check). */
const target = join(__dirname, '..', 'schema.graphql');
const header = '# Generated from the code by `npm run schema:emit`. Do not edit by hand.\n\n';
const printed = `${header}${printSchema(buildGatewaySchema(createTicketingPubSub().graphql))}\n`;

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
  console.log('schema.graphql matches the code');
}
