import type { AppCommand } from '../src/bot/bot-command';
import * as addToArchive from './add-to-archive';
import * as article from './article';
import * as digest from './digest';
import * as figure from './figure';
import * as help from './help';
import * as ingest from './ingest';
import * as reload from './reload';
import * as search from './search';
import * as source from './source';

/**
 * Every command the bot registers and answers, slash and message context-menu alike. Add a command by appending
 * its module here; deploy-commands and the interaction router both read this list.
 */
export const commands: AppCommand[] = [figure, source, search, article, help, digest, reload, ingest, addToArchive];
