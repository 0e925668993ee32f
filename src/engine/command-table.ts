import type { CorpusData } from './corpus-data';
import type { Outcome } from './engine';
import { articleAnswer } from './answers/article-answer';
import { figureAnswer } from './answers/figure-answer';
import { searchAnswer } from './answers/search-answer';
import { sourceAnswer } from './answers/source-answer';

/** Longest query text accepted; longer input is a user error, not something to search for. */
export const MAX_QUERY_LENGTH = 200;

/** What autocomplete can be asked for. */
export type SuggestField = 'topic' | 'source' | 'article';

/** A required free-text option, as typed in the console or Discord's picker. */
export interface TextOption {
  readonly name: string;
  readonly type: 'text';
  readonly maxLength: number;
  /** Discord offers the engine's suggestions for this field while the user types (false: a query without them). */
  readonly autocomplete?: SuggestField | false;
}

/** One command as users meet it: what /help lists, what the shells accept, who may run it. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly example: string;
  readonly options: readonly TextOption[];
  /** Refused to anyone but moderators (the bot's moderatorOnly check); /help says so beside it. */
  readonly moderatorOnly?: true;
  /** Only in Discord: the console has no digest channel and reloads on SIGHUP. */
  readonly discordOnly?: true;
  /** Left out of /help (ingest: a moderator tool with its own picker entry, not part of the desk's help). */
  readonly unlisted?: true;
}

/** A command's arguments, typed from its declaration: `{ topic: string }` for /figure. */
export type ArgsOf<C extends CommandSpec> = { readonly [O in C['options'][number] as O['name']]: string };

/**
 * A command the engine answers: one text option, the query, and the pure function that answers it. `limit` caps
 * the listed results of the commands whose list can be exported whole (/figure, /source).
 */
export interface AnsweredSpec<C extends CommandSpec = CommandSpec> {
  readonly spec: C;
  answer(data: CorpusData, args: ArgsOf<C>, limit?: number): Outcome;
}

/** An engine command's query option: free text up to MAX_QUERY_LENGTH, with or without autocomplete. */
const query = <N extends string, A extends SuggestField | false = false>(name: N, autocomplete?: A) =>
  ({ name, type: 'text', maxLength: MAX_QUERY_LENGTH, autocomplete: autocomplete ?? false }) as const;

/** Pairs a declaration with its answer function, typing the function's arguments from the declared options. */
const answered = <C extends CommandSpec>(
  spec: C,
  answer: (data: CorpusData, args: ArgsOf<C>, limit?: number) => Outcome,
) => ({
  spec,
  answer,
});

/*
 * The table: every command is declared here once. The zod schemas (command.ts), the console parser, /help, the
 * engine's dispatch and, one layer up, the slash-command data and the moderator check are all derived from it.
 */
export const ANSWERED = {
  figure: answered(
    {
      name: 'figure',
      usage: '/figure <topic>',
      example: '/figure troops',
      options: [query('topic', 'topic')],
    } as const,
    (data, args, limit) => figureAnswer(data, args.topic, limit),
  ),
  source: answered(
    { name: 'source', usage: '/source <name>', example: '/source kcna', options: [query('name', 'source')] } as const,
    (data, args, limit) => sourceAnswer(data, args.name, limit),
  ),
  // Free text: no autocomplete, since any words are a valid search.
  search: answered(
    { name: 'search', usage: '/search <text>', example: '/search Gerasimow', options: [query('query')] } as const,
    (data, args) => searchAnswer(data, args.query),
  ),
  article: answered(
    {
      name: 'article',
      usage: '/article <id>',
      example: '/article 000_9a2567d393b2c456',
      options: [query('id', 'article')],
    } as const,
    (data, args) => articleAnswer(data, args.id),
  ),
} satisfies Record<string, AnsweredSpec<CommandSpec>>;

/** Commands the shells answer themselves (help, the digest, moderation), declared like the engine's. */
export const SHELL_COMMANDS = {
  help: { name: 'help', usage: '/help', example: '/help', options: [] },
  'digest-preview': {
    name: 'digest-preview',
    usage: '/digest preview',
    example: '/digest preview',
    options: [],
    discordOnly: true,
  },
  'digest-now': {
    name: 'digest-now',
    usage: '/digest now',
    example: '/digest now',
    options: [],
    discordOnly: true,
    moderatorOnly: true,
  },
  reload: { name: 'reload', usage: '/reload', example: '/reload', options: [], discordOnly: true, moderatorOnly: true },
  ingest: {
    name: 'ingest',
    usage: '/ingest <url>',
    example: '/ingest https://example.org/artikel',
    // A link, not a query: as long as Discord lets an option be.
    options: [{ name: 'url', type: 'text', maxLength: 2000 }],
    discordOnly: true,
    moderatorOnly: true,
    unlisted: true,
  },
} as const satisfies Record<string, CommandSpec>;

export type AnsweredName = keyof typeof ANSWERED;
type ShellCommandName = keyof typeof SHELL_COMMANDS;
/** Commands /help lists (and the catalog describes under help.commands). */
export type ListedName =
  | AnsweredName
  | { [K in ShellCommandName]: (typeof SHELL_COMMANDS)[K] extends { unlisted: true } ? never : K }[ShellCommandName];

/** The engine's commands in /help's order. */
export const ANSWERED_NAMES = Object.keys(ANSWERED) as [AnsweredName, ...AnsweredName[]];

/** Every command, in /help's order: the engine's first, then the shells'. */
export const COMMAND_TABLE: readonly CommandSpec[] = [
  ...ANSWERED_NAMES.map((name) => ANSWERED[name].spec),
  ...Object.values(SHELL_COMMANDS),
];

/** The one option an engine command reads its query from. */
export function queryOption(name: AnsweredName): TextOption {
  return ANSWERED[name].spec.options[0];
}

/** Answers `query` with the named command: the engine's whole dispatch. */
export function answerWith(data: CorpusData, name: AnsweredName, query: string, limit?: number): Outcome {
  const { spec, answer } = ANSWERED[name] as AnsweredSpec;
  return answer(data, { [spec.options[0]!.name]: query }, limit);
}
