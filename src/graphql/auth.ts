import { timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { findActiveKey } from '../modules/api-key/api-key.service.js';
import type { Caller, Role } from './context.js';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Who is calling, from `Authorization: Bearer <secret>`. No header is an anonymous
 * reader (unless ACCORD_REQUIRE_AUTH); a header that names no valid key is refused.
 */
export async function authenticate(
  dataSource: DataSource,
  config: Config,
  header: string | undefined,
): Promise<Caller | null> {
  if (!header) {
    if (config.ACCORD_REQUIRE_AUTH) {
      throw new AppError('UNAUTHENTICATED', 'This server requires an API key: send `Authorization: Bearer <key>`.');
    }
    return null;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError('UNAUTHENTICATED', 'Malformed Authorization header: expected `Bearer <key>`.');
  const secret = match[1];
  if (config.ACCORD_ADMIN_KEY && sameSecret(secret, config.ACCORD_ADMIN_KEY))
    return { name: 'admin (ACCORD_ADMIN_KEY)', role: 'admin' };
  const key = await findActiveKey(dataSource, secret);
  if (key) return { name: key.name, role: key.role };
  throw new AppError('UNAUTHENTICATED', 'Unknown or revoked API key; `npm run cli -- keys create` makes a new one.');
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function requireRole(caller: Caller | null, role: Role): Caller {
  if (!caller)
    throw new AppError(
      'UNAUTHENTICATED',
      `This needs an API key with role ${role}: send \`Authorization: Bearer <key>\`.`,
    );
  if (RANK[caller.role] < RANK[role])
    throw new AppError('FORBIDDEN', `This needs role ${role}; the key "${caller.name}" has role ${caller.role}.`);
  return caller;
}
