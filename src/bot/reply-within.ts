import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  InteractionReplyOptions,
} from 'discord.js';
import { ephemeralNotice, NO_MENTIONS } from './reply-options';

/** A file a reply attaches (the /figure chart); `description` is its alt text. */
interface ReplyFile {
  name: string;
  data: Buffer;
  description?: string;
}

/** What a command decided to say: a public answer, or a notice only the asker sees. */
export type ReplyPlan =
  | {
      visibility: 'public';
      embeds: APIEmbed[];
      components: APIActionRowComponent<APIComponentInMessageActionRow>[];
      files?: ReplyFile[];
    }
  | { visibility: 'ephemeral'; content: string };

/** The slice of a discord.js command interaction this needs; tests can hand in a plain object. */
export interface Repliable {
  readonly createdTimestamp: number;
  reply(options: InteractionReplyOptions): Promise<unknown>;
  deferReply(options?: Record<string, unknown>): Promise<unknown>;
  editReply(options: Record<string, unknown>): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(options: InteractionReplyOptions): Promise<unknown>;
}

export interface ReplyWithinOptions {
  /** Discord's deadline is 3 s; defer well before it so the defer itself arrives in time. */
  deferAfterMs?: number;
  now?: () => number;
}

const DEFAULT_DEFER_AFTER_MS = 2000;

/**
 * Replies with what `produce` decides, deferring first when the work runs past `deferAfterMs` (or when the
 * interaction already waited that long in a busy event loop, e.g. behind a reload). A deferred reply is public,
 * so an ephemeral outcome after a defer replaces the "thinking…" placeholder with an ephemeral follow-up: the
 * channel never keeps an error.
 */
export async function replyWithin(
  interaction: Repliable,
  produce: () => ReplyPlan | Promise<ReplyPlan>,
  options: ReplyWithinOptions = {},
): Promise<{ plan: ReplyPlan; deferred: boolean }> {
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const now = options.now ?? Date.now;
  const age = Math.max(0, now() - interaction.createdTimestamp);
  // An object, not a let: the timer callback assigns it, which control-flow narrowing cannot see.
  const state: { deferring: Promise<unknown> | null } = { deferring: null };
  const defer = () => {
    state.deferring = interaction.deferReply().catch((error: unknown) => error);
  };
  let timer: NodeJS.Timeout | undefined;
  if (age >= deferAfterMs) defer();
  else timer = setTimeout(defer, deferAfterMs - age);

  let plan: ReplyPlan;
  try {
    plan = await produce();
  } finally {
    clearTimeout(timer);
  }

  if (state.deferring === null) {
    await interaction.reply(toReplyOptions(plan));
    return { plan, deferred: false };
  }
  const deferError = await state.deferring;
  if (deferError instanceof Error) throw deferError;
  if (plan.visibility === 'public') {
    await interaction.editReply({ ...publicReply(plan), allowedMentions: NO_MENTIONS });
  } else {
    await interaction.deleteReply();
    await interaction.followUp(ephemeralNotice(plan.content));
  }
  return { plan, deferred: true };
}

function toReplyOptions(plan: ReplyPlan): InteractionReplyOptions {
  if (plan.visibility === 'ephemeral') return ephemeralNotice(plan.content);
  return { ...publicReply(plan), allowedMentions: NO_MENTIONS };
}

function publicReply(plan: Extract<ReplyPlan, { visibility: 'public' }>) {
  const files = plan.files?.map((f) => ({
    attachment: f.data,
    name: f.name,
    ...(f.description && { description: f.description }),
  }));
  return { embeds: plan.embeds, components: plan.components, ...(files && { files }) };
}
