"""`followup demo`: fill an empty data folder with a believable demo and print the logins."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from followup.accounts.models import User
from followup.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Fill an empty data folder with demo accounts and records; print one line per login."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        if User.objects.exists():
            raise CommandError(
                "this data folder already has accounts; the demo fills only an empty one "
                "(set FOLLOWUP_DATA_DIR to a new folder)"
            )
        for login in DemoBuilder().build():
            self.stdout.write(f"{login.role:<14} {login.email:<28} {login.password}")
