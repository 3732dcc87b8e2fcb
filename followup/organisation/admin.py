"""Administrators edit the organisation, its settings and its offices."""

from django.contrib import admin

from followup.organisation.models import Office, Organisation


class OfficeInline(admin.StackedInline):
    model = Office
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    inlines = [OfficeInline]
    list_display = ["name", "phone", "province"]
