import type { EntityManager } from 'typeorm';
import type { MembershipRole } from '../common/enums.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Membership } from './membership.entity.js';

/** The SCO as the bundled corpus describes it in 2021. */
const SCO_MEMBERSHIPS: { iso2: string; role: MembershipRole; since: number | null }[] = [
  ...['CN', 'KZ', 'KG', 'RU', 'TJ', 'UZ'].map((iso2) => ({ iso2, role: 'MEMBER' as const, since: 2001 })),
  { iso2: 'IN', role: 'MEMBER', since: 2017 },
  { iso2: 'PK', role: 'MEMBER', since: 2017 },
  ...['AF', 'BY', 'IR', 'MN'].map((iso2) => ({ iso2, role: 'OBSERVER' as const, since: null })),
  ...['AM', 'AZ', 'KH', 'NP', 'LK', 'TR'].map((iso2) => ({ iso2, role: 'DIALOGUE_PARTNER' as const, since: null })),
];

/** Inserts the SCO and its memberships when missing; never overwrites curated edits. */
export async function seedSco(manager: EntityManager): Promise<void> {
  const china = await manager.findOneByOrFail(Country, { iso2: 'CN' });
  await manager
    .createQueryBuilder()
    .insert()
    .into(Organization)
    .values({
      name: 'Shanghai Cooperation Organization',
      acronym: 'SCO',
      aliases: ['Shanghai Cooperation Organisation'],
      kind: 'INTERGOVERNMENTAL',
      countryId: china.id,
    })
    .orIgnore()
    .execute();
  const sco = await manager.findOneByOrFail(Organization, { name: 'Shanghai Cooperation Organization' });
  const countries = await manager.getRepository(Country).find({ select: { id: true, iso2: true } });
  const idByIso2 = new Map(countries.map((c) => [c.iso2, c.id]));
  await manager
    .createQueryBuilder()
    .insert()
    .into(Membership)
    .values(
      SCO_MEMBERSHIPS.map((m) => ({
        organizationId: sco.id,
        countryId: idByIso2.get(m.iso2)!,
        role: m.role,
        since: m.since,
        until: null,
      })),
    )
    .orIgnore()
    .execute();
}
