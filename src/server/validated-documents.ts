import { DocumentNode } from 'graphql';

/**
 * Documents that parsed and passed validation, by their text, so that a storm of identical
 * subscribes (every client of a replica that went away, reconnecting here) parses and validates
 * each distinct document once. Validation depends on the document alone (the schema and rules are
 * fixed for the process), so a cached answer is the same answer. Refused documents are not kept:
 * they cost the sender, not the cache. Bounded; the oldest entry goes first.
 */
export interface ValidatedDocuments {
  get(query: string): DocumentNode | undefined;
  add(query: string, document: DocumentNode): void;
}

export function createValidatedDocuments(maxEntries: number): ValidatedDocuments {
  const documents = new Map<string, DocumentNode>();
  return {
    get: (query) => documents.get(query),
    add(query, document) {
      if (documents.size >= maxEntries) documents.delete(documents.keys().next().value!);
      documents.set(query, document);
    },
  };
}
