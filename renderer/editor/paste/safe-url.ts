/** Links that may survive a paste: the app-wide rule of core/links/external-url.ts. */
export { isSafeExternalUrl as isSafeLinkUrl, safeExternalUrl as safeLinkUrl } from '../../../core/links/external-url.ts';
