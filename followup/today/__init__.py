"""Today: what is due now, derived from the records by the planner, and what the user decided."""
