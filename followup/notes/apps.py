from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "followup.notes"
    label = "notes"
