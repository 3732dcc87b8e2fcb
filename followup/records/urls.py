"""This area's URLs, included from followup/urls.py."""

from django.urls import path

from followup.records.views import account, record, transfer

urlpatterns = [
    path("records/", account.records_home, name="records"),
    path("records/job-search/", record.job_record, name="job_record"),
    path("records/job-search.csv", record.job_record_csv, name="job_record_csv"),
    path("records/job-search.pdf", record.job_record_pdf, name="job_record_pdf"),
    path("records/import/", transfer.import_upload, name="records_import"),
    path("records/import/preview/", transfer.import_preview, name="records_import_preview"),
    path("records/import/confirm/", transfer.import_confirm, name="records_import_confirm"),
    path("records/import/cancel/", transfer.import_cancel, name="records_import_cancel"),
    path("records/export/", transfer.export_page, name="records_export"),
    path("records/export/followup.json", transfer.export_json, name="records_export_json"),
    path("records/export/followup-csv.zip", transfer.export_csv, name="records_export_csv"),
    path("records/export/people.vcf", transfer.export_vcf, name="records_export_vcf"),
    path("account/delete/", account.delete_account, name="delete_account"),
]
