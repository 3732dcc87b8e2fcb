"""Counsellors' side: the caseload of clients who are assigned and agreed to share, a client's
records read-only, comments on their drafts, appointment requests, the log of who looked at a
client's records, and the reports without personal data (for administrators too)."""
