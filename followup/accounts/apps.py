"""The accounts app, as Django and its admin name it."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "followup.accounts"
    label = "accounts"
    verbose_name = _("Accounts")  # the admin's heading for this app's tables
