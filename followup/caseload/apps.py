from django.apps import AppConfig


class CaseloadConfig(AppConfig):
    name = "followup.caseload"
    label = "caseload"

    def ready(self) -> None:
        from followup.caseload import (
            jobs,  # noqa: F401  (registers the reports' warming job)
            report_cache,
        )

        report_cache.connect()
