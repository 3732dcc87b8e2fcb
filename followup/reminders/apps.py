from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "followup.reminders"
    label = "reminders"

    def ready(self) -> None:
        from followup.reminders import jobs  # noqa: F401  (registers the digests' background job)
        from followup.reminders.next_due import connect

        connect()
