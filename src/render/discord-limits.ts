/**
 * Discord's hard limits, in one place. Discord rejects a whole reply that breaks any of them, so every renderer
 * measures against these instead of hoping the text is short enough.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name over all embeds. */
  embedTotalPerMessage: 6000,
  embedsPerMessage: 10,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  autocompleteChoiceName: 100,
  autocompleteChoiceValue: 100,
  commandDescription: 100,
  /** Largest file a bot may attach where the server has no boost (10 MiB). */
  attachmentBytes: 10 * 1024 * 1024,
  /** An attachment's description: its alt text. */
  attachmentDescription: 1024,
} as const;
