"""A thank-you to the administrative staff is a thank-you record with the admin variant; every
other kind of note is its record's kind. The editor, Today and the model agree through these."""

from __future__ import annotations

from followup.lib import records as r


def test_the_admin_staff_thank_you_is_a_thank_you_record_with_the_admin_variant() -> None:
    assert r.record_kind(r.ADMIN_THANK_YOU) == (r.THANK_YOU, r.ADMIN_VARIANT)
    assert r.note_kind(r.THANK_YOU, r.ADMIN_VARIANT) == r.ADMIN_THANK_YOU
    assert r.note_kind(r.THANK_YOU) == r.THANK_YOU


def test_every_kind_of_note_comes_back_from_its_record() -> None:
    for kind in r.NOTE_KINDS:
        assert r.note_kind(*r.record_kind(kind)) == kind
        assert r.record_kind(kind)[0] in r.MESSAGE_KINDS


def test_an_offer_reply_keeps_its_own_variant_out_of_the_kind() -> None:
    assert r.note_kind(r.OFFER_REPLY, "accept") == r.OFFER_REPLY
