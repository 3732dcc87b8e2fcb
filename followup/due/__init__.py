"""What is due, on the Django side: the planner (`followup.lib.plan`) reads plain records, and
this package loads them from the database for one user or a batch (`loading`), turns the
planner's actions into what pages, digests and calendars show (`present`), finds the
counsellor's comments to show beside them (`comments`), and says where one application's
follow-ups stand (`outlook`). Today, the caseload, the reminders, the editor, the application
and interview pages and the job-search record all use it; the Today page itself lives in
`followup.today`."""
