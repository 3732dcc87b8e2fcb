"""Commands that cannot do their job say so in one line and exit non-zero."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from smtp_sink import free_port, point_mail_at

from followup.accounts.models import User
from followup.reminders.models import Digest

pytestmark = pytest.mark.django_db


def test_remind_exits_non_zero_when_the_mail_server_refuses(
    settings: Any, seeker: User, interview_with_two: object
) -> None:
    point_mail_at(settings, free_port())  # nothing listens there
    with pytest.raises(CommandError) as error:
        call_command("remind", "--once", "--any-hour")
    assert error.value.returncode == 1
    assert "could not be sent" in str(error.value) and "\n" not in str(error.value)
    assert Digest.objects.filter(user=seeker).exclude(state="sent").exists()  # kept for a retry


def test_export_to_a_folder_is_a_one_line_error(seeker: User, tmp_path: Path) -> None:
    with pytest.raises(CommandError) as error:
        call_command("export", "--user", seeker.email, "--output", str(tmp_path))
    assert error.value.returncode == 2
    assert "is a folder" in str(error.value) and "\n" not in str(error.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_today_for_a_day_outside_the_range_is_a_one_line_error(seeker: User, day: str) -> None:
    with pytest.raises(CommandError) as error:
        call_command("today", "--user", seeker.email, "--date", day)
    assert error.value.returncode == 2 and "1900 to 2999" in str(error.value)
