import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The project's own `.env`, wherever the command is started from: a `.env` in the working directory belongs to
 * whatever folder the operator happens to be in, and one there once pointed DISCORD_API_URL (and so the token)
 * elsewhere.
 */
const PROJECT_ENV_FILE = fileURLToPath(new URL('../../.env', import.meta.url));

/** The variable an operator sets to read settings from another file instead of the project's `.env`. */
const ENV_FILE_VARIABLE = 'ENV_FILE';

export type EnvFileChoice = { path: string; named: boolean } | null;

/** Which file to read: the one ENV_FILE names (which must then exist), else the project's `.env` when present. */
export function chooseEnvFile(environment: NodeJS.ProcessEnv, projectEnvFile = PROJECT_ENV_FILE): EnvFileChoice {
  const named = environment[ENV_FILE_VARIABLE]?.trim();
  if (named) return { path: named, named: true };
  return existsSync(projectEnvFile) ? { path: projectEnvFile, named: false } : null;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

/** Where a quoted value ends: its closing quote, followed by nothing but blanks or a comment. */
function closesOnItsLine(value: string): boolean {
  const quote = value[0];
  const end = value.indexOf(quote ?? '', 1);
  return end > 0 && /^\s*(?:#.*)?$/.test(value.slice(end + 1));
}

/**
 * Lines of a `.env` that Node's loader would misread, one message each. Node reads a quote left open on into the
 * lines after it, and a line that is no assignment into the next key's name: either way the next keys vanish and
 * their settings are silently unset, which can turn the bot into the console. Values here are one line each.
 */
export function envFileProblems(text: string): string[] {
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const where = `line ${index + 1}`;
    const assignment = ASSIGNMENT.exec(line);
    if (!assignment) {
      problems.push(`${where}: not KEY=value`);
      return;
    }
    const [, key, value = ''] = assignment;
    if (/^["'`]/.test(value) && !closesOnItsLine(value)) {
      problems.push(`${where}: the value of ${key} opens a quote that does not close on that line`);
    }
  });
  return problems;
}

export type EnvFileRead = { kind: 'read'; path: string } | { kind: 'none' } | { kind: 'invalid'; problems: string[] };

/** Checks the chosen file line by line, then loads it with Node's own loader (the environment wins over it). */
export function loadEnvFile(choice: EnvFileChoice): EnvFileRead {
  if (choice === null) return { kind: 'none' };
  let text: string;
  try {
    text = readFileSync(choice.path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { kind: 'invalid', problems: [`${choice.named ? `${ENV_FILE_VARIABLE}: ` : ''}${choice.path}: ${reason}`] };
  }
  const problems = envFileProblems(text).map((p) => `${choice.path}: ${p}`);
  if (problems.length > 0) return { kind: 'invalid', problems };
  process.loadEnvFile(choice.path);
  return { kind: 'read', path: choice.path };
}
