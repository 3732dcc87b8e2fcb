"""The digest's headers are written byte for byte as Python's standard way (`compat32`) writes
them, in English and in French (encoded subjects), with long names and addresses folded over
lines, though short plain ones skip its work."""

from __future__ import annotations

from email.policy import compat32
from typing import Any

import pytest

from followup.reminders.digests import due_items
from followup.reminders.emails import digest_message
from followup.web.mail import new_message_id

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "email",
    ["zoe@example.org", "a.very.long.address.for.someone" + "-really" * 8 + "@example.org"],
)
def test_headers_are_written_as_the_standard_library_writes_them(
    due_seeker: Any, language: str, email: str
) -> None:
    due_seeker.language, due_seeker.email = language, email
    due_seeker.save(update_fields=["language", "email"])
    mime = digest_message(due_seeker, due_items(due_seeker), new_message_id("digest")).message()

    written = mime.as_bytes(linesep="\r\n")
    mime.policy = compat32
    assert written == mime.as_bytes(linesep="\r\n")
    assert email.encode() in written.replace(b"\r\n ", b"")  # unfolded
