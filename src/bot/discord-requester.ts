import { type CommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { Requester } from './moderator';

/** Who sent an interaction, as the plain data the moderator check reads. */
export function requesterOf(interaction: CommandInteraction): Requester {
  const roles = interaction.member?.roles;
  const roleIds = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
  return {
    userId: interaction.user.id,
    roleIds,
    canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}
