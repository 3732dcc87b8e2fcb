"""The type of a request behind `@login_required`: its `user` is a `User`, never anonymous.

Django types `request.user` as a user or an anonymous user; a view that only signed-in people
reach annotates its request as `AuthenticatedHttpRequest` and reads `request.user` as a `User`,
with no cast. Nothing checks it at run time: `@login_required` (or a guard in
`followup.accounts.access`) is what makes it true.
"""

from __future__ import annotations

from django.http import HttpRequest

from followup.accounts.models import User


class AuthenticatedHttpRequest(HttpRequest):
    user: User
