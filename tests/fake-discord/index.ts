export { startFakeDiscord } from './fake-discord';
export type { CannedResponse, FakeDiscord, FakeMessage, HeldRequest, SentInteraction } from './fake-discord';
export { interactionCallback, route } from './recorded-request';
export type { RecordedRequest, RequestMatcher } from './recorded-request';
export type { StringOption } from './payloads';
export { commandInteraction, buttonInteraction } from './payloads';
export { snowflake } from './snowflake';
