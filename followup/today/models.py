"""What the user decided about a due item: snoozed, dismissed or kept. The items themselves are
never stored: the planner derives them from the records each time."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Mark(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    key = models.CharField(max_length=120)
    snoozed_until = models.DateField(null=True, blank=True)
    dismissed = models.BooleanField(default=False)
    kept = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "key"], name="one_mark_per_key")]

    def __str__(self) -> str:
        return self.key
