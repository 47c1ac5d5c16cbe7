/**
 * Shown by the popup and the options page when the browser withholds ExoLens's NCBI host
 * permissions (utils/platform/site-access.ts): nothing works then, and nothing else says why.
 */
export function SiteAccessNotice({ onGrant }: { onGrant(): void }) {
  return (
    <div class="exl-site-access" role="alert" data-exolens="site-access">
      <p>
        <strong>ExoLens cannot read PubMed and PMC pages or reach NCBI:</strong> the browser has no site access
        for it. Allow it, then reload the PubMed and PMC tabs that are open.
      </p>
      <button type="button" class="exl-button exl-button--primary" data-action="grant-site-access" onClick={onGrant}>
        Allow access to NCBI sites
      </button>
    </div>
  );
}
