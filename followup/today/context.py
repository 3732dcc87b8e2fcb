"""What the Today page shows for one job seeker, as a template context: the items due
(overdue, today, LinkedIn suggestions), Coming up, and the week's applications. The Today page
and a counsellor's view of a client's page both build it here."""

from __future__ import annotations

from followup.accounts.models import User
from followup.due.comments import commented_drafts
from followup.due.loading import PLAN_HORIZON_DAYS, actions_for, local_today
from followup.due.present import coming_up, present
from followup.lib import records as r
from followup.lib.plan import weekly_progress
from followup.organisation.models import Organisation
from followup.web.i18n import interface_lang


def today_context(user: User) -> dict[str, object]:
    records, actions = actions_for(user, horizon_days=PLAN_HORIZON_DAYS)
    names = {p.id: p.name for p in records.people}
    employers = {p.id: p.employer for p in records.people}
    day = local_today(user)
    # only a draft is commented on: without one among the records, no query for comments
    has_drafts = any(i.state == r.DRAFT for i in records.interactions)
    items = present(actions, names, day, commented_drafts(user, actions) if has_drafts else {})
    org = Organisation.current()
    goal = user.weekly_goal or org.default_weekly_goal
    done, goal = weekly_progress(records.applications, day, goal)
    upcoming = [i for i in items if i.action.window == r.UPCOMING]
    lang = interface_lang()
    return {
        "overdue": [i for i in items if i.action.window == r.OVERDUE],
        "due_today": [
            i for i in items if i.action.window == r.TODAY and i.action.kind != r.LINKEDIN
        ],
        # Suggestions, not duties: shown apart and compact, so they do not bury the notes due.
        "linkedin": [
            (i, employers.get(i.action.person_id or 0, ""))
            for i in items
            if i.action.window == r.TODAY and i.action.kind == r.LINKEDIN
        ],
        "upcoming": upcoming,
        # Every planned action with its day; those within the organisation's days ahead say why.
        "coming_up": [
            coming_up(
                item,
                day,
                soon=(item.action.due_on - day).days <= org.coming_up_days,
                employer=employers.get(item.action.person_id or 0, ""),
                lang=lang,
            )
            for item in upcoming
        ],
        "applied_this_week": done,
        "weekly_goal": goal,
        "today": day,
        "has_records": bool(records.applications),
    }
