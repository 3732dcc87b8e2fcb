"""Followup: after the job interview, the thank-you note, the follow-up and keeping in touch."""
