from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "followup.organisation"
    label = "organisation"
