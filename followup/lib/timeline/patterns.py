"""Pieces of regular expressions the rules share, built from the vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from followup.lib.timeline.words import alternation, vocabulary

MODIFIERS = (
    "not before",
    "not until",
    "no earlier than",
    "no sooner than",
    "no later than",
    "on or before",
    "by or before",
    "not later than",
    "at the latest by",
    "sometime in",
    "some time in",
    "sometime",
    "some time",
    "prior to",
    "ahead of",
    "inside of",
    "as soon as",
    "right after",
    "soon after",
    "once",
    "before",
    "after",
    "following",
    "by",
    "on",
    "until",
    "till",
    "til",
    "around",
    "about",
    "within",
    "in",
    "inside",
    "during",
    "over",
)


@dataclass(frozen=True)
class Fragments:
    """Pieces of regular expressions the rules share, built from the vocabulary."""

    mods: str
    mod: str
    num: str
    ordinal: str
    day_num: str
    day_ordinal: str
    month: str
    free_month: str
    weekday: str
    any_weekday: str
    unit: str
    week: str
    business: str
    vague: str
    named: str
    year: str
    weekday_prefix: str
    month_day: str
    day_month: str
    not_a_noun: str
    then: str
    the_day: str
    quantity: str
    or_more: str
    not_a_term: str
    anchor: str
    span: str
    counted_from: str
    month_part: str
    week_part: str
    year_part: str
    abbreviation: str
    season: str
    season_part: str
    inside: str
    end_of_day: str
    holiday_season: str
    vague_time: str
    no_time_frame: str
    not_told: str
    hedge: str
    interview_event: str
    back_reference: str
    event_link: str
    clause: str


@lru_cache(maxsize=1)
def fragments() -> Fragments:
    words = vocabulary()
    mods = alternation(MODIFIERS)
    mod = rf"(?:\b(?P<mod>{mods})\s+)?"
    num = rf"(?:\d+(?:\.\d+)?|{alternation(words.numbers)})"
    ordinal = alternation(words.ordinals)
    day_num = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ordinal})"
    day_ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinal})"
    month = alternation(words.months)
    free_month = alternation(set(words.months) - words.months_needing_context)
    weekday = alternation(words.weekdays)
    any_weekday = alternation({**words.weekdays, **words.weekday_abbreviations})
    unit = alternation(words.units)
    # "Week" as the vocabulary writes it in the singular: "next wk" too.
    week = alternation(w for w, u in words.units.items() if u == "week" and not w.endswith("s"))
    business = alternation(words.business_words)
    vague = alternation(words.vague)
    named = alternation(words.named_days)
    year = r"(?:(?:,?\s+|-)(?P<year>20\d\d))?"
    weekday_prefix = rf"(?:{any_weekday}\.?,?\s+(?:the\s+)?)?"
    month_day = (
        rf"(?P<month>{month})\.?\s+(?:the\s+)?(?P<day>{day_num})\b"
        rf"(?:\s*(?:-|to|or|and)\s*(?P<day2>{day_num})\b)?{year}"
    )
    day_month = (
        rf"(?:the\s+)?(?P<day>{day_num})(?:\s*(?:-|to|or|and)\s*(?P<day2>{day_num}))?"
        rf"(?:\s+|-)(?:of\s+)?(?P<month>{month})\b\.?{year}"
    )
    # A day of the month alone must not be "the second interview".
    not_a_noun = (
        r"(?!\s+(?:interview|round|stage|time|step|candidate|person|one|choice|call|meeting"
        r"|week|day|month|of\s+(?:the\s+|my\s+|our\s+)?(?:candidates|applicants|people|us)))"
    )
    # ... and what follows it must end the expression: "after the first two weeks" is no date.
    then = (
        r"(?=\s*$|\s*[,.;:!?)\-\"]|\s+(?:at|or|and|to|so|if|but|when|then|the|we|they|i|you|he"
        r"|she|it|for|in|on|by|with|hopefully|probably|latest|max|maximum|tops|is|was|would|will"
        r"|should)\b)"
    )
    the_day = (
        rf"(?:\b(?P<mod>{mods}|between|from|through|thru|to|and|or|be|is)\s+"
        rf"(?:{any_weekday}\.?,?\s+)?|\b{any_weekday}\.?,?\s+)(?:the\s+)?(?P<day>{day_ordinal})\b{not_a_noun}"
        rf"(?:\s+of\s+(?:(?P<rel>next|this)\s+month|the\s+month)\b|{then})"
    )
    quantity = (
        rf"(?:(?P<vague>(?:a\s+)?{vague}(?:\s+of)?)"
        rf"|between\s+(?P<lo2>{num})\s+and\s+(?P<hi2>{num})"
        # A single number first: "twenty-one days" is no range.
        rf"|(?P<n>{num}|{alternation(words.articles)})(?P<half>\s+and\s+a\s+half)?"
        rf"|(?P<lo>{num})\s*(?:-|to|or|/)\s*(?P<hi>{num}))"
    )
    # "Two weeks, maybe three": the later end, as with "a week or two".
    or_more = (
        r"(?:\s+or|,?\s+(?:or\s+)?(?:maybe|possibly|perhaps|probably|up\s+to|at\s+most"
        r"|(?:it\s+)?(?:could|might|may)\s+(?:be|take)|(?:or\s+)?even))(?:\s+even)?\s+"
    )
    # "A 6-month contract", "two weeks' notice", "5 years experience" are not time frames.
    not_a_term = (
        r"(?!\s+(?:of\s+)?(?:contract|probation\w*|term|position|role|job|assignment|placement"
        r"|training|internship|leave|notice|vacation|holidays?|course|program|shifts?|experience"
        r"|trial|notice)\b)"
    )
    anchor = (
        rf"(?:this\s+|next\s+)?{any_weekday}|today|now|tomorrow|(?:the|my|our)\s+interview"
        rf"|(?:the\s+)?{day_ordinal}(?:\s+of\s+{month})?|{month}\.?\s+{day_num}|{named}"
    )
    span = (
        rf"{mod}(?:(?:the\s+)?(?P<next>next|coming|following|upcoming)\s+)?\b{quantity}[\s-]*"
        rf"(?:(?:more|additional|further|extra|full|whole)\s+)?"
        rf"(?:(?P<biz>{business})[\s-]+)?(?P<unit>{unit})\b'?s?{not_a_term}"
        rf"(?P<half2>\s+and\s+a\s+half)?(?:{or_more}(?P<orn>{num})\b)?"
        rf"(?:{or_more}(?P<orn2>{num})\b)?(?:\s+time\b)?(?:\s+or\s+so\b)?"
    )
    counted_from = rf"\s+(?:from|after|of)\s+(?P<anchor>{anchor})\b"
    loose_month_parts = set(words.month_parts) - words.parts_needing_of
    loose_week_parts = set(words.week_parts) - words.parts_needing_of
    loose_year_parts = set(words.year_parts) - words.parts_needing_of
    strict_parts = alternation(words.parts_needing_of)
    # "Start of next month", but not "start next month" (that is a start date).
    month_part = (
        rf"(?:(?P<part>{alternation(loose_month_parts)})(?:\s+|-)?(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    week_part = (
        rf"(?:(?P<part>{alternation(loose_week_parts)})(?:\s+|-)(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    year_part = (
        rf"(?:(?P<part>{alternation(loose_year_parts)})(?:\s+|-)(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    abbreviation = alternation(words.weekday_abbreviations)
    season = alternation(words.seasons)
    season_part = (
        rf"(?:(?P<part>{alternation(set(words.season_parts) - words.parts_needing_of)})"
        rf"(?:\s+|-)(?:of\s+|in\s+)?|(?P<part2>{strict_parts})\s+of\s+)"
    )
    inside = r"(?P<mod>within|during|by|before|over|until|till|in|inside(?:\s+of)?)"

    end_of_day = (
        r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day"
        r"|(?:the\s+)?(?:close|end)\s+of\s+business|eod|cob)\b"
    )

    # What an event clause runs to: the end of the sentence, or a new clause ("..., but").
    clause = (
        r"(?P<anchor>[a-z0-9][^;!?\n]*?)(?=\s*(?:[;!?\n]|\.(?=\s*$|\s+[a-z])|\.?$)"
        r"|,\s*(?:and|but|or|so|then|maybe|probably|possibly|perhaps|hopefully|likely|ideally"
        r"|at|by|in|on|within|before|around|about|sometime|usually|no|not)\b"
        r"|\s+(?:but|so)\b|\s+and\s+(?:they|we|i|you|he|she|it|then|a|the)\b)"
    )

    # "They didn't say", said in any of the ways a language says it: a negation and a verb of
    # telling or giving ("she couldn't give me a date", "he never really said", "I didn't ask",
    # "on ne m'a rien dit", "elle n'a pas précisé"), or no time named ("no set timeline",
    # "aucune idée", "pas de date"). Only said when nothing else in the phrase gives a time.
    negation = (
        r"(?:(?:did|could|can|would|will|was|were|has|have|is|are|do|does)n'?t|won'?t|cannot"
        r"|(?:did|could|can|would|will|has|have|do|does)\s+not|never|nobody|no\s+one)"
    )
    telling = (
        r"(?:say|said|tell|told|give|gave|given|mention(?:ed)?|specif(?:y|ied)|shar(?:e|ed)"
        r"|indicat(?:e|ed)|provid(?:e|ed)|commit(?:ted)?|confirm(?:ed)?|discuss(?:ed)?|ask(?:ed)?"
        r"|offer(?:ed)?|stat(?:e|ed)|clarif(?:y|ied)|disclos(?:e|ed)|set|get|got|gotten|know)"
    )
    time_nouns = (
        r"(?:time\s*lines?|time\s*frames?|dates?|deadlines?|timing|estimates?|eta|indications?"
        r"|idea)"
    )
    french_negation = r"(?:\bne\b|\bn')[^,.;!?]{0,30}?"
    french_telling = (
        r"\b(?:dit|dire|donn[eé]\w*|pr[eé]cis[eé]\w*|mentionn[eé]\w*|indiqu[eé]\w*"
        r"|communiqu[eé]\w*|fix[eé]\w*|confirm[eé]\w*|annonc[eé]\w*|parl[eé]\w*"
        r"|demand[eé]\w*|su|savent|sait)\b"
    )
    french_nouns = (
        r"(?:id[eé]e|d[eé]lais?|dates?|[eé]ch[eé]anciers?|[eé]ch[eé]ances?|indications?"
        r"|pr[eé]cisions?)"
    )
    not_told = (
        rf"\b{negation}\s+(?:(?:really|actually|exactly|even|yet|clearly|specifically)\s+)?"
        rf"{telling}\b|\b(?:forgot|forget|neglected)\s+to\s+ask\b"
        rf"|\bno\s+(?:(?:set|fixed|firm|clear|specific|real|exact|definite)\s+)?{time_nouns}\b"
        rf"|{french_negation}{french_telling}"
        rf"|\b(?:aucune?s?|pas\s+(?:de|d'|of)\s*)\s*{french_nouns}\b"
    )

    return Fragments(
        mods=mods,
        mod=mod,
        num=num,
        ordinal=ordinal,
        day_num=day_num,
        day_ordinal=day_ordinal,
        month=month,
        free_month=free_month,
        weekday=weekday,
        any_weekday=any_weekday,
        unit=unit,
        week=week,
        business=business,
        vague=vague,
        named=named,
        year=year,
        weekday_prefix=weekday_prefix,
        month_day=month_day,
        day_month=day_month,
        not_a_noun=not_a_noun,
        then=then,
        the_day=the_day,
        quantity=quantity,
        or_more=or_more,
        not_a_term=not_a_term,
        anchor=anchor,
        span=span,
        counted_from=counted_from,
        month_part=month_part,
        week_part=week_part,
        year_part=year_part,
        abbreviation=abbreviation,
        season=season,
        season_part=season_part,
        inside=inside,
        end_of_day=end_of_day,
        holiday_season=alternation(words.holiday_seasons),
        vague_time=alternation(words.vague_times),
        no_time_frame=alternation(words.no_time_frame),
        not_told=not_told,
        hedge=alternation(words.hedges),
        interview_event=alternation(words.interview_events),
        back_reference=alternation(words.back_references),
        event_link=alternation(words.event_links),
        clause=clause,
    )
