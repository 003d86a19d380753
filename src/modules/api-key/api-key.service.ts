import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { badInput, notFound } from '../../errors.js';
import { API_KEY_ROLES, ApiKey, type ApiKeyRole } from './api-key.entity.js';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function createApiKey(
  dataSource: DataSource,
  name: string,
  role: string,
): Promise<{ key: ApiKey; secret: string }> {
  if (!(API_KEY_ROLES as readonly string[]).includes(role)) {
    throw badInput(`Unknown role "${role}"; use one of ${API_KEY_ROLES.join(', ')}.`);
  }
  const trimmed = name.trim();
  if (!/^[\w.@-]{1,64}$/.test(trimmed)) {
    throw badInput('A key name is 1 to 64 letters, digits, dots, dashes, @ or underscores, e.g. "newsroom-bot".');
  }
  if (await dataSource.getRepository(ApiKey).existsBy({ name: trimmed })) {
    throw badInput(`A key named "${trimmed}" exists already; revoke it first or pick another name.`);
  }
  const secret = `acc_${randomBytes(32).toString('base64url')}`;
  const key = await dataSource.getRepository(ApiKey).save({
    name: trimmed,
    role: role as ApiKeyRole,
    secretHash: hashSecret(secret),
    prefix: secret.slice(0, 10),
    revokedAt: null,
  });
  return { key, secret };
}

export function listApiKeys(dataSource: DataSource): Promise<ApiKey[]> {
  return dataSource.getRepository(ApiKey).find({ order: { createdAt: 'ASC', id: 'ASC' } });
}

export async function revokeApiKey(dataSource: DataSource, name: string): Promise<ApiKey> {
  const key = await dataSource.getRepository(ApiKey).findOneBy({ name: name.trim() });
  if (!key) throw notFound(`No key named "${name}"; \`keys list\` shows the names.`);
  if (!key.revokedAt) {
    key.revokedAt = new Date();
    await dataSource.getRepository(ApiKey).save(key);
  }
  return key;
}

/** The active key for a presented secret, or null. */
export function findActiveKey(dataSource: DataSource, secret: string): Promise<ApiKey | null> {
  return dataSource.getRepository(ApiKey).findOneBy({ secretHash: hashSecret(secret), revokedAt: IsNull() });
}
