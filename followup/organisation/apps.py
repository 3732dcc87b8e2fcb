"""The organisation app, as Django and its admin name it."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationConfig(AppConfig):
    name = "followup.organisation"
    label = "organisation"
    verbose_name = _("Organisation")  # the admin's heading for this app's tables
