/** One REST call the bot made, as the fake saw it. `path` is decoded and has the /api/v10 prefix removed. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  /** Files of a multipart request (discord.js sends one when a reply attaches files), in upload order. */
  files?: RecordedFile[];
  at: number;
  /** Status the fake answered with. */
  status?: number;
}

export interface RecordedFile {
  /** The form field: "files[0]", … */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export type RequestMatcher = (request: RecordedRequest) => boolean;

/** Matches by method and a path pattern, e.g. `route('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)`. */
export function route(method: string, path: RegExp | string): RequestMatcher {
  return (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path));
}

export const interactionCallback = (interactionId?: string): RequestMatcher =>
  route('POST', new RegExp(`^/interactions/${interactionId ?? '\\d+'}/[^/]+/callback$`));
