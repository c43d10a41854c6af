import type { Target, TargetKind } from '../../../shared/domain/publishing';

/** A kind of target in the words of the form that adds one. */
export const KIND_LABELS: Record<TargetKind, string> = { folder: 'Folder of static pages', webhook: 'Webhook (ninjs, signed)', ghost: 'Ghost', wordpress: 'WordPress' };

/** The host of a web address, or the address itself when it cannot be read as one. */
function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

/** Where a target puts what it is sent, in the words a desk chief knows it by: a folder's path, a site's host. */
export function targetPlace(target: Target): string {
  const config = target.config;
  switch (config.kind) {
    case 'folder':
      return config.settings.path;
    case 'webhook':
      return hostOf(config.settings.url);
    case 'ghost':
    case 'wordpress':
      return hostOf(config.settings.siteUrl);
  }
}

/** “Ghost · example.com”, “Folder of static pages · /srv/site”. */
export const targetDescription = (target: Target): string => `${KIND_LABELS[target.config.kind]} · ${targetPlace(target)}`;

/** The page's own name from a folder target's file:// address (“harbour-bridge.html”). */
export function publishedFileName(address: string): string {
  try {
    return decodeURIComponent(new URL(address).pathname.split('/').pop() ?? address);
  } catch {
    return address;
  }
}

/**
 * What a target leaves out that the others carry, said where the desk chief chooses where to
 * send. A standard WordPress strips `<script>` from posts by accounts without
 * `unfiltered_html`, and post meta needs a plugin to register it, so the claims' ClaimReview
 * markup has no carrier there (README, “Fact-checks as ClaimReview”).
 */
export function targetCaveat(target: Target): string | null {
  return target.config.kind === 'wordpress' ? 'Checked claims go without their ClaimReview markup: WordPress removes it from posts.' : null;
}
