"""The organisation running Followup, its offices and its settings for the plan."""
