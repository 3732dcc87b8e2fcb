from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "followup.reminders"
    label = "reminders"
