"""Counsellors' view of their clients: only those assigned who agreed to share."""
