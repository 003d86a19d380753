/**
 * Migration drift tool.
 *   generate <Name>  write migrations/<timestamp>-<Name>.ts with what the entities need
 *   check            exit 1 when the entities need a migration that is not committed
 * Runs against DATABASE_URL, or a throwaway embedded PostgreSQL when it is unset.
 */
import 'reflect-metadata';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger.js';
import { createDataSource } from '../src/db/data-source.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

const [command, name] = process.argv.slice(2);
if (command !== 'generate' && command !== 'check') {
  console.error('usage: migrations generate <Name> | migrations check');
  process.exit(2);
}
if (command === 'generate' && !/^[A-Z][A-Za-z0-9]*$/.test(name ?? '')) {
  console.error('generate needs a PascalCase name, e.g. `npm run migration:generate -- AddApiKeys`');
  process.exit(2);
}

const log = createLogger('warn', false);
const scratch = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), 'accord-migrations-'));
const embedded = scratch ? await startEmbeddedPostgres(scratch, log) : undefined;
const dataSource = createDataSource(process.env.DATABASE_URL ?? embedded!.url, log);
let exitCode = 0;
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const up = sql.upQueries;
  const down = [...sql.downQueries].reverse();
  if (command === 'check') {
    if (up.length > 0) {
      console.error(`The entities need a migration that is not committed (${up.length} statements):`);
      for (const q of up) console.error(`  ${q.query}`);
      console.error('Run `npm run migration:generate -- <Name>`, review it and commit it.');
      exitCode = 1;
    } else {
      console.log('migrations are up to date with the entities');
    }
  } else if (up.length === 0) {
    console.log('nothing to generate: the entities match the migrations');
  } else {
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const file = path.join('migrations', `${stamp}-${name}.ts`);
    const literal = (s: string) => `\`${s.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\``;
    const q = ({ query, parameters }: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${literal(query)}${parameters?.length ? `, ${JSON.stringify(parameters)}` : ''});`;
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${up.map(q).join('\n')}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${down.map(q).join('\n')}\n  }\n}\n`,
    );
    const indexFile = path.join('migrations', 'index.ts');
    const index = await readFile(indexFile, 'utf8');
    const withImport = index.replace(/^(\/\/.*\n)/, `$1import { ${className} } from './${stamp}-${name}.js';\n`);
    await writeFile(
      indexFile,
      withImport.replace(/\[([^\]]*)\];/, (_m, list: string) => {
        const items = list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .concat(className);
        return `[\n  ${items.join(',\n  ')},\n];`;
      }),
    );
    console.log(`wrote ${file} (${up.length} statements); review it, then commit`);
  }
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await embedded?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
