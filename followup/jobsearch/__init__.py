"""The job search: employers, applications, interviews, and the people met along the way; their
lists and forms, and the follow-up plan in words (`plan_lines`). The pages of one application,
interview or person, which also show its messages and plan, are `followup.details`."""
