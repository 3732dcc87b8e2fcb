"""The job search: employers, applications, interviews, and the people met along the way."""
