/** Writes schema.graphql from the code; `--check` fails when the committed file differs. */
import { readFile, writeFile } from 'node:fs/promises';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { createSchema } from '../src/graphql/schema.js';

const printed = `# Generated from the code by \`npm run schema\`; do not edit.\n\n${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
if (process.argv.includes('--check')) {
  const committed = await readFile('schema.graphql', 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error(
      'schema.graphql differs from the schema the code builds. Run `npm run schema` and commit the result.',
    );
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  await writeFile('schema.graphql', printed);
  console.log('wrote schema.graphql');
}
