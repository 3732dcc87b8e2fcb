from django.apps import AppConfig


class InteractionsConfig(AppConfig):
    name = "followup.interactions"
    label = "interactions"
