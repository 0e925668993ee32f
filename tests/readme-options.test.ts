import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands';

interface OptionJson {
  name: string;
  type: number;
  options?: OptionJson[];
}

// Discord's option types for a subcommand and a subcommand group: their options are the ones a user types.
const SUBCOMMAND_TYPES = new Set([1, 2]);

/** Every option a user can type, by slash command: `figure` → {topic}. */
function registeredOptions(): Map<string, Set<string>> {
  const byCommand = new Map<string, Set<string>>();
  const collect = (options: readonly OptionJson[] | undefined, into: Set<string>): void => {
    for (const option of options ?? []) {
      if (SUBCOMMAND_TYPES.has(option.type)) collect(option.options, into);
      else into.add(option.name);
    }
  };
  for (const command of commands) {
    const json = command.data.toJSON() as { name: string; options?: OptionJson[] };
    const options = new Set<string>();
    collect(json.options, options);
    byCommand.set(json.name, options);
  }
  return byCommand;
}

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const written = [...readme.matchAll(/`\/([a-z-]+) ([a-z_]+):/g)].map((m) => ({ command: m[1]!, option: m[2]! }));

  it('names only options the bot registers, so a reader typing `/search query:` from it gets what it says', () => {
    expect(written.length).toBeGreaterThan(0);
    const registered = registeredOptions();
    const wrong = written.filter((w) => !registered.get(w.command)?.has(w.option));
    expect(wrong).toEqual([]);
  });

  it('shows every option a user types under the name the bot registers', () => {
    const shown = new Set(written.map((w) => `${w.command} ${w.option}`));
    const missing = [...registeredOptions()].flatMap(([command, options]) =>
      [...options].map((option) => `${command} ${option}`).filter((name) => !shown.has(name)),
    );
    expect(missing).toEqual([]);
  });
});
