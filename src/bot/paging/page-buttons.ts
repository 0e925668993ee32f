import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import type { CommandName } from '../../engine/answer';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';
import { pageCustomId } from './page-custom-id';

/** The Previous/Next row for page `page` of `pages`; no row at all for a one-page answer. */
export function pageButtons(
  command: CommandName,
  query: string,
  page: number,
  pages: number,
  locale: Locale = 'en',
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (pages <= 1) return [];
  const m = messages(locale).paging;
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: m.previous,
          custom_id: pageCustomId(command, query, Math.max(0, page - 1), 'prev'),
          disabled: page <= 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: m.next,
          custom_id: pageCustomId(command, query, Math.min(pages - 1, page + 1), 'next'),
          disabled: page >= pages - 1,
        },
      ],
    },
  ];
}
