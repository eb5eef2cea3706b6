/**
 * The CPV family of hostnames. This list is the single source for the manifest's
 * host permissions, the content script's `matches` and the runtime host gate, so
 * the three can never disagree.
 */
export const CPV_MATCH_PATTERNS = [
  '*://dangcongsan.vn/*',
  '*://*.dangcongsan.vn/*',
  '*://dangcongsan.org.vn/*',
  '*://*.dangcongsan.org.vn/*',
  '*://cpv.org.vn/*',
  '*://*.cpv.org.vn/*',
] as const;

/** Archive hosts are reachable only through an optional permission. */
export const ARCHIVE_MATCH_PATTERNS = ['*://web.archive.org/*'] as const;

/**
 * Where the archive content script runs once allowed: captures of CPV pages only, so a
 * capture of any other site never even loads it. (The script checks the original host
 * again; these patterns just keep it off the rest of the archive.)
 */
export const CPV_CAPTURE_MATCH_PATTERNS = [
  '*://web.archive.org/web/*dangcongsan.vn/*',
  '*://web.archive.org/web/*dangcongsan.org.vn/*',
  '*://web.archive.org/web/*cpv.org.vn/*',
] as const;

const CPV_HOST = /(^|\.)(dangcongsan\.vn|dangcongsan\.org\.vn|cpv\.org\.vn)$/i;

/** True for dangcongsan.vn, www./tulieuvankien./cn. subdomains, dangcongsan.org.vn and cpv.org.vn. */
export function isCpvHost(hostname: string): boolean {
  return CPV_HOST.test(hostname.replace(/\.$/, ''));
}
