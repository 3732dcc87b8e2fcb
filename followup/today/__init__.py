"""The Today page: what is due now (loaded and presented by `followup.due`), what the user
marked done or snoozed (`Mark`), and `followup today` for the command line."""
