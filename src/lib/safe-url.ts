/*
 * URLs from API data are untrusted: only web links and secure images are ever rendered, so a
 * `javascript:` or `data:` URL in a name's link cannot run or leak anything.
 */

function parse(url: string | null | undefined): URL | null {
  // The URL parser itself strips white space and control characters at the ends.
  const text = url ?? '';
  return URL.canParse(text) ? new URL(text) : null;
}

/** The URL if it is an `http:` or `https:` link, else null. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')
    ? parsed.href
    : null;
}

/** The URL if it is an `https:` image, else null. */
export function safeImageUrl(url: string | null | undefined): string | null {
  const parsed = parse(url);
  return parsed?.protocol === 'https:' ? parsed.href : null;
}
