from django.apps import AppConfig


class TodayConfig(AppConfig):
    name = "followup.today"
    label = "today"
