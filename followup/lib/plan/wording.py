"""The words of the plan's reasons, in English or French (`lang`, "en" or "fr"): the sentence
templates (`say`) and their pieces: days, clock times, roles, jobs and names.

Written by hand rather than with `strftime` so the words do not depend on the server's locale.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from followup.lib.dates import day_month, long_day
from followup.lib.records import (
    ADMIN_STAFF,
    CALL,
    FOLLOW_UP,
    HR,
    INTERVIEWER,
    KEEP_IN_TOUCH,
    LINKEDIN,
    MEETING,
    NOTE,
    OFFER_REPLY,
    PANEL,
    RECRUITER,
    REJECTION_REPLY,
    REPLY_RECEIVED,
    THANK_YOU,
    ApplicationRec,
    InteractionRec,
    PersonRec,
)

ROLE_LABELS = {
    INTERVIEWER: "interviewer",
    PANEL: "panel member",
    HR: "HR",
    RECRUITER: "recruiter",
    ADMIN_STAFF: "admin staff",
}
# How the last contact reads in a reminder: "Last contact: thank-you note sent on 10 February".
CONTACT_LABELS = {
    THANK_YOU: "thank-you note sent",
    FOLLOW_UP: "follow-up sent",
    REJECTION_REPLY: "reply to the decision sent",
    KEEP_IN_TOUCH: "check-in sent",
    LINKEDIN: "LinkedIn connection",
    OFFER_REPLY: "reply to the offer sent",
    CALL: "call",
    MEETING: "meeting",
    REPLY_RECEIVED: "reply received",
    NOTE: "note",
}
ROLE_LABELS_FR = {
    INTERVIEWER: "intervieweur",
    PANEL: "membre du comité",
    HR: "RH",
    RECRUITER: "recruteur",
    ADMIN_STAFF: "personnel administratif",
}
CONTACT_LABELS_FR = {
    THANK_YOU: "mot de remerciement envoyé",
    FOLLOW_UP: "suivi envoyé",
    REJECTION_REPLY: "réponse à la décision envoyée",
    KEEP_IN_TOUCH: "prise de nouvelles envoyée",
    LINKEDIN: "invitation LinkedIn",
    OFFER_REPLY: "réponse à l'offre envoyée",
    CALL: "appel",
    MEETING: "rencontre",
    REPLY_RECEIVED: "réponse reçue",
    NOTE: "note",
}
ORDINALS = {1: "first", 2: "second", 3: "third"}
_LATE = "Send {name} {note} now: late is still better than never."
_LATE_FR = "Envoyez {note} à {name} dès maintenant : mieux vaut tard que jamais."
# The reasons' sentences, by code; `say` fills them in.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "met": "You met {name} ({label}) on {day} for {job}.",
        "helped": "{name} ({label}) helped with your interview on {day} for {job}.",
        "note": "a thank-you note",
        "admin_note": "a short admin thank-you note",
        "day_over": "{opening} The time for a thank-you note ended with {next_day}. " + _LATE,
        "by_day": "{opening} Send {name} {note} by the end of {next_day}.",
        "hours_over": (
            "{opening} The {hours} hours for a thank-you note ended at {clock} on {day}. " + _LATE
        ),
        "within": (
            "{opening} Send {name} {note} within {hours} hours of the interview (by {deadline})."
        ),
        "linkedin": (
            "You met {name} on {day} for {job}. A LinkedIn connection request with a short "
            "personal note, sent by {until}, keeps {name} in your network. Optional."
        ),
        "follow_up_on": "Follow up on {due}.",
        "next_follow_up": (
            "The {previous} follow-up went out on {sent} and nothing has come back yet. "
            "The {nth} one is due {gap} business days later, on {due}."
        ),
        "one_day": "1 day",
        "days": "{days} days",
        "wait": "{why} Until then, wait ({wait}): following up earlier can hurt your chances.",
        "ask": "Send {name} a short, polite follow-up about {job}.",
        "last": "This is the last follow-up; after it, the plan turns to keeping in touch.",
        "due_since": "Due since {due}.",
        "rejection": (
            "{employer} chose another candidate for {role} (noted on {noted}). A short, gracious "
            "reply{to} thanks them for their time and keeps the door open for the next opening. "
            "Best sent by {by}."
        ),
        "reply_to": " to {name}",
        "check_in_on": (
            "Check in with {name} on {due}: {every} days after your last contact on {since}. "
            "A short hello keeps the contact warm, whatever came of the application."
        ),
        "check_in": (
            "It has been {days} days since your last contact with {name} on {since}. Send a "
            "short check-in: a hello, news of your search or something useful to them keeps the "
            "contact warm."
        ),
        "last_contact": "Last contact: {line}.",
        "notes": "Notes: {notes}",
        "interview_line": "interview on {day} for {job}",
        "contact_on": "{label} on {day}",
        "contact": "your contact",
        "the_job": "the job",
        "job": "{role} at {employer}",
        "role": "{role}",
        "employer_only": "{employer}",
        "the_employer": "the employer",
    },
    "fr": {
        "met": "Vous avez rencontré {name} ({label}) le {day} pour {job}.",
        "helped": "{name} ({label}) a contribué à votre entrevue du {day} pour {job}.",
        "note": "un mot de remerciement",
        "admin_note": "un court mot de remerciement",
        "day_over": (
            "{opening} Le délai pour un mot de remerciement a pris fin le {next_day}. " + _LATE_FR
        ),
        "by_day": "{opening} Envoyez {note} à {name} d'ici la fin de la journée du {next_day}.",
        "hours_over": (
            "{opening} Le délai de {hours} heures pour un mot de remerciement a pris fin à "
            "{clock} le {day}. " + _LATE_FR
        ),
        "within": (
            "{opening} Envoyez {note} à {name} dans les {hours} heures suivant l'entrevue "
            "(d'ici le {deadline})."
        ),
        "linkedin": (
            "Vous avez rencontré {name} le {day} pour {job}. Une invitation LinkedIn accompagnée "
            "d'un court mot personnel, envoyée d'ici le {until}, garde {name} dans votre réseau. "
            "Facultatif."
        ),
        "follow_up_on": "Faites un suivi le {due}.",
        "next_follow_up": (
            "Le suivi n° {previous_n} est parti le {sent} et rien n'est revenu depuis. "
            "Le suivi n° {n} est prévu {gap} jours ouvrables plus tard, le {due}."
        ),
        "one_day": "1 jour",
        "days": "{days} jours",
        "wait": (
            "{why} D'ici là, patientez ({wait}) : faire un suivi plus tôt peut nuire à vos chances."
        ),
        "ask": "Envoyez à {name} un court message de suivi, poli, concernant {job}.",
        "last": "C'est le dernier suivi; ensuite, le plan passe au maintien du contact.",
        "due_since": "À faire depuis le {due}.",
        "rejection": (
            "{employer} a retenu une autre candidature pour {role} (noté le {noted}). Une réponse "
            "courte et courtoise{to} remercie de leur temps et garde la porte ouverte pour le "
            "prochain poste. À envoyer idéalement d'ici le {by}."
        ),
        "reply_to": " à {name}",
        "check_in_on": (
            "Prenez des nouvelles de {name} le {due} : {every} jours après votre dernier contact, "
            "le {since}. Un petit bonjour garde le lien, quelle que soit l'issue de la candidature."
        ),
        "check_in": (
            "Votre dernier contact avec {name} remonte à {days} jours, le {since}. Envoyez un "
            "petit mot : un bonjour, des nouvelles de votre recherche ou quelque chose d'utile "
            "pour cette personne garde le lien."
        ),
        "last_contact": "Dernier contact : {line}.",
        "notes": "Notes : {notes}",
        "interview_line": "entrevue le {day} pour {job}",
        "contact_on": "{label} le {day}",
        "contact": "votre contact",
        "the_job": "le poste",
        "job": "le poste de {role} chez {employer}",
        "role": "le poste de {role}",
        "employer_only": "le poste chez {employer}",
        "the_employer": "l'employeur",
    },
}
# Canadian French typography: a non-breaking space before a colon, never a line break there.
TEMPLATES["fr"] = {
    code: text.replace(" :", "\N{NO-BREAK SPACE}:") for code, text in TEMPLATES["fr"].items()
}
CONTEXT_LIMIT = 240
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def clock(moment: datetime, lang: str = "en", space: str = " ") -> str:
    """'3:00 p.m.', the Canadian Press style; '15 h 00' in French. Pages pass a no-break
    `space`, so a narrow screen never splits a time."""
    if lang == "fr":
        return f"{moment.hour}{space}h{space}{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d}{space}{suffix}"


def day_and_clock(moment: datetime, today: date, lang: str = "en", space: str = " ") -> str:
    """'Wednesday 10 February, 3:00 p.m.' or 'mercredi 10 février, 15 h 00' (moment already in
    local time)."""
    return f"{long_day(moment.date(), today, lang)}, {clock(moment, lang, space)}"


def say(code: str, lang: str = "en", **params: object) -> str:
    """The template `code` in `lang` (English when unknown), filled in with `params`."""
    return TEMPLATES.get(lang, TEMPLATES["en"])[code].format(**params)


def role_label(role: str, lang: str = "en") -> str:
    labels = ROLE_LABELS_FR if lang == "fr" else ROLE_LABELS
    return labels.get(role, role or "contact")


def person_name(person: PersonRec | None, lang: str = "en") -> str:
    return person.name.strip() if person and person.name.strip() else say("contact", lang)


def job(application: ApplicationRec | None, lang: str = "en") -> str:
    """'Office Coordinator at Quinte Health', or what is known of it."""
    role = application.role.strip() if application else ""
    employer = application.employer.strip() if application else ""
    if role and employer:
        return say("job", lang, role=role, employer=employer)
    if role:
        return say("role", lang, role=role)
    if employer:
        return say("employer_only", lang, employer=employer)
    return say("the_job", lang)


def employer(application: ApplicationRec | None, lang: str = "en") -> str:
    if application is None or not application.employer.strip():
        return say("the_employer", lang)
    return application.employer.strip()


def ordinal(sequence: int) -> str:
    return ORDINALS.get(sequence, f"number {sequence}")


def contact_line(interaction: InteractionRec, today: date, lang: str = "en") -> str:
    """'thank-you note sent on 10 February', with the user's summary when there is one."""
    labels = CONTACT_LABELS_FR if lang == "fr" else CONTACT_LABELS
    label = labels.get(interaction.kind, interaction.kind.replace("-", " "))
    text = say("contact_on", lang, label=label, day=day_month(interaction.occurred_on, today, lang))
    summary = " ".join(interaction.summary.split())
    return f"{text} ({summary})" if summary else text


def shorten(text: str, limit: int = CONTEXT_LIMIT) -> str:
    """Collapse spaces and cut at a word boundary with an ellipsis when too long. A no-break
    space (French before a colon) stays: it is not where a line may break."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return f"{cut}…"
