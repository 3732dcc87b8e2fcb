"""Every message and interaction with the people of a job search, drafts and sent alike:
logging one, undoing a mark as sent, and deleting a job-search record with the messages that
go with it (`deleting`)."""
