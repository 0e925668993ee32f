import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { npmStartCommand, npmStartEnvironment } from './support/start-command';

const run = promisify(execFile);
const read = (path: string) => readFile(path, 'utf8');
const pkg = JSON.parse(await read('package.json')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The JSON-array form of a Dockerfile instruction (`CMD ["node", …]`), which runs without a shell. */
function dockerfileArray(dockerfile: string, instruction: string): string[] {
  const line = dockerfile.split('\n').find((l) => l.startsWith(`${instruction} `));
  return JSON.parse(line?.slice(instruction.length + 1) ?? 'null') as string[];
}

function unitValue(unit: string, key: string): string | undefined {
  return unit
    .split('\n')
    .find((l) => l.startsWith(`${key}=`))
    ?.slice(key.length + 1);
}

/** The first compose CLI this machine has: the docker plugin, or the standalone docker-compose. */
async function composeCli(): Promise<string[] | null> {
  for (const cli of [['docker', 'compose'], ['docker-compose']]) {
    try {
      await run(cli[0] ?? '', [...cli.slice(1), 'version']);
      return cli;
    } catch {
      // not this one
    }
  }
  return null;
}
const compose = await composeCli();

describe('the container and service files', () => {
  const start = npmStartCommand();

  it('npm start runs node itself, with only production dependencies, so `npm ci --omit=dev` is enough', () => {
    expect(start[0]).toBe('node');
    const imports = start.flatMap((arg, i) => (start[i - 1] === '--import' ? [arg] : []));
    for (const module of imports) expect(pkg.dependencies, module).toHaveProperty(module);
  });

  it('the Dockerfile runs what npm start runs, behind an init, as a non-root user, with production dependencies only', async () => {
    const dockerfile = await read('Dockerfile');
    expect(dockerfileArray(dockerfile, 'CMD')).toEqual(start);
    expect(dockerfileArray(dockerfile, 'ENTRYPOINT')).toEqual(['/sbin/tini', '--']);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfileArray(dockerfile, 'VOLUME')).toEqual(['/app/data', '/app/state']);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*http:\/\/127\.0\.0\.1:8080\/healthz/m);
  });

  it('the systemd unit runs what npm start runs, and stops and reloads the bot by signal', async () => {
    const unit = await read('deploy/factdesk.service');
    const [program, ...args] = (unitValue(unit, 'ExecStart') ?? '').split(/\s+/);
    expect(program).toMatch(/^\//); // systemd wants an absolute path
    expect([basename(program ?? ''), ...args]).toEqual(start);
    expect(unitValue(unit, 'KillSignal')).toBe('SIGTERM');
    expect(unitValue(unit, 'ExecReload')).toBe('/bin/kill -HUP $MAINPID');
    expect(unitValue(unit, 'WorkingDirectory')).toMatch(/^\//);
  });

  it('the systemd unit sets the variables npm start sets (the allocator tuning among them)', async () => {
    const unit = await read('deploy/factdesk.service');
    const environment = unit.split('\n').flatMap((l) => (l.startsWith('Environment=') ? [l.slice(12)] : []));
    expect(npmStartEnvironment()).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
    for (const assignment of npmStartEnvironment()) expect(environment).toContain(assignment);
  });

  it.skipIf(!compose)('compose.yaml is a valid compose file (`compose config`)', async () => {
    // compose wants the env file it names to exist; a copy beside an empty one keeps the real .env out of it.
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-compose-'));
    try {
      await copyFile('compose.yaml', join(dir, 'compose.yaml'));
      await writeFile(join(dir, '.env'), '');
      const cli = compose ?? [];
      const { stdout } = await run(cli[0] ?? '', [...cli.slice(1), '-f', join(dir, 'compose.yaml'), 'config']);
      expect(stdout).toMatch(/restart: unless-stopped/);
      expect(stdout).toMatch(/healthcheck:/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
