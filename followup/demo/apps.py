"""App config for the demo (it has no models; the app holds `followup demo`)."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "followup.demo"
    label = "demo"
