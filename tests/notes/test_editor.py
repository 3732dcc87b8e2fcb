"""The message editor: a personal draft, findings as you type, suggestions, regenerating."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.notes.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(client: Client, seeker: User, interview_with_two: Any) -> list[Interaction]:
    client.force_login(seeker)
    made = []
    for participant in interview_with_two.participants.all():
        client.get(
            f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}"
            f"&person={participant.person.pk}"
        )
        made.append(Interaction.objects.get(people=participant.person, state="draft"))
    return made


def test_each_interviewer_gets_a_personal_draft(drafts: list[Interaction]) -> None:
    siobhan, lukasz = drafts
    assert "Siobhan" in siobhan.body and "scheduling system" in siobhan.body
    assert "Łukasz" in lukasz.body and "morning rush" in lukasz.body
    assert siobhan.body != lukasz.body
    assert siobhan.subject and "Zoë Lefebvre" in siobhan.body


def test_opening_the_same_note_twice_reuses_the_draft(
    client: Client, drafts: list[Interaction], interview_with_two: Any
) -> None:
    person = drafts[0].people.get()
    client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}&person={person.pk}"
    )
    assert Interaction.objects.filter(people=person).count() == 1


def test_a_clean_draft_has_no_error(client: Client, drafts: list[Interaction]) -> None:
    html = client.get(f"/messages/{drafts[0].pk}/").content.decode()
    assert "things to fix" not in html or "0 things to fix" in html


def test_findings_follow_the_text_as_it_is_typed(client: Client, drafts: list[Interaction]) -> None:
    text = "Subject: Thanks\n\nDear Siobhan,\n\nI recieve your email ASAP.\n\nZoë Lefebvre"
    response = client.post(f"/messages/{drafts[0].pk}/check/", {"text": text})
    html = response.content.decode()
    assert "recieve" in html
    assert 'mark class="error"' in html
    drafts[0].refresh_from_db()
    assert "recieve" not in drafts[0].body  # checking saves nothing


def test_a_suggestion_is_computed_on_request_and_applied_in_place(
    client: Client, drafts: list[Interaction]
) -> None:
    text = "Dear Siobhan,\n\nThank you for the recieve.\n\nZoë Lefebvre"
    start = text.index("recieve")
    end = start + len("recieve")
    html = client.get(
        f"/messages/{drafts[0].pk}/suggestions/?word=recieve&start={start}&end={end}"
    ).content.decode()
    assert f'value="{start}:{end}:receive"' in html
    client.post(f"/messages/{drafts[0].pk}/", {"text": text, "apply": f"{start}:{end}:receive"})
    drafts[0].refresh_from_db()
    assert drafts[0].body == "Dear Siobhan,\n\nThank you for the receive.\n\nZoë Lefebvre"


def test_regenerating_never_overwrites_an_edit_without_asking(
    client: Client, drafts: list[Interaction]
) -> None:
    url = f"/messages/{drafts[0].pk}/"
    edited = "Subject: Thanks\n\nDear Siobhan,\n\nMy own words.\n\nZoë Lefebvre"
    client.post(url, {"text": edited, "regenerate": "1", "tone": "formal"})
    drafts[0].refresh_from_db()
    assert drafts[0].body.startswith("Dear Siobhan,\n\nMy own words.")
    client.post(url, {"text": edited, "regenerate": "1", "tone": "formal", "confirm": "1"})
    drafts[0].refresh_from_db()
    assert "My own words." not in drafts[0].body and drafts[0].tone == "formal"


def test_open_in_my_email_app_is_a_correctly_encoded_mailto(
    client: Client, drafts: list[Interaction]
) -> None:
    person = drafts[0].people.get()
    person.email = "siobhan.oconnor@example.org"
    person.save()
    html = client.get(f"/messages/{drafts[0].pk}/").content.decode()
    start = html.index('href="mailto:') + len('href="')
    link = html[start : html.index('"', start)].replace("&amp;", "&")
    assert link.startswith("mailto:siobhan.oconnor@example.org?subject=")
    body = unquote(link.split("&body=")[1])
    drafts[0].refresh_from_db()
    assert body == drafts[0].body
    assert " " not in link and "\n" not in link


def test_download_as_eml_opens_as_a_draft_in_a_mail_app(
    client: Client, drafts: list[Interaction]
) -> None:
    response = client.get(f"/messages/{drafts[0].pk}/email.eml")
    assert response["Content-Type"] == "message/rfc822"
    assert b"X-Unsent: 1" in response.content


def test_marked_sent_it_becomes_a_record_that_cannot_be_edited(
    client: Client, drafts: list[Interaction]
) -> None:
    url = f"/messages/{drafts[0].pk}/"
    client.post(f"{url}sent/", {"sent_on": "2026-11-20"})
    drafts[0].refresh_from_db()
    assert drafts[0].state == "sent" and str(drafts[0].occurred_on) == "2026-11-20"
    client.post(url, {"text": "changed"})
    drafts[0].refresh_from_db()
    assert drafts[0].body != "changed"
    person = drafts[0].people.get()
    assert "Thank-you note" in client.get(f"/people/{person.pk}/").content.decode()


def test_an_offer_can_be_accepted_or_answered_with_a_request_for_time(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    application = interview_with_two.application
    client.post(f"/applications/{application.pk}/status/", {"status": "offer"})
    page = client.get(f"/applications/{application.pk}/").content.decode()
    assert "Accept the offer" in page and "Ask for time to decide" in page
    person = interview_with_two.participants.first().person
    for variant in ("accept", "ask-for-time"):
        client.get(
            f"/messages/new/?kind=offer-reply&variant={variant}"
            f"&application={application.pk}&person={person.pk}"
        )
    accept, ask = (
        Interaction.objects.get(kind="offer-reply", variant=v) for v in ("accept", "ask-for-time")
    )
    assert accept.body != ask.body
    assert "accept" in accept.body.lower()


def test_a_linkedin_item_offers_a_short_connection_note(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    html = client.get("/").content.decode()
    assert "Write the note" in html
    person = interview_with_two.participants.first().person
    client.get(f"/messages/new/?kind=linkedin&person={person.pk}")
    note = Interaction.objects.get(kind="linkedin")
    assert len(note.body) <= 200 and not note.subject


# One text, every path: each button posts the text in the box, which is kept first and then is
# exactly what leaves — the link, the file, the email, the record.

TYPED = (
    "Subject: Thank you for Tuesday\n\nDear Siobhan,\n\nI keep thinking about the scheduling "
    "system you showed me.\n\nBest regards,\nZoë Lefebvre"
)
TYPED_BODY = TYPED.split("\n\n", 1)[1]


def test_the_text_is_kept_as_it_is_typed(client: Client, drafts: list[Interaction]) -> None:
    response = client.post(f"/messages/{drafts[0].pk}/autosave/", {"text": TYPED})
    assert response.status_code == 204
    drafts[0].refresh_from_db()
    assert (drafts[0].subject, drafts[0].body) == ("Thank you for Tuesday", TYPED_BODY)
    assert client.get(f"/messages/{drafts[0].pk}/").context["text"] == TYPED


def test_another_persons_draft_cannot_be_saved_over(
    client: Client, drafts: list[Interaction], other_seeker: User
) -> None:
    client.force_login(other_seeker)
    response = client.post(f"/messages/{drafts[0].pk}/autosave/", {"text": TYPED})
    assert response.status_code == 404
    drafts[0].refresh_from_db()
    assert "scheduling system you showed me" not in drafts[0].body


def test_saving_as_you_type_needs_the_pages_csrf_token(
    drafts: list[Interaction], seeker: User
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(seeker)
    url = f"/messages/{drafts[0].pk}/autosave/"
    assert client.post(url, {"text": TYPED}).status_code == 403
    token = client.get(f"/messages/{drafts[0].pk}/").context["csrf_token"]
    response = client.post(url, {"text": TYPED, "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 204


def test_a_message_already_sent_is_not_saved_over(
    client: Client, drafts: list[Interaction]
) -> None:
    client.post(f"/messages/{drafts[0].pk}/sent/", {})
    response = client.post(f"/messages/{drafts[0].pk}/autosave/", {"text": TYPED})
    assert response.status_code == 409
    assert "already left" in response.content.decode()
    drafts[0].refresh_from_db()
    assert "scheduling system you showed me" not in drafts[0].body


def test_a_subject_too_long_is_not_saved_and_says_why(
    client: Client, drafts: list[Interaction]
) -> None:
    typed = "Subject: " + "x" * 301 + "\n\nDear Siobhan,"
    response = client.post(f"/messages/{drafts[0].pk}/autosave/", {"text": typed})
    assert response.status_code == 400
    assert "at most 300 characters" in response.content.decode()
    drafts[0].refresh_from_db()
    assert len(drafts[0].subject) <= 300


def _with_email(draft: Interaction) -> None:
    person = draft.people.get()
    person.email = "siobhan.oconnor@example.org"
    person.save()


def test_open_in_my_email_app_without_javascript_keeps_then_opens_the_typed_text(
    client: Client, drafts: list[Interaction]
) -> None:
    _with_email(drafts[0])
    response = client.post(f"/messages/{drafts[0].pk}/", {"text": TYPED, "mailto": "1"})
    assert response.status_code == 302
    link = response["Location"]
    assert link.startswith("mailto:siobhan.oconnor@example.org?subject=Thank%20you%20for%20Tuesday")
    assert unquote(link.split("&body=")[1]) == TYPED_BODY
    drafts[0].refresh_from_db()
    assert drafts[0].body == TYPED_BODY


def test_the_email_app_link_on_the_page_follows_the_text_shown(
    client: Client, drafts: list[Interaction]
) -> None:
    _with_email(drafts[0])
    too_long = "Subject: " + "y" * 301 + "\n\nDear Siobhan,\n\nNot kept yet."
    response = client.post(f"/messages/{drafts[0].pk}/", {"text": too_long})
    assert response.status_code == 400
    link = response.context["mailto"]
    assert unquote(link.split("&body=")[1]) == "Dear Siobhan,\n\nNot kept yet."


def test_download_as_email_holds_the_typed_text(client: Client, drafts: list[Interaction]) -> None:
    from email import message_from_bytes, policy

    _with_email(drafts[0])
    response = client.post(f"/messages/{drafts[0].pk}/", {"text": TYPED, "eml": "1"})
    assert response["Content-Type"] == "message/rfc822"
    assert "attachment" in response["Content-Disposition"]
    email = message_from_bytes(response.content, policy=policy.default)
    assert email["Subject"] == "Thank you for Tuesday"
    assert email.get_content().rstrip("\n") == TYPED_BODY
    assert "Subject:" not in email.get_content()
    drafts[0].refresh_from_db()
    assert drafts[0].body == TYPED_BODY


def test_mark_as_sent_keeps_the_text_that_left(client: Client, drafts: list[Interaction]) -> None:
    response = client.post(
        f"/messages/{drafts[0].pk}/sent/", {"text": TYPED.replace("\n", "\r\n"), "sent_on": ""}
    )
    assert response.status_code == 302
    drafts[0].refresh_from_db()
    assert drafts[0].state == "sent"
    assert (drafts[0].subject, drafts[0].body) == ("Thank you for Tuesday", TYPED_BODY)


def test_a_sent_date_refused_still_keeps_the_typed_text(
    client: Client, drafts: list[Interaction]
) -> None:
    client.post(f"/messages/{drafts[0].pk}/sent/", {"text": TYPED, "sent_on": "Tuesday"})
    drafts[0].refresh_from_db()
    assert drafts[0].state == "draft" and drafts[0].body == TYPED_BODY


SAYS_NOTHING = [
    "",
    "Subject: Thank you\n\n",
    "Dear Siobhan,",
    "Subject: Thank you\n\nDear Siobhan,\n\n",
    "Dear Siobhan,\n\nBest regards,\nZoë Lefebvre",
    "Hi Siobhan!\n\nZoë",
    "Hello\n\nZoë Lefebvre",
    "Dear Siobhan,\n\nWarm regards,\nZoë\nzoe@example.org\n613-555-0100\nhttps://zoe.example.org",
]


@pytest.mark.parametrize("typed", SAYS_NOTHING)
@pytest.mark.parametrize("action", ["sent/", "send", "eml", "mailto"])
def test_an_empty_or_greeting_only_note_cannot_leave_and_the_text_stays(
    client: Client, drafts: list[Interaction], settings: Any, typed: str, action: str
) -> None:
    settings.EMAIL_CONFIGURED = True
    _with_email(drafts[0])
    url = f"/messages/{drafts[0].pk}/"
    if action == "sent/":
        response = client.post(f"{url}sent/", {"text": typed})
    else:
        response = client.post(url, {"text": typed, action: "1", "anyway": "1"})
    assert response.status_code == 400
    assert "nothing to say yet" in response.content.decode()
    assert response.context["text"] == typed
    drafts[0].refresh_from_db()
    assert drafts[0].state == "draft"
    assert drafts[0].body == (typed.split("\n\n", 1)[1] if typed.startswith("Subject") else typed)
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    "typed",
    [
        "Dear Siobhan,\n\nThank you!\n\nZoë",
        "Hi Siobhan, it was good to meet you on Tuesday.",
        "Thank you for the interview!",
        "Siobhan,\n\nThe tour of the kitchen stayed with me.\n\nZoë",
    ],
)
def test_a_short_note_that_says_something_can_be_marked_sent(
    client: Client, drafts: list[Interaction], typed: str
) -> None:
    client.post(f"/messages/{drafts[0].pk}/sent/", {"text": typed})
    drafts[0].refresh_from_db()
    assert drafts[0].state == "sent" and drafts[0].body == typed


def test_the_editor_copies_the_body_and_the_subject_apart(
    client: Client, drafts: list[Interaction]
) -> None:
    html = client.get(f"/messages/{drafts[0].pk}/").content.decode()
    assert 'data-copy-part="body"' in html and "Copy the text" in html
    assert 'data-copy-part="subject"' in html and "Copy the subject" in html
    assert "Checking…" in html and 'data-saving="Saving…"' in html
