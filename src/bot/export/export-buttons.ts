import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import type { CommandName } from '../../engine/answer';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';
import { exportCustomId } from './export-custom-id';

/** Answers whose list a reporter takes into a story: figures and quotations. */
const EXPORTABLE: ReadonlySet<CommandName> = new Set(['figure', 'source']);

/** The CSV and Markdown row under a /figure or /source answer; none for the other commands. */
export function exportButtons(
  command: CommandName,
  query: string,
  locale: Locale,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (!EXPORTABLE.has(command)) return [];
  const m = messages(locale).export;
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: m.csvButton,
          custom_id: exportCustomId(command, query, 'csv'),
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: m.markdownButton,
          custom_id: exportCustomId(command, query, 'md'),
        },
      ],
    },
  ];
}
