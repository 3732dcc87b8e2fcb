"""Every message and interaction with the people of a job search, drafts and sent alike."""
