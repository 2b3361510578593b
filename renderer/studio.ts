import type { StudioApi } from '../core/ipc/contract.ts';

declare global {
  interface Window {
    /** Set by the preload (or by the Chromium tests standing in for it). */
    readonly studio: StudioApi;
  }
}

/** The renderer's only way out: typed calls into the main process. */
export const studio: StudioApi = window.studio;
