"""The background worker: the periodic jobs each area registers (the outbox, the reminder
digests), the loop that runs them (`followup worker`), the claim/lease/backoff helper those jobs
send with (`leases`), and the supervisor with which `followup serve` keeps a worker running
beside the web server unless `--no-worker` is given.

An agency may instead run `followup serve --no-worker` and `followup worker` as separate
services; see the README.
"""
