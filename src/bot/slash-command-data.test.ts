import { describe, expect, it } from 'vitest';
import { commands } from '../../commands';
import { COMMAND_TABLE } from '../engine/command-table';
import { type BotCommand, isMessageMenuCommand } from './bot-command';

const slash = new Map(
  commands.filter((c): c is BotCommand => !isMessageMenuCommand(c)).map((c) => [c.data.name, c] as const),
);

describe('the slash commands, derived from the command table', () => {
  it('offers every declared option in the picker, required, with its length limit and autocomplete', () => {
    for (const spec of COMMAND_TABLE.filter((c) => slash.has(c.name))) {
      const json = slash.get(spec.name)!.data.toJSON();
      expect(json.options?.map((o) => ({ name: o.name, required: 'required' in o && o.required }))).toEqual(
        spec.options.map((o) => ({ name: o.name, required: true })),
      );
      for (const [i, option] of spec.options.entries()) {
        expect(json.options?.[i]).toMatchObject({ max_length: option.maxLength });
        if (option.autocomplete === undefined) continue;
        expect(json.options?.[i]).toMatchObject({ autocomplete: option.autocomplete !== false });
      }
      // A command that autocompletes must also answer autocomplete requests, and only those.
      expect(typeof slash.get(spec.name)!.autocomplete === 'function').toBe(spec.options.some((o) => !!o.autocomplete));
    }
  });

  it('hides moderator-only commands from others in the picker', () => {
    for (const spec of COMMAND_TABLE.filter((c) => slash.has(c.name))) {
      const json = slash.get(spec.name)!.data.toJSON();
      expect(json.default_member_permissions ?? null, spec.name).toBe(spec.moderatorOnly ? '32' : null);
    }
  });

  it("registers every command of the table: the engine's under their own name, digest ones under /digest", () => {
    const registered = COMMAND_TABLE.map((c) => c.name.replace(/^digest-.*/, 'digest'));
    expect([...new Set(registered)].filter((name) => !slash.has(name))).toEqual([]);
  });
});
