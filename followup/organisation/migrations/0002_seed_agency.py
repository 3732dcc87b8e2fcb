"""Seed the agency that commissioned Followup: its contacts and its two offices."""

from django.db import migrations


def seed(apps, schema_editor):
    Organisation = apps.get_model("organisation", "Organisation")
    Office = apps.get_model("organisation", "Office")
    if Organisation.objects.exists():
        return
    org = Organisation.objects.create(
        name="Employment Services",
        phone="613-966-9069",
        toll_free="1-888-401-9636",
        fax="613-966-7357",
        province="ON",
    )
    Office.objects.create(
        organisation=org,
        name="Belleville Office",
        address="Unit 8, 161 Bridge Street W.\nBelleville, ON K8P 1K2",
        position=1,
    )
    Office.objects.create(
        organisation=org,
        name="Marmora Office",
        hours="By appointment only. Itinerant services.",
        by_appointment_only=True,
        position=2,
    )


class Migration(migrations.Migration):
    dependencies = [("organisation", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
