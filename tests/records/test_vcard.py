"""People as vCard 3.0: escaping, folding and UTF-8."""

from __future__ import annotations

from followup.records import vcard


def test_it_escapes_commas_semicolons_backslashes_and_line_breaks() -> None:
    text = vcard.card(vcard.Card(name="Ana Silva", note="Met at the fair; nice, kind\nC:\\path"))
    assert "NOTE:Met at the fair\\; nice\\, kind\\nC:\\\\path\r\n" in text


def test_it_writes_a_structured_name_with_the_family_name_first() -> None:
    text = vcard.card(vcard.Card(name="Siobhan O'Connor", organisation="Quinte Health"))
    assert "FN:Siobhan O'Connor\r\nN:O'Connor;Siobhan;;;\r\n" in text
    assert "ORG:Quinte Health\r\n" in text
    assert vcard.structured_name("陈伟") == ";陈伟;;;"


def test_it_ends_every_line_with_crlf_and_leaves_out_empty_fields() -> None:
    text = vcard.card(vcard.Card(name="Zoë", email="zoe@example.org"))
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert "TITLE" not in text and "TEL" not in text
    assert "EMAIL;TYPE=INTERNET:zoe@example.org\r\n" in text


def test_it_folds_long_lines_at_75_octets_without_splitting_a_character() -> None:
    text = vcard.card(vcard.Card(name="Zoë", note="é" * 100))
    note = [line for line in text.split("\r\n") if line.startswith(("NOTE", " "))]
    assert len(note) > 1
    assert all(len(line.encode()) <= 75 for line in note)
    assert "".join(line.removeprefix(" ") for line in note) == "NOTE:" + "é" * 100


def test_it_keeps_a_profile_link_as_it_is() -> None:
    text = vcard.card(vcard.Card(name="Ana", url="https://example.org/in/a,b"))
    assert "URL:https://example.org/in/a,b\r\n" in text
