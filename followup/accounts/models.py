"""Accounts, roles, and the consent that lets a counsellor see a client's records."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from followup.accounts.clock import validate_time_zone


class Role(models.TextChoices):
    JOB_SEEKER = "job-seeker", _("Job seeker")
    COUNSELLOR = "counsellor", _("Counsellor")
    ADMIN = "admin", _("Administrator")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields: Any) -> User:
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username: str | None) -> User:
        """Signing in as "Zoe@Example.org" finds zoe@example.org: phones capitalise the first
        letter, and emails are stored in lower case."""
        if not username or len(username) > 254:  # no address is longer; spare the database
            raise self.model.DoesNotExist
        user = self.filter(email=username).first() or (
            self.filter(email__iexact=username).order_by("pk").first()
        )
        if user is None:
            raise self.model.DoesNotExist
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields: Any) -> User:
        fields.update(is_staff=True, is_superuser=True, role=Role.ADMIN)
        return self.create_user(email, password, **fields)


class Language(models.TextChoices):
    """The languages of the interface; each named in its own language, as a switch shows it."""

    EN = "en", "English"
    FR = "fr", "Français"


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("email"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.JOB_SEEKER)
    office = models.ForeignKey(
        "organisation.Office",
        verbose_name=_("office"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="America/Toronto", validators=[validate_time_zone]
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        default=Language.EN,
        help_text=_("Pages, emails and new drafts are in this language."),
    )
    weekly_goal = models.PositiveSmallIntegerField(
        _("weekly goal of applications"), null=True, blank=True
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("account")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email

    def save(self, *args: Any, **kwargs: Any) -> None:
        """A new role starts without anyone's consent: consent was given to the person in the
        role they had, so an account turned counsellor (or back) is not trusted by it."""
        fields = kwargs.get("update_fields")
        role_changed = (
            self.pk is not None
            and (fields is None or "role" in fields)
            and User.objects.filter(pk=self.pk).exclude(role=self.role).exists()
        )
        super().save(*args, **kwargs)
        if role_changed:
            Sharing.objects.filter(models.Q(client=self) | models.Q(counsellor=self)).update(
                consented_at=None, share_notes=False
            )

    @property
    def is_job_seeker(self) -> bool:
        return self.role == Role.JOB_SEEKER

    @property
    def is_counsellor(self) -> bool:
        return self.role == Role.COUNSELLOR

    @property
    def is_admin(self) -> bool:
        """The organisation's administrator (the role; Django's `is_staff` opens the admin)."""
        return self.role == Role.ADMIN


class Sharing(models.Model):
    """A client assigned to a counsellor. The counsellor sees the client's records only once the
    client has consented; the client may withdraw at any time."""

    client = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sharings")
    counsellor = models.ForeignKey(User, on_delete=models.CASCADE, related_name="caseload")
    assigned_at = models.DateTimeField(default=timezone.now)
    consented_at = models.DateTimeField(_("agreed to share on"), null=True, blank=True)
    share_notes = models.BooleanField(_("share my private interview notes too"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "counsellor"], name="one_sharing_per_pair")
        ]
        verbose_name = _("assignment")

    def __str__(self) -> str:
        return f"{self.client.name} → {self.counsellor.name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Consent belongs to one (client, counsellor) pair: an assignment given another client
        or counsellor is a new pair, and starts without consent."""
        if self.pk is not None and self.consented_at is not None:
            stored = Sharing.objects.filter(pk=self.pk).values("client_id", "counsellor_id").first()
            if stored != {"client_id": self.client_id, "counsellor_id": self.counsellor_id}:
                self.consented_at = None
                self.share_notes = False
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {
                        *kwargs["update_fields"],
                        "consented_at",
                        "share_notes",
                    }
        super().save(*args, **kwargs)

    @property
    def consented(self) -> bool:
        return self.consented_at is not None


def _invite_token() -> str:
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """A counsellor's invitation to a job seeker: registering with it assigns them as a client."""

    counsellor = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"))
    token = models.CharField(max_length=64, unique=True, default=_invite_token)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.email
