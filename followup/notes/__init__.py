"""Writing the messages: drafts for each person, the editor, and marking or sending them."""
