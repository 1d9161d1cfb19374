/**
 * The most characters a shared link may have. Chat and e-mail clients, URL shorteners,
 * some browsers' address bars and servers' request-line limits cut or refuse longer
 * addresses (8 KiB is a common server limit; Internet Explorer stopped at 2,083). A link
 * over this is refused with an offer to download the marks as a .geojson file instead.
 */
export const LINK_BUDGET = 8000;
