"""The web shell shared by every area: layout, styles, security headers, first-run redirect."""
