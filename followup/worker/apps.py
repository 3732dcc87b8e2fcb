"""App config for the background worker (it has no models; the app holds `followup worker`)."""

from django.apps import AppConfig


class WorkerConfig(AppConfig):
    name = "followup.worker"
    label = "worker"
