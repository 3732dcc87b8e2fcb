"""URLs of every area, in one place."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from followup.accounts import views as accounts
from followup.accounts.forms import SignInForm
from followup.accounts.language import switch_language
from followup.details import views as details
from followup.interactions import undo
from followup.interactions import views as interactions
from followup.jobsearch import views as jobsearch
from followup.notes import views as notes
from followup.organisation import views as organisation
from followup.today import views as today

urlpatterns = [
    path("", today.today, name="today"),
    path("today/mark/", today.mark, name="today_mark"),
    path("setup/", accounts.setup, name="setup"),
    path("register/", accounts.register, name="register"),
    path("account/", accounts.account, name="account"),
    path("account/sharing/<int:pk>/", accounts.sharing, name="sharing"),
    path("invite/", accounts.invite, name="invite"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=SignInForm
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/change/", accounts.PasswordChange.as_view(), name="password_change"),
    path("password/reset/", accounts.PasswordReset.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("help/", organisation.help_page, name="help"),
    path("i18n/setlang/", switch_language, name="set_language"),
    path("applications/", jobsearch.application_list, name="applications"),
    path("applications/new/", jobsearch.application_form, name="application_new"),
    path("applications/<int:pk>/", details.application_detail, name="application"),
    path("applications/<int:pk>/edit/", jobsearch.application_form, name="application_edit"),
    path("applications/<int:pk>/status/", jobsearch.application_status, name="application_status"),
    path("applications/<int:pk>/delete/", details.application_delete, name="application_delete"),
    path(
        "applications/<int:application_pk>/interviews/new/",
        jobsearch.interview_form,
        name="interview_new_for",
    ),
    path("interviews/new/", jobsearch.interview_form, name="interview_new"),
    path("interviews/reading/", jobsearch.interview_reading, name="interview_reading"),
    path("interviews/<int:pk>/", details.interview_detail, name="interview"),
    path("interviews/<int:pk>/edit/", jobsearch.interview_form, name="interview_edit"),
    path("interviews/<int:pk>/delete/", details.interview_delete, name="interview_delete"),
    path("people/", jobsearch.person_list, name="people"),
    path("people/new/", jobsearch.person_form, name="person_new"),
    path("people/<int:pk>/", details.person_detail, name="person"),
    path("people/<int:pk>/edit/", jobsearch.person_form, name="person_edit"),
    path("people/<int:pk>/delete/", details.person_delete, name="person_delete"),
    path("interactions/new/", interactions.interaction_new, name="interaction_new"),
    path("interactions/<int:pk>/undo/", undo.undo, name="interaction_undo"),
    path("messages/new/", notes.compose, name="compose"),
    path("messages/<int:pk>/", notes.message_page, name="message"),
    path("messages/<int:pk>/sent/", notes.mark_sent, name="message_sent"),
    path("messages/<int:pk>/delete/", notes.delete_draft, name="message_delete"),
    path("messages/<int:pk>/check/", notes.check_view, name="message_check"),
    path("messages/<int:pk>/autosave/", notes.autosave_view, name="message_autosave"),
    path("messages/<int:pk>/suggestions/", notes.suggestions_view, name="message_suggestions"),
    path("messages/<int:pk>/delivery/", notes.delivery_view, name="message_delivery"),
    path("messages/<int:pk>/retry/", notes.retry_view, name="message_retry"),
    path("messages/<int:pk>/email.eml", notes.download_eml, name="message_eml"),
    path("", include("followup.caseload.urls")),
    path("", include("followup.reminders.urls")),
    path("", include("followup.records.urls")),
    path("admin/", admin.site.urls),
]
