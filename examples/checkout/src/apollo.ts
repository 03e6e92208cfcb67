import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { possibleTypes } from '../../../client/generated/possible-types.json';
import type { Language } from './i18n';

/**
 * As the README's "Using the gateway from an app" says: possibleTypes, so fields selected through
 * failure interfaces survive the cache; the partner credential on HTTP and in graphql-ws's
 * connection_init; the language as Accept-Language, which picks the guidance text.
 */
export function createApolloClient(authorization: string, language: Language) {
  const origin = window.location.origin;
  const acceptLanguage = language === 'zh' ? 'zh-CN' : 'en';
  const http = new HttpLink({
    uri: `${origin}/graphql`,
    headers: { authorization, 'accept-language': acceptLanguage },
  });
  const ws = new GraphQLWsLink(
    createClient({
      url: `${origin.replace(/^http/, 'ws')}/graphql`,
      connectionParams: { authorization },
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http),
    cache: new InMemoryCache({ possibleTypes }),
  });
}
