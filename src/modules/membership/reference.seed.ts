import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { EntityManager } from 'typeorm';
import { Country } from '../country/country.entity.js';
import { resolveNamed } from '../ingestion/entity-resolution.js';
import { Organization } from '../organization/organization.entity.js';
import { Membership } from './membership.entity.js';
import { REFERENCE_ORGANIZATIONS, UN_FOUNDING_MEMBERS, type ReferenceOrganization } from './reference-organizations.js';

const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

/** UN members from world-countries, less the Holy See, which it flags but which is an observer state. */
function withUnMembers(org: ReferenceOrganization): ReferenceOrganization {
  if (org.acronym !== 'UN') return org;
  const members = worldCountries
    .filter((c) => c.unMember && c.cca2 !== 'VA')
    .map((c) => ({ iso2: c.cca2, role: 'MEMBER' as const, since: UN_FOUNDING_MEMBERS.has(c.cca2) ? 1945 : null }));
  return { ...org, members: [...members, ...org.members] };
}

/**
 * The reference bodies (src/modules/membership/reference-organizations.ts) and their
 * memberships. A body already in the database under any of its names (an earlier
 * ingest stored "BRICS" without an acronym) is completed, never overwritten: missing
 * acronym, seat and kind are filled in and names become aliases. Memberships missing
 * for the same (body, country, role) are added. Idempotent; runs at every start.
 */
export async function seedReferenceOrganizations(manager: EntityManager): Promise<number> {
  const countries = await manager.getRepository(Country).find({ select: { id: true, iso2: true } });
  const idByIso2 = new Map(countries.map((c) => [c.iso2, c.id]));
  const bodies = REFERENCE_ORGANIZATIONS.map(withUnMembers);
  const ids = await resolveNamed(
    manager,
    Organization,
    'organization',
    bodies.map((b) => {
      const seat = b.seat ? (idByIso2.get(b.seat) ?? null) : null;
      return {
        names: [b.name, b.acronym, ...b.aliases],
        create: () => ({
          name: b.name,
          acronym: b.acronym,
          aliases: b.aliases,
          kind: 'INTERGOVERNMENTAL' as const,
          countryId: seat,
          parentId: null,
        }),
        patch: (found: Organization) => ({
          ...(!found.acronym ? { acronym: b.acronym } : {}),
          ...(!found.countryId && seat ? { countryId: seat } : {}),
          ...(found.kind === 'OTHER' ? { kind: 'INTERGOVERNMENTAL' as const } : {}),
        }),
      };
    }),
  );
  const rows = bodies.flatMap((b, i) =>
    b.members.flatMap((m) => {
      const countryId = idByIso2.get(m.iso2);
      return countryId ? [{ organizationId: ids[i], countryId, role: m.role, since: m.since, until: null }] : [];
    }),
  );
  if (rows.length > 0) await manager.createQueryBuilder().insert().into(Membership).values(rows).orIgnore().execute();
  return rows.length;
}
