import { apiKeyDigest, generateApiKey } from '../src/partners/api-key';

/** Prints a new API key and the line for PARTNERS_FILE; only the digest belongs in the file. */
const key = generateApiKey();
const digest = apiKeyDigest(key).toString('hex');
process.stdout.write(
  [
    `API key (give it to the partner once; it is not stored anywhere):`,
    `  ${key}`,
    '',
    `Add to the partner's "keys" in PARTNERS_FILE:`,
    `  { "sha256": "${digest}" }`,
    '',
  ].join('\n'),
);
