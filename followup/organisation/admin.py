"""Administrators edit the organisation, its settings and its offices; the admin's own titles."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from followup.organisation.models import Office, Organisation

admin.site.site_header = _("Followup administration")
admin.site.site_title = _("Followup administration")
admin.site.index_title = _("Accounts, offices and settings")


class OfficeInline(admin.StackedInline):
    model = Office
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    """One organisation per install: it can be changed, never added to or deleted."""

    inlines = [OfficeInline]
    list_display = ["name", "phone", "province"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not Organisation.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """The list of one is the organisation itself."""
        org = Organisation.objects.order_by("pk").first()
        if org is not None and self.has_change_permission(request, org):
            return redirect("admin:organisation_organisation_change", org.pk)
        return super().changelist_view(request, extra_context)
