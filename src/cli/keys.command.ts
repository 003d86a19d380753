import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../modules/api-key/api-key.service.js';
import { withDatabase } from './context.js';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage API keys (stored hashed; a secret is shown once)');
  keys
    .command('create')
    .description('create a key; prints its secret as the last line')
    .requiredOption('--role <role>', 'reader | editor | admin')
    .requiredOption('--name <name>', 'who uses it, e.g. newsroom-bot')
    .action((opts: { role: string; name: string }) =>
      withDatabase(async (ds) => {
        const { key, secret } = await createApiKey(ds, opts.name, opts.role);
        console.log(`created key "${key.name}" with role ${key.role}; keep the secret, it is not shown again:`);
        console.log(secret);
      }),
    );
  keys
    .command('list')
    .description('list keys (names, roles, prefixes; never secrets)')
    .action(() =>
      withDatabase(async (ds) => {
        const rows = await listApiKeys(ds);
        if (rows.length === 0) {
          console.log('no keys yet: `npm run cli -- keys create --role editor --name <name>`');
          return;
        }
        console.table(
          rows.map((k) => ({
            name: k.name,
            role: k.role,
            prefix: `${k.prefix}…`,
            created: k.createdAt.toISOString(),
            status: k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active',
          })),
        );
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key by name; it stops working at once')
    .argument('<name>')
    .action((name: string) =>
      withDatabase(async (ds) => {
        const key = await revokeApiKey(ds, name);
        console.log(`revoked key "${key.name}"`);
      }),
    );
}
