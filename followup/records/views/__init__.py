"""The records area's pages: the job-search record, import, export, and deleting an account."""
