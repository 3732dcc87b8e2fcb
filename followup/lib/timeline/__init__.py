"""Reading what an employer said about when they will decide, and when to follow up.

`read_timeline("within two weeks", interviewed_on)` finds the time expressions in what the job
seeker heard (inside a sentence too), turns each into a date, keeps the latest one (never follow
up too soon) and plans the follow-up two business days after it; `follow_up_date` is that rule
alone. What lives where:

- `words`: the vocabulary (data/words_en.toml) and regular expressions built from it;
- `calendar`: months, weeks, holidays by name, the waits;
- `handlers`: what each kind of expression means, as a day or a span of days;
- `clock`: times of day set aside ("by 5 pm Friday" is by Friday);
- `patterns` and `rules`: the rules, most specific first, and reading a phrase with them;
- `languages`: telling French from English, and French rewritten into the reader's expressions
  (data/words_fr.toml);
- `explanations`: the explanation as codes and parameters, and its English and French templates;
- `reader`: `read_timeline`, `follow_up_date`, `Timeline` and its statuses.
"""

from followup.lib.timeline.calendar import GRACE_BUSINESS_DAYS, NO_DATE_BUSINESS_DAYS
from followup.lib.timeline.explanations import Message
from followup.lib.timeline.reader import (
    NONE,
    READ,
    STATUSES,
    UNREAD,
    DateOutOfRange,
    Timeline,
    follow_up_date,
    read_timeline,
)

__all__ = [
    "GRACE_BUSINESS_DAYS",
    "NO_DATE_BUSINESS_DAYS",
    "NONE",
    "READ",
    "STATUSES",
    "UNREAD",
    "DateOutOfRange",
    "Message",
    "Timeline",
    "follow_up_date",
    "read_timeline",
]
