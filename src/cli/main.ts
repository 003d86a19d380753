import { Command } from 'commander';
import { registerDatabase } from './database.command.js';
import { registerGenerate } from './generate.command.js';
import { registerIngest } from './ingest.command.js';
import { registerKeys } from './keys.command.js';
import { registerWorker } from './worker.command.js';

const program = new Command()
  .name('accord')
  .description(
    'Accord command line: `npm run cli -- <command> --help` for details.\nUses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (shared with a running server).',
  )
  .showHelpAfterError();
registerDatabase(program);
registerGenerate(program);
registerIngest(program);
registerKeys(program);
registerWorker(program);

await program.parseAsync(process.argv);
