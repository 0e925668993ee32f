/** Who is asking, as plain data: the bot fills it from the interaction, tests from a literal. */
export interface Requester {
  userId: string;
  roleIds: readonly string[];
  /** Whether the member has Manage Server in this channel. */
  canManageServer: boolean;
}

/**
 * The run-time moderator check. Registration sets a default permission (Manage Server), but server admins can
 * grant the command to anyone in the integration settings, so this check is what actually holds: with
 * MODERATOR_ROLE_IDS set, one of those roles is required; without it, Manage Server is.
 */
export function isModerator(requester: Requester, moderatorRoleIds: readonly string[] | undefined): boolean {
  if (moderatorRoleIds && moderatorRoleIds.length > 0) {
    return requester.roleIds.some((role) => moderatorRoleIds.includes(role));
  }
  return requester.canManageServer;
}
