from django.apps import AppConfig


class NotesConfig(AppConfig):
    name = "followup.notes"
    label = "notes"

    def ready(self) -> None:
        from followup.notes import jobs  # noqa: F401  (registers the outbox's background job)
