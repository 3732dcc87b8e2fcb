"""The organisation running Followup: its offices and contacts (the Help page), its settings
for the plan, and whether the install is an agency's or one person's own job search."""
