import { studio } from '../../studio.ts';

/** A web address from a record, opened in the system browser (the window itself never navigates). */
export function ExternalLink({ url, children }: { url: string; children?: string }) {
  return (
    <button type="button" className="lib-link" title={url} onClick={() => void studio.shell.openExternal({ url })}>
      {children ?? url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
    </button>
  );
}
