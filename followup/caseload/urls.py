"""This area's URLs, included from followup/urls.py."""

from django.urls import URLPattern, path

from followup.caseload import appointments, reports, views

urlpatterns: list[URLPattern] = [
    path("clients/", views.clients, name="clients"),
    path("clients/<int:pk>/", views.client_detail, name="client"),
    path("clients/<int:pk>/goal/", views.client_goal, name="client_goal"),
    path(
        "clients/<int:pk>/messages/<int:message_pk>/",
        views.client_message,
        name="client_message",
    ),
    path("appointments/", appointments.appointments, name="appointments"),
    path(
        "appointments/<int:pk>/cancel/", appointments.appointment_cancel, name="appointment_cancel"
    ),
    path(
        "appointments/<int:pk>/arranged/",
        appointments.appointment_arranged,
        name="appointment_arranged",
    ),
    path("account/who-looked/", appointments.access_log, name="access_log"),
    path("reports/", reports.report, name="reports"),
    path("reports/figures.csv", reports.report_csv, name="reports_csv"),
]
