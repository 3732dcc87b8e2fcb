"""Which language a note is in (followup/lib/checker/language.py), on the short notes people
really write: names with accents, French employers in an English note, English words in a
French one, a word or two. An ordinary note is never read as the other language."""

from __future__ import annotations

import pytest

from followup.lib.checker.language import detect

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

ENGLISH = [
    "Thanks!",
    "Thank you, Zoë.",
    "Hi Hélène, thanks for your time today.",
    "Dear Mr. Lévesque,\n\nThank you for the interview at Desjardins yesterday.\n\nBest,\nSam",
    "Dear Marie-Ève Côté,\n\nThank you for meeting me.\n\nRegards,\nJoël",
    "Thank you for the tour of the Caisse populaire de la Vallée. Best regards, Sam",
    "I enjoyed meeting the team at Société de transport de l'Outaouais.",
    "Hello François, I wanted to follow up on the Banque Nationale du Canada role.",
    "Thanks again for the interview at Collège La Cité in Ottawa!",
    "Dear Madame Tremblay, thank you for your time on Tuesday.",
    "Following up on the role at Hôpital Montfort: is there any news?",
    "Great meeting you at the Centre de santé communautaire de l'Estrie!",
    "Merci for the chat yesterday, it was great to meet you.",
    "Dear Jean-François,\nThanks for the coffee chat about the résumé.\nBest,\nAnaïs",
    "Dear hiring team at Les Entreprises Dubé et Fils, thank you for the interview.",
    "Please find my résumé attached, as discussed.",
    "Re: Commis de bureau / Office clerk position",
    "Hi Amélie — quick note to say thanks for today's interview at Le Groupe Jean Coutu.",
    "Dear Dr. Gagnon,\n\nIt was a pleasure to meet you at La Maison de la francophonie.",
    "Bonjour Marc, thank you for the interview yesterday. I look forward to hearing from you.",
]
FRENCH = [
    "Merci!",
    "Merci beaucoup, Anna.",
    "Bonjour Jane, merci pour l'entrevue d'hier.",
    "Bonjour Mr. Smith,\n\nMerci pour l'entrevue chez Best Buy hier.\n\nCordialement,\nJulie",
    "Merci pour votre temps ce matin, c'était très intéressant.",
    "Je vous remercie de l'entrevue.",
    "Bonjour,\nJe fais suite à notre rencontre de mardi chez Tim Hortons.",
    "Madame Smith, je vous remercie de votre accueil chez Shoppers Drug Mart.",
    "Merci pour le meeting, le job a l'air cool!",
    "Bonjour Sarah, merci pour le call de ce matin.",
    "Avez-vous des nouvelles du poste?",
    "Bonne journée et merci encore!",
    "Je suis disponible pour une deuxième entrevue jeudi.",
    "Salut John, merci pour hier!",
    "Objet : Suivi\n\nBonjour Monsieur Brown,\nAuriez-vous du nouveau?\nMerci,\nAlex",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_an_english_note_is_read_as_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("text", FRENCH)
def test_a_french_note_is_read_as_french(text: str) -> None:
    assert detect(text) == "fr"


@pytest.mark.parametrize("text", ["", "   ", "Zoë Côté", "Sam", "123-456-7890", "Desjardins"])
def test_a_note_without_words_of_either_language_is_english(text: str) -> None:
    assert detect(text) == "en"


def test_me_is_no_sign_of_english_in_a_french_note() -> None:
    text = (
        "Bonjour Madame Caron,\n\nCe poste me permettrait de progresser.\n\nCordialement,\nPaul Roy"
    )
    assert detect(text) == "fr"
    assert detect("Hi Anna,\n\nLet me know if you need anything else.\n\nBest,\nPaul") == "en"
