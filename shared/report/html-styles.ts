/**
 * The HTML report's stylesheet, inlined into its one `<style>` element (the document loads
 * nothing). Screen: a single readable column. Print: A4- and Letter-safe margins, no quote split
 * across pages, link targets printed after the link. Verdict badges differ by border and weight
 * as well as colour, and always carry their label, so they read in greyscale and to colour-blind
 * readers.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --rule: #d4d4da; --paper: #fff; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0 auto; max-width: 48rem; padding: 2.5rem 1.5rem 4rem; color: var(--ink); background: var(--paper);
  font-family: Charter, "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif; line-height: 1.55; }
h1, h2, h3, h4, h5, th, .kicker, .meta, .badge, .stance-tag, figcaption, .evidence-summary, .muted, footer, caption {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 0 0 0.6rem; overflow-wrap: anywhere; }
h4 { font-size: 1.05rem; margin: 0 0 0.6rem; overflow-wrap: anywhere; }
h5 { font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1.2rem 0 0.5rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); margin: 0; }
.title-block { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; font-size: 0.9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.notice { background: #fff6d6; border: 1px solid #d9b500; padding: 0.5rem 0.75rem; font-family: system-ui, sans-serif; font-size: 0.9rem; }
.muted { color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
th, td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
caption { text-align: start; font-weight: 600; font-size: 0.85rem; color: var(--muted); padding-bottom: 0.25rem; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
th.num { white-space: nowrap; font-size: 0.8rem; }
td.date { white-space: nowrap; }
tr.depth-1 td:first-child { padding-inline-start: 1.75rem; }
a { color: var(--accent); }
.claim-ref { color: inherit; text-decoration: none; }
.claim-num { font-variant-numeric: tabular-nums; font-weight: 700; margin-inline-end: 0.35rem; }
.claim { border-top: 1px solid var(--rule); padding: 1.25rem 0 0.5rem; }
/* The section heading's own rule is enough above the first claim or article. */
h2 + .claim, h2 + .article-text { border-top: none; margin-top: 0; }
.claim.depth-1 { margin-inline-start: 1.5rem; border-inline-start: 3px solid var(--rule); padding-inline-start: 1rem; }
.verdict p { margin: 0 0 0.4rem; }
.basis { font-family: system-ui, sans-serif; font-size: 0.9rem; }
.rationale { margin: 0.3rem 0; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 0.25rem; font-size: 0.8rem; font-weight: 700;
  border: 2px solid currentColor; white-space: nowrap; }
.badge-strong { color: #0b5d1e; background: #e3f4e6; border-style: solid; }
.badge-moderate { color: #2f6b12; background: #eef6dc; border-style: solid; border-width: 1px; }
.badge-weak { color: #7a5200; background: #fff3d4; border-style: dashed; border-width: 1px; }
.badge-none { color: #4a4a55; background: #f0f0f3; border-style: dotted; }
.badge-contradicted { color: #8f1d1d; background: #fbe4e4; border-style: double; border-width: 3px; }
.badge-unrated { color: #4a4a55; background: transparent; border-style: dotted; border-width: 1px; font-weight: 400; }
.evidence-summary { font-size: 0.85rem; color: var(--muted); }
.origin-warning { margin: 0.4rem 0; padding: 0.3rem 0.6rem; border-left: 4px solid #b7791f; background: #fdf6e3; font-size: 0.9rem; }
.origins h5 { margin: 0.5rem 0 0.2rem; }
.origins ul { margin: 0.2rem 0; padding-left: 1.2rem; font-size: 0.9rem; }
.origin-reasons { color: var(--muted); }
.suggested-rating { font-size: 0.9rem; }
.evidence { margin: 0 0 1.1rem; }
.stance-tag { margin: 0 0 0.2rem; font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.stance-supports blockquote { border-inline-start-color: #2e7d32; border-inline-start-style: solid; }
.stance-refutes blockquote { border-inline-start-color: #b71c1c; border-inline-start-style: double; border-inline-start-width: 6px; }
.stance-context blockquote { border-inline-start-color: #7a7a85; border-inline-start-style: dashed; }
blockquote { margin: 0; padding: 0.2rem 0 0.2rem 1rem; border-inline-start: 4px solid var(--rule); font-style: italic; overflow-wrap: anywhere; }
figcaption { font-size: 0.85rem; color: var(--muted); margin: 0.25rem 0 0 1rem; overflow-wrap: anywhere; }
cite { font-style: normal; }
.url-text { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
.note { margin: 0.3rem 0 0 1rem; font-size: 0.9rem; }
.note-kind { font-family: system-ui, sans-serif; font-size: 0.78rem; color: var(--muted); }
.note-text { margin: 0.1rem 0; }
.hl-label { font-weight: 600; text-transform: none; }
.removed { color: #8f1d1d; font-weight: 600; }
.para { margin: 0 0 0.8rem; }
.pnum { font-family: system-ui, sans-serif; font-size: 0.75rem; color: var(--muted); margin-inline-end: 0.3rem; user-select: none; }
mark { background: #fff0a8; color: inherit; text-decoration: underline; text-decoration-thickness: 2px; text-decoration-color: #b88a00; }
mark.overlap { background: #ffd966; text-decoration-style: double; }
.article-text { border-top: 1px solid var(--rule); padding-top: 1rem; margin-top: 1.5rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--rule); }
@page { margin: 15mm 14mm 16mm; }
@media print {
  /* Denser than on screen: a report of thousands of passages runs to hundreds of pages. */
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; line-height: 1.4; }
  h2 { margin: 1.5rem 0 0.75rem; }
  .claim { padding-top: 0.9rem; }
  .evidence { margin-bottom: 0.75rem; }
  h5 { margin: 0.9rem 0 0.4rem; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  blockquote, figure.evidence, tr, .badge, .verdict { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  #sources, #articles { break-before: page; page-break-before: always; }
  .claim { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
  a.ext::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
  .claim-ref { text-decoration: none; }
  .notice { border-color: #000; }
  mark { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
