// Tells the rest of the page — the service-worker registration in SiteNotes.astro — that edits
// exist only in memory (a save is pending or failed). A new version of the site waits while any
// open page says so, since reloading into it would lose those edits.
export function markUnsaved(on: boolean): void {
  document.documentElement.toggleAttribute('data-unsaved', on);
}
