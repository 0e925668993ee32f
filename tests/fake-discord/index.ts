/**
 * A fake Discord for end-to-end tests of the real bot. Typical use:
 *
 *   const fake = await startFakeDiscord();
 *   // start the bot with DISCORD_API_URL = fake.restUrl (GET /gateway/bot then points it at fake.gatewayUrl)
 *   const interaction = fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
 *   const reply = await fake.waitForRequest(interactionCallback(interaction.id));
 *   fake.failNext(route('POST', /^\/channels\/\d+\/messages$/), { status: 500 });
 *   await fake.close();
 *
 * `fake.messages` holds every message the bot created, edits applied; `fake.clickButton(messageId, customId)`
 * clicks a button on one of them.
 */
export { startFakeDiscord } from './fake-discord';
export type { CannedResponse, FakeDiscord, FakeMessage, HeldRequest, SentInteraction } from './fake-discord';
export { interactionCallback, route } from './recorded-request';
export type { RecordedFile, RecordedRequest, RequestMatcher } from './recorded-request';
export type { StringOption } from './payloads';
export { commandInteraction, buttonInteraction } from './payloads';
export { snowflake } from './snowflake';
