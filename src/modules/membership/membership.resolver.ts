import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Country)
  country(@Root() m: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.byId.Country.load(m.countryId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() m: Membership, @Ctx() ctx: Context) {
    const preloaded = ctx.loaders.preloaded.organizationOfMembership.get(m.id);
    if (preloaded) return preloaded;
    return ctx.loaders.byId.Organization.load(m.organizationId);
  }
}
