/**
 * Redoc's "API docs by Redocly" link shows a logo it fetches from Redocly's CDN once the page has
 * rendered: the one request a page built with `--inlineBundle` still makes. It becomes an inline
 * SVG of the same words, so the page loads nothing.
 */
const LOGO_URLS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
    '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#c73f28">Redocly</text></svg>',
)}`;

/** The page with Redocly's CDN logo replaced by an inline image. */
export function inlineRedoclyLogo(html: string): string {
  return html.replace(LOGO_URLS, LOGO);
}
