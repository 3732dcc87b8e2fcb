"""This area's URLs, included from followup/urls.py."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
