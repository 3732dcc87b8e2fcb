"""Template tags the other areas use to show caseload things: `{% draft_comments message %}`
puts the counsellors' comments above the job seeker's draft in the message editor."""

from __future__ import annotations

from django import template

from followup.caseload.models import DraftComment
from followup.interactions.models import Interaction

register = template.Library()


@register.inclusion_tag("caseload/draft_comments.html")
def draft_comments(message: Interaction | None) -> dict[str, object]:
    if message is None or message.pk is None:
        return {"comments": []}
    comments = DraftComment.objects.filter(message=message).select_related("author")
    return {"comments": list(comments)}
