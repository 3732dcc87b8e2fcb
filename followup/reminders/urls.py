"""This area's URLs, included from followup/urls.py."""

from django.urls import URLPattern, path

from followup.reminders import views

urlpatterns: list[URLPattern] = [
    path("account/reminders/", views.settings_page, name="reminders_settings"),
    path("account/reminders/followup.ics", views.download, name="reminders_download"),
    # slug: the tokens are URL-safe, and anything else (a NUL from a mangled link) is not
    # looked up, which PostgreSQL would refuse with a server error
    path("calendar/<slug:token>.ics", views.feed, name="reminders_feed"),
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="reminders_unsubscribe"),
]
