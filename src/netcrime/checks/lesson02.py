"""Lesson 02 questions: charting the campaign honestly.

Chart answers are judged from their Vega-Lite spec by ``chart.chart``. The two
mistakes this lesson is about, putting different units on one axis and
stacking a subset on top of the set it belongs to, need to look at the chart's
data as well as its encodings: the rules below do that. Every expected value
comes from ``netcrime.data``.
"""
from __future__ import annotations

from .. import data
from .vegalite import chart, numbers, views
from .compare import Rule, choice
from .question import Question
from .values import close

# Misconception codes of this lesson (the engine's shared ones are in vegalite.py).
MIXED_UNITS = "mixed_units"
SHARED_SCALE = "shared_scale_across_units"
STACKED_SUBSET = "stacked_subset"
DATE_AS_CATEGORY = "date_as_category"
DECLINE_AS_REMAINING = "decline_as_remaining"


# ----- lesson-specific rules: each spots one mistake in a chart's spec ------------

def _unit_views(spec: dict):
    """(view, units, channel) for each view whose quantitative axis draws rows of several units."""
    for view in views(spec):
        channel, _given = view.quantitative()
        if channel is None or not view.rows or "unit" not in view.rows[0]:
            continue
        units = sorted({str(r.get("unit")) for r in view.rows if r.get("unit") is not None})
        if len(units) >= 2:
            yield view, units, channel


def _spot_mixed_units(spec: dict):
    for view, units, _channel in _unit_views(spec):
        if "unit" not in view.facet_fields:
            return (f"One axis mixes {len(units)} units ({', '.join(units)}). A gang, a suspect, a case and a "
                    "yuan cannot share one scale: the yuan bar dwarfs the rest and the lengths mean nothing "
                    "side by side. Give each unit its own panel (row='unit:N') or its own chart.")
    return None


def _spot_shared_scale(spec: dict):
    for view, _units, channel in _unit_views(spec):
        if "unit" not in view.facet_fields:
            return None  # mixed units: the rule above speaks first
        scales = (view.resolve or {}).get("scale") or {}
        if scales.get(channel) != "independent":
            return (f"Each unit has its own panel, but the panels share one {channel} scale, so the yuan "
                    "figure still squashes the others to nothing. Add "
                    f".resolve_scale({channel}='independent').")
    return None


def _spot_stacked_subset(spec: dict):
    """Detained (刑拘) stacked on apprehended (抓获), although detained people are among the apprehended."""
    apprehended = data.figure("suspects_apprehended")
    detained = data.figure("suspects_detained")
    for view in views(spec):
        if view.mark not in ("bar", "area") or not view.rows:
            continue
        channel, given = view.quantitative()
        if channel is None:
            continue
        field = given["field"]
        pair = [r for r in view.rows if any(close(v, t) for v in numbers([r], field) for t in (apprehended, detained))]
        if not (any(close(v, apprehended) for v in numbers(pair, field))
                and any(close(v, detained) for v in numbers(pair, field))):
            continue
        if "stack" in given and given["stack"] in (None, False):
            continue
        other = view.encoding.get("y" if channel == "x" else "x")
        other_field = other.get("field") if isinstance(other, dict) else None
        if other_field is not None and len({str(r.get(other_field)) for r in pair}) > 1:
            continue  # side by side on separate rows: not stacked
        total = apprehended + detained
        return ("The bars are stacked, so the chart adds detained (刑拘) to apprehended (抓获) and suggests "
                f"{total:,.0f} people. Detained suspects are among the apprehended: draw the smaller bar inside "
                f"the larger one with stack=None on {channel}.")
    return None


def _spot_date_as_category(spec: dict):
    """A date encoded as nominal or ordinal, which spaces events evenly whatever the time between them."""
    for view in views(spec):
        for channel in ("x", "y"):
            given = view.encoding.get(channel)
            if isinstance(given, dict) and str(given.get("field", "")).lower() == "date" \
                    and given.get("type") in ("nominal", "ordinal"):
                return (f"'date' is typed {given.get('type')}, so the events are spaced evenly, as if four months "
                        "and six weeks were the same gap. Type it temporal: 'date:T'.")
    return None


def _spot_decline_as_remaining(spec: dict):
    """An 86% fall drawn as 86 left, instead of 100 - 86 left."""
    decline = data.figure("trap_loan_institutions_decline")
    remaining = 100 - decline
    for view in views(spec):
        channel, given = view.quantitative()
        if channel is None or not view.rows:
            continue
        values = numbers(view.rows, given["field"])
        if any(close(v, decline) for v in values) and not any(close(v, remaining) for v in values):
            return (f"The chart draws {decline:g} as the level after the fall. A fall of {decline:g}% from the peak "
                    f"leaves {remaining:g}% of it: the index goes from 100 to {remaining:g}.")
    return None


mixed_units = Rule(MIXED_UNITS, "put different units (gangs, people, cases, yuan) on one axis", _spot_mixed_units)
shared_scale = Rule(SHARED_SCALE, "gave panels of different units one shared scale", _spot_shared_scale)
stacked_subset = Rule(STACKED_SUBSET, "stacked a subset (detained) on top of the set it belongs to (apprehended)",
                      _spot_stacked_subset)
date_as_category = Rule(DATE_AS_CATEGORY, "typed a date as a category, losing the spacing of time",
                        _spot_date_as_category)
decline_as_remaining = Rule(DECLINE_AS_REMAINING, "drew an 86% fall as 86 remaining", _spot_decline_as_remaining)


# ----- expected values (from data/) ----------------------------------------

def decline_index() -> float:
    """The 2020 level of suspected trap-loan institutions as an index, 2019 peak = 100."""
    return 100 - data.figure("trap_loan_institutions_decline")


HEADLINE_IDS = ("gangs_eliminated", "suspects_apprehended", "suspects_detained", "cases_solved", "assets_seized")


# ----- the questions ---------------------------------------------------------

q1 = Question(
    id="q1",
    reads=("units_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                       "y": {"field": "label", "type": "nominal"}},
                rules=[mixed_units, shared_scale]),
    hints=[
        "Start from alt.Chart(headline).mark_bar().encode(x='value:Q', y='label:N').",
        "A third channel, row='unit:N', draws one small panel per unit.",
        "Then .resolve_scale(x='independent', y='independent') gives each panel its own scale and only "
        "its own labels (without y='independent' every panel lists all five), and "
        ".properties(title=..., description=...) the text.",
    ],
    explanation=("Gangs, suspects, cases and yuan are different things. In one panel per unit, each "
                 "with its own scale, bars are compared only with bars of the same unit."),
)

q2 = Question(
    id="q2",
    reads=("nested_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative", "stack": None},
                                       "color": {"field": "label"}},
                rules=[stacked_subset, mixed_units, shared_scale]),
    hints=[
        "Detained people are among the apprehended: the detained bar belongs inside the apprehended bar.",
        "Altair stacks bars that share a row. alt.X('value:Q', stack=None) turns stacking off, "
        "so the bars overlap from zero.",
        "The frame lists apprehended first, so the detained bar is drawn on top; color='label:N' tells them apart.",
    ],
    explanation=("Stacking adds the parts, which makes sense only when they do not overlap. The detained are "
                 "among the apprehended, so a stack counts them twice; nested bars show the subset inside the whole."),
)

LEAGUE_TABLE = "league_table"


def league_table(spec) -> tuple[str, str] | None:
    """Bars of the provincial examples sorted by value read as a ranking they are not."""
    for channel in ("x", "y"):
        sort = (spec.get("encoding", {}).get(channel) or {}).get("sort")
        if sort in ("-x", "x", "-y", "y", "ascending", "descending") or isinstance(sort, dict):
            return (LEAGUE_TABLE, "Sorting the examples by value ranks them, but each counts a different operation "
                                  "the ministry chose to showcase: keep the release's order (sort=None).")
    return None


LEAGUE_TABLE = "league_table"


def _spot_league_table(spec) -> str | None:
    for channel in ("x", "y"):
        sort = ((spec.get("encoding") or {}).get(channel) or {}).get("sort")
        if sort in ("-x", "x", "-y", "y", "ascending", "descending") or isinstance(sort, dict):
            return ("Sorting the examples by value ranks them, but each counts a different operation the ministry "
                    "chose to showcase: keep the release's order (sort=None).")
    return None


league_table = Rule(LEAGUE_TABLE, "ranked the examples the ministry chose to showcase", _spot_league_table)

q3 = Question(
    id="q3",
    reads=("province_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                       "y": {"field": "example", "type": "nominal"}},
                rules=[league_table]),
    hints=[
        "Each bar counts a different operation (strikes, special operations, one line of cases): their sizes "
        "are not comparable, so do not sort them by value.",
        "alt.Y('example:N', sort=None) keeps the order of the table, which is the release's order.",
        "value is a count: type it :Q. example is a label: :N.",
    ],
    explanation=("The provincial figures are examples the ministry picked, each from a different operation or line "
                 "of work. Sorting them by size would turn a selection into a league table; the release's order, "
                 "with each operation named, shows what they are."),
)

q4 = Question(
    id="q4",
    reads=("timeline_chart",),
    judge=chart(mark=("point", "circle", "tick", "rule"), encodings={"x": {"field": "date", "type": "temporal"}},
                rules=[date_as_category]),
    hints=[
        "base = alt.Chart(milestones).encode(x=alt.X('date:T', axis=alt.Axis(format='%b %Y'))); then "
        "base.mark_point() + base.mark_text(align='left', dx=5, dy=-5, angle=290).encode(text='label:N'). "
        "The slant keeps close events' labels apart; the format puts the year on the axis.",
        "Typed :T, dates are placed by the time between them; typed :N they would be spaced evenly.",
        "Put .properties(title=..., description=...) on the layered chart: (points + labels).properties(...).",
    ],
    explanation="A temporal axis keeps the real gaps between events: four months between the launch and the refined plan.",
)

q5 = Question(
    id="q5",
    reads=("decline_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "when"}, "y": {"field": "index", "type": "quantitative"}},
                rules=[decline_as_remaining]),
    hints=[
        "alt.Chart(decline).mark_bar().encode(x='when:N', y='index:Q').",
        "Bars are read by their length, so the y scale must start at zero (Altair's default). "
        "Do not add scale=alt.Scale(zero=False).",
        "The release gives no level for the peak: say in the title or description that the chart is an index.",
    ],
    explanation=("An 86% fall leaves 14% of the peak. The release gives no count for the peak, so an index "
                 "(peak = 100) is all we can draw; from zero, the bars' lengths are honest."),
)

q6 = Question(
    id="q6",
    reads=("share_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "share", "type": "quantitative"},
                                       "y": {"field": "measure", "type": "nominal", "sort": "-x"}}),
    hints=[
        "share is a number between 0 and 1: type it :Q (and axis=alt.Axis(format='%') shows percentages).",
        "alt.Y('measure:N', sort='-x') sorts the bars.",
        "A chart without a title and a description leaves screen-reader users with nothing: add both.",
    ],
    explanation=("Shares put different units on one scale (a fraction of each total), which is what allows "
                 "gangs, suspects and yuan to sit on one axis here."),
)

Q7_OPTIONS = ("a", "b", "c", "d")
q7 = Question(
    id="q7",
    reads=("supported_claim",),
    judge=choice("a", Q7_OPTIONS,
                 wrong={"b": "The chart is an index: 86 is a percentage of the peak, not a count. "
                             "The release never says how many institutions there were.",
                        "c": "The figure counts suspected lending institutions, not crimes. Fewer lenders "
                             "does not tell how much crime there was.",
                        "d": "Nothing here counts victims; the figure is about institutions."},
                 codes={"b": "percent_as_count", "c": "institutions_as_crime",
                        "d": "institutions_as_victims"}),
    hints=["What does one unit of the chart's y axis measure?",
           "An index from the peak compares each level with the peak level."],
    explanation="100 - 86 = 14: the late-2020 level is 14% of the peak, about one seventh. That is all the chart shows.",
)

Q8_OPTIONS = ("a", "b", "c", "d")
q8 = Question(
    id="q8",
    reads=("chart_problem",),
    judge=choice("b", Q8_OPTIONS,
                 wrong={"a": "Sorting does not fix it: the trouble is what the stack adds up.",
                        "c": "A pie makes the same mistake: its slices are parts that do not overlap.",
                        "d": "Read the length of the whole stack: what total does it suggest?"},
                 codes={"a": "sorting_not_the_problem", "c": "pie_for_subset", "d": STACKED_SUBSET}),
    hints=["What does the total length of a stacked bar mean?",
           "Is a detained suspect also an apprehended suspect?"],
    explanation="A stack adds its parts. Detained (刑拘) people were first apprehended (抓获): the parts overlap.",
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
