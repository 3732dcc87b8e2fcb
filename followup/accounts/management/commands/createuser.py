"""`followup createuser --email EMAIL --name NAME [--role …] [--language {en,fr}]`: the password
from a prompt or FOLLOWUP_PASSWORD."""

from __future__ import annotations

import getpass
import os
from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email

from followup.accounts.models import Language, Role, User


class Command(BaseCommand):
    help = "Create an account. The password comes from FOLLOWUP_PASSWORD or a prompt."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", required=True)
        parser.add_argument("--role", choices=[r.value for r in Role], default=Role.JOB_SEEKER)
        parser.add_argument(
            "--language",
            choices=[language.value for language in Language],
            default=Language.EN,
            help="the account's language: pages, emails and new drafts",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["email"].strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not an email address") from None
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"an account with {email} already exists")
        password = os.environ.get("FOLLOWUP_PASSWORD") or self._prompt()
        user = User(
            email=email,
            name=options["name"].strip(),
            role=options["role"],
            language=options["language"],
        )
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if user.role == Role.ADMIN:
            user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Created {user.get_role_display().lower()} {user.name} <{user.email}>")

    def _prompt(self) -> str:
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords differ")
        return first
