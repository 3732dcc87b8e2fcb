"""Keeping each user's stored next due day (`NextDue`) honest: it is forgotten whenever the
user's records change, and stored by a reminder pass only when nothing changed while it
planned.

The records change through forms, the import, undo, the outbox and the admin; each save or
delete of a record sends a signal, and the receivers here forget the owner's day. A write that
sends no signal (`QuerySet.update`, `bulk_create`) must call `forget` itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import connections, router
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from followup.accounts.models import User
from followup.reminders.models import NextDue
from followup.worker.leases import concrete_field


def forget(owner_ids: Iterable[int]) -> None:
    """These users' records changed: the next pass plans them."""
    ids = list(owner_ids)
    if ids:
        NextDue.objects.filter(user_id__in=ids).update(day=None, version=F("version") + 1)


def forget_everyone() -> None:
    """The organisation's settings changed: every plan may differ."""
    NextDue.objects.update(day=None, version=F("version") + 1)


def versions(user_ids: list[int]) -> dict[int, int]:
    """The current version of each user's row, made (with no day) for users who have none; read
    before their records are loaded, it fences `remember`."""
    found = dict(NextDue.objects.filter(user_id__in=user_ids).values_list("user_id", "version"))
    missing = [NextDue(user_id=pk) for pk in user_ids if pk not in found]
    if missing:
        NextDue.objects.bulk_create(missing, ignore_conflicts=True)
        found |= dict(
            NextDue.objects.filter(user_id__in=[row.user_id for row in missing]).values_list(
                "user_id", "version"
            )
        )
    return found


def remember(days: dict[int, date], read: dict[int, int]) -> None:
    """Store each user's next due day, in one statement, where the row's version is still the
    one read (`read`) before the records were loaded. The SQL is written here: the ORM spends
    more building a statement with a condition and a case per user than the database running
    it."""
    fenced = [pk for pk in days if pk in read]
    if not fenced:
        return
    connection = connections[router.db_for_write(NextDue)]
    meta, quote = NextDue._meta, connection.ops.quote_name
    user, day, version = (
        quote(concrete_field(NextDue, name).column) for name in ("user", "day", "version")
    )
    prepare = concrete_field(NextDue, "day").get_db_prep_save
    cases = " ".join(["WHEN %s THEN %s"] * len(fenced))
    fences = " OR ".join([f"({user} = %s AND {version} = %s)"] * len(fenced))
    params: list[Any] = [v for pk in fenced for v in (pk, prepare(days[pk], connection))]
    params += [v for pk in fenced for v in (pk, read[pk])]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(meta.db_table)} SET {day} = CASE {user} {cases} END WHERE {fences}",
            params,
        )


def _owner_of(sender: Any, instance: Any) -> Iterable[int]:
    owner_id = getattr(instance, "owner_id", None)
    if owner_id is not None:
        return [owner_id]
    from followup.jobsearch.models import Application, Interview, Participant, Person

    if isinstance(instance, Interview):
        return Application.objects.filter(pk=instance.application_id).values_list(
            "owner_id", flat=True
        )
    if isinstance(instance, Participant):
        return Person.objects.filter(pk=instance.person_id).values_list("owner_id", flat=True)
    return []


def _record_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    origin = kwargs.get("origin")
    if isinstance(origin, User) or getattr(origin, "model", None) is User:
        return  # the account is going (one or a queryset of them), and its row with it
    forget(_owner_of(sender, instance))


def _people_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        forget([instance.owner_id])  # an interaction or a person: both have an owner


def _user_saved(sender: Any, instance: User, created: bool, **kwargs: Any) -> None:
    fields = kwargs.get("update_fields")
    if not created and (fields is None or "time_zone" in fields):
        forget([instance.pk])  # another time zone, other local days


def _organisation_saving(sender: Any, instance: Any, **kwargs: Any) -> None:
    before = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._policy_before = before.policy() if before is not None else None


def _organisation_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    if getattr(instance, "_policy_before", None) != instance.policy():
        forget_everyone()  # other settings, other plans; its name or phone change nothing


def connect() -> None:
    """Called once, when the app is ready."""
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Application, Interview, Participant, Person
    from followup.organisation.models import Organisation
    from followup.today.models import Mark

    for model in (Application, Interview, Participant, Person, Interaction, Mark):
        uid = f"reminders.next_due.{model.__name__}"
        post_save.connect(_record_changed, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(_record_changed, sender=model, dispatch_uid=uid + ".delete")
    m2m_changed.connect(
        _people_changed, sender=Interaction.people.through, dispatch_uid="reminders.next_due.m2m"
    )
    post_save.connect(_user_saved, sender=User, dispatch_uid="reminders.next_due.user")
    pre_save.connect(
        _organisation_saving, sender=Organisation, dispatch_uid="reminders.next_due.org_before"
    )
    post_save.connect(
        _organisation_saved, sender=Organisation, dispatch_uid="reminders.next_due.organisation"
    )
