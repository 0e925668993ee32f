import { readDigestState } from '../state/digest-state';
import { composeDigest, type Digest, type DigestEngine } from './compose-digest';

/** The digest `channelId` would get if it were posted now. Read-only: the state file is never written or moved. */
export async function previewDigest(
  engine: DigestEngine,
  stateDir: string,
  channelId: string,
  now = new Date(),
): Promise<Digest> {
  const { state } = await readDigestState(stateDir);
  return composeDigest(engine, state, channelId, now.toISOString());
}
