"""People who sign in (job seekers, counsellors, administrators) and who may see whose records."""
