from django.apps import AppConfig


class JobsearchConfig(AppConfig):
    name = "followup.jobsearch"
    label = "jobsearch"
    verbose_name = "Job search"
