/**
 * What a button that cannot act any more says, only to whoever pressed it: one whose answer changed under it, or
 * whose id this bot does not know (a version that made other buttons, or a forged id). Silence would leave the
 * press spinning and end in Discord's "This interaction failed".
 */
export const STALE_BUTTON_NOTICE = 'These buttons no longer match this answer. Please ask again.';
