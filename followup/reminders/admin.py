"""Operators see how the digests are being delivered (state, attempts, the last SMTP error), never
what they list: the items are derived from the job seeker's records when sent, and not kept."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from followup.reminders.models import Digest


@admin.register(Digest)
class DigestAdmin(admin.ModelAdmin):
    list_display = ["day", "user", "state", "attempts", "item_count", "sent_at", "next_attempt_at"]
    list_filter = ["state", "day"]
    search_fields = ["user__email"]
    readonly_fields = [field.name for field in Digest._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
