"""Records that leave the app: the job-search record, import, export, and deleting an account."""
