import { Field, ID, InterfaceType } from 'type-graphql';
import { byTypename } from './discriminant';

@InterfaceType('Node', {
  resolveType: byTypename,
  description:
    'An object with a global id: client caches (Apollo Client, urql Graphcache, Relay) normalise by it, and node(id) fetches it again.',
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Globally unique and opaque; never parse it.' })
  id!: string;
}
