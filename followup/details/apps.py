"""App config for the pages of one record (no models: it holds views and their templates)."""

from django.apps import AppConfig


class DetailsConfig(AppConfig):
    name = "followup.details"
    label = "details"
