export { startFakeDiscord } from './fake-discord';
export type { CannedResponse, FakeDiscord, FakeMessage, HeldRequest, SentInteraction } from './fake-discord';
export { interactionCallback, route } from './recorded-request';
export type { RecordedRequest, RequestMatcher } from './recorded-request';
export type { StringOption } from './payloads';
