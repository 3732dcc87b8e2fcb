"""The web shell shared by every area: layout, styles, security headers, first-run redirect, and
`followup serve`, which serves it (and keeps the background worker, `followup.worker`, beside it)."""
