from django.apps import AppConfig


class CaseloadConfig(AppConfig):
    name = "followup.caseload"
    label = "caseload"
