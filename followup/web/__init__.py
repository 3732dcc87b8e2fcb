"""The web shell shared by every area: layout, styles, security headers, first-run redirect,
the mail module, and `followup serve`, which serves it (with the background worker,
`followup.worker`, beside it)."""
