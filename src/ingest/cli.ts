import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runCli } from '../app/run-cli';
import { loadEnv } from '../config/env';
import { requestReload } from '../reload/reload-socket';
import { fetchOptionsFromEnv } from './ingest-from-env';
import { ingestLink } from './ingest-link';
import { formatIngestResult } from './ingest-reply';

const ArgsSchema = z.array(z.string().min(1)).min(1);

const USAGE = `usage: npm run ingest -- <url> [<url>…]
Fetches each article, extracts its text and metadata and writes <id>.txt and <id>.meta.json into DATA_DIR/articles.
With a bot running on this STATE_DIR, asks it to reload over STATE_DIR/bot.sock (validated and audited like
/reload); otherwise the bot loads the articles at its next start or reload.
Exit code 0 when every link was added, 1 when one was not, 2 for a usage error.`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const links = ArgsSchema.safeParse(positionals);
  if (!links.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnv();
  let failed = 0;
  for (const link of links.data) {
    let served = false;
    const result = await ingestLink(link, {
      dataDir: env.DATA_DIR,
      fetch: fetchOptionsFromEnv(env),
      reload: async () => {
        const remote = await requestReload(env.STATE_DIR);
        served = remote?.outcome === 'reloaded';
        if (remote !== null && !served) process.stdout.write(`The running bot kept its corpus:\n${remote.report}\n`);
        return null;
      },
      inService: () => served,
    });
    if (!result.ok) failed++;
    process.stdout.write(`${formatIngestResult(result)}\n`);
  }
  return failed === 0 ? 0 : 1;
}

runCli(main, USAGE);
