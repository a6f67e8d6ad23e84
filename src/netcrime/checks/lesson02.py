"""Lesson 02 questions: charting the campaign honestly.

Chart answers are judged from their Vega-Lite spec by ``chart.chart``. The two
mistakes this lesson is about, putting different units on one axis and
stacking a subset on top of the set it belongs to, need to look at the chart's
data as well as its encodings: the rules below do that. Every expected value
comes from ``netcrime.data``.
"""
from __future__ import annotations

import math

from .. import data
from .chart import chart as _chart
from .compare import choice
from .question import Question

LESSON = "02"

# Misconception codes of this lesson (the engine's shared ones are in chart.py).
MIXED_UNITS = "mixed_units"
SHARED_SCALE = "shared_scale_across_units"
STACKED_SUBSET = "stacked_subset"
DATE_AS_CATEGORY = "date_as_category"
DECLINE_AS_REMAINING = "decline_as_remaining"


RULE_MISCONCEPTIONS = {
    MIXED_UNITS: "put different units (gangs, people, cases, yuan) on one axis",
    SHARED_SCALE: "gave panels of different units one shared scale",
    STACKED_SUBSET: "stacked a subset (detained) on top of the set it belongs to (apprehended)",
    DATE_AS_CATEGORY: "typed a date as a category, losing the spacing of time",
    DECLINE_AS_REMAINING: "drew an 86% fall as 86 remaining",
}


def chart(**options):
    """The engine's chart judge, with this lesson's rule codes named for the registry."""
    return _chart(rule_misconceptions=RULE_MISCONCEPTIONS, **options)


# ----- reading a spec's views together with their data ----------------------

def _rows_of(data_spec, spec: dict):
    """The rows a view draws: inline values or a named dataset. None if unknown (e.g. a URL)."""
    if not isinstance(data_spec, dict):
        return None
    if isinstance(data_spec.get("values"), list):
        return data_spec["values"]
    name = data_spec.get("name")
    datasets = spec.get("datasets") or {}
    if name in datasets and isinstance(datasets[name], list):
        return datasets[name]
    return None


def _apply_filters(rows, transforms):
    """Apply simple field filters (equal, oneOf); None when a transform is too complex to follow."""
    for step in transforms or []:
        test = step.get("filter") if isinstance(step, dict) else None
        if not isinstance(test, dict) or "field" not in test:
            return None
        field = test["field"]
        if "equal" in test:
            rows = [r for r in rows if r.get(field) == test["equal"]]
        elif "oneOf" in test:
            rows = [r for r in rows if r.get(field) in test["oneOf"]]
        else:
            return None
    return rows


def _walk(spec: dict, node: dict, rows=None, facet_fields=(), resolve=None):
    """Yield (view, rows, facet_fields, resolve) for every single view, with inherited data."""
    own = _rows_of(node.get("data"), spec)
    rows = own if own is not None else rows
    if rows is not None and node.get("transform"):
        rows = _apply_filters(rows, node["transform"])
    resolve = node.get("resolve") or resolve
    facet = node.get("facet")
    if isinstance(facet, dict):
        parts = [facet] if "field" in facet else [v for v in facet.values() if isinstance(v, dict)]
        facet_fields = tuple(facet_fields) + tuple(p.get("field") for p in parts)
    if "mark" in node:
        enc = node.get("encoding") or {}
        fields = tuple(facet_fields) + tuple((enc.get(ch) or {}).get("field") for ch in ("row", "column", "facet")
                                             if isinstance(enc.get(ch), dict))
        yield node, rows, fields, node.get("resolve") or resolve
        return
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for part in node.get(key) or []:
            if isinstance(part, dict):
                yield from _walk(spec, part, rows, facet_fields, resolve)
    if isinstance(node.get("spec"), dict):
        yield from _walk(spec, node["spec"], rows, facet_fields, resolve)


def _mark(view: dict):
    mark = view.get("mark")
    return mark.get("type") if isinstance(mark, dict) else mark


def _quantitative(view: dict):
    """(channel, encoding) of the first quantitative position channel, or (None, None)."""
    enc = view.get("encoding") or {}
    for channel in ("x", "y"):
        given = enc.get(channel)
        if isinstance(given, dict) and given.get("type") == "quantitative" and isinstance(given.get("field"), str):
            return channel, given
    return None, None


def _numbers(rows, field):
    out = []
    for r in rows:
        v = r.get(field)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v):
            out.append(float(v))
    return out


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


# ----- lesson-specific rules: spec -> (code, message) or None ---------------

def mixed_units(spec: dict):
    """Figures in different units (gangs, suspects, cases, yuan) drawn against one axis."""
    for view, rows, facet_fields, resolve in _walk(spec, spec):
        channel, given = _quantitative(view)
        if channel is None or not rows or "unit" not in rows[0]:
            continue
        units = sorted({str(r.get("unit")) for r in rows if r.get("unit") is not None})
        if len(units) < 2:
            continue
        if "unit" not in facet_fields:
            return (MIXED_UNITS,
                    f"One axis mixes {len(units)} units ({', '.join(units)}). A gang, a suspect, a case and a "
                    "yuan cannot share one scale: the yuan bar dwarfs the rest and the lengths mean nothing "
                    "side by side. Give each unit its own panel (row='unit:N') or its own chart.")
        scales = (resolve or {}).get("scale") or {}
        if scales.get(channel) != "independent":
            return (SHARED_SCALE,
                    f"Each unit has its own panel, but the panels share one {channel} scale, so the yuan "
                    "figure still squashes the others to nothing. Add "
                    f".resolve_scale({channel}='independent').")
    return None


def stacked_subset(spec: dict):
    """Detained (刑拘) stacked on apprehended (抓获), although detained people are among the apprehended."""
    apprehended = data.figure("suspects_apprehended")
    detained = data.figure("suspects_detained")
    for view, rows, _facets, _resolve in _walk(spec, spec):
        if _mark(view) not in ("bar", "area") or not rows:
            continue
        channel, given = _quantitative(view)
        if channel is None:
            continue
        field = given["field"]
        pair = [r for r in rows if any(_close(v, t) for v in _numbers([r], field) for t in (apprehended, detained))]
        if not (any(_close(v, apprehended) for v in _numbers(pair, field))
                and any(_close(v, detained) for v in _numbers(pair, field))):
            continue
        if "stack" in given and given["stack"] in (None, False):
            continue
        other = (view.get("encoding") or {}).get("y" if channel == "x" else "x")
        other_field = other.get("field") if isinstance(other, dict) else None
        if other_field is not None and len({str(r.get(other_field)) for r in pair}) > 1:
            continue  # side by side on separate rows: not stacked
        total = apprehended + detained
        return (STACKED_SUBSET,
                "The bars are stacked, so the chart adds detained (刑拘) to apprehended (抓获) and suggests "
                f"{total:,.0f} people. Detained suspects are among the apprehended: draw the smaller bar inside "
                f"the larger one with stack=None on {channel}.")
    return None


def date_as_category(spec: dict):
    """A date encoded as nominal or ordinal, which spaces events evenly whatever the time between them."""
    for view, _rows, _facets, _resolve in _walk(spec, spec):
        enc = view.get("encoding") or {}
        for channel in ("x", "y"):
            given = enc.get(channel)
            if isinstance(given, dict) and str(given.get("field", "")).lower() == "date" \
                    and given.get("type") in ("nominal", "ordinal"):
                return (DATE_AS_CATEGORY,
                        f"'date' is typed {given.get('type')}, so the events are spaced evenly, as if four months "
                        "and six weeks were the same gap. Type it temporal: 'date:T'.")
    return None


def decline_as_remaining(spec: dict):
    """An 86% fall drawn as 86 left, instead of 100 - 86 left."""
    decline = data.figure("trap_loan_institutions_decline")
    remaining = 100 - decline
    for view, rows, _facets, _resolve in _walk(spec, spec):
        channel, given = _quantitative(view)
        if channel is None or not rows:
            continue
        values = _numbers(rows, given["field"])
        if any(_close(v, decline) for v in values) and not any(_close(v, remaining) for v in values):
            return (DECLINE_AS_REMAINING,
                    f"The chart draws {decline:g} as the level after the fall. A fall of {decline:g}% from the peak "
                    f"leaves {remaining:g}% of it: the index goes from 100 to {remaining:g}.")
    return None


# ----- expected values (from data/) ----------------------------------------

def decline_index() -> float:
    """The 2020 level of suspected trap-loan institutions as an index, 2019 peak = 100."""
    return 100 - data.figure("trap_loan_institutions_decline")


HEADLINE_IDS = ("gangs_eliminated", "suspects_apprehended", "suspects_detained", "cases_solved", "assets_seized")
PROVINCE_UNIT = "gangs"


# ----- the questions ---------------------------------------------------------

q1 = Question(
    id="q1",
    lesson=LESSON,
    prompt=("Chart the five campaign totals in `headline` as bars, one panel per unit: "
            "x='value:Q', y='label:N', row='unit:N', each panel with its own x scale and its own labels "
            "(.resolve_scale(x='independent', y='independent')). "
            "Give it a title and a description. Store it in `units_chart`."),
    reads=("units_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                       "y": {"field": "label", "type": "nominal"}},
                rules=[mixed_units]),
    hints=[
        "Start from alt.Chart(headline).mark_bar().encode(x='value:Q', y='label:N').",
        "A third channel, row='unit:N', draws one small panel per unit.",
        "Then .resolve_scale(x='independent', y='independent') gives each panel its own scale and only "
        "its own labels (without y='independent' every panel lists all five), and "
        ".properties(title=..., description=...) the text.",
    ],
    solution_code=("units_chart = alt.Chart(headline).mark_bar().encode(\n"
                   "    x=alt.X('value:Q', title='As reported'),\n"
                   "    y=alt.Y('label:N', title=None),\n"
                   "    row=alt.Row('unit:N', title=None),\n"
                   ").resolve_scale(x='independent', y='independent').properties(\n"
                   "    title='The campaign totals, one panel per unit',\n"
                   "    description='Small multiples of the campaign totals, each unit on its own scale.',\n"
                   ")"),
    explanation=("Gangs, suspects, cases and yuan are different things. In one panel per unit, each "
                 "with its own scale, bars are compared only with bars of the same unit."),
)

q2 = Question(
    id="q2",
    lesson=LESSON,
    prompt=("Draw apprehended (抓获) and detained (刑拘) from `suspects` as nested bars: one row, "
            "the detained bar drawn over the apprehended bar, x='value:Q' with stack=None, "
            "color='label:N'. Title and description. Store it in `nested_chart`."),
    reads=("nested_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative", "stack": None},
                                       "color": {"field": "label"}},
                rules=[stacked_subset, mixed_units]),
    hints=[
        "Detained people are among the apprehended: the detained bar belongs inside the apprehended bar.",
        "Altair stacks bars that share a row. alt.X('value:Q', stack=None) turns stacking off, "
        "so the bars overlap from zero.",
        "The frame lists apprehended first, so the detained bar is drawn on top; color='label:N' tells them apart.",
    ],
    solution_code=("nested_chart = alt.Chart(suspects).mark_bar(height=30).encode(\n"
                   "    x=alt.X('value:Q', stack=None, title='Suspects'),\n"
                   "    color=alt.Color('label:N', scale=alt.Scale(range=[MUTED, PALETTE[0]]), title=None),\n"
                   "    tooltip=['label', 'printed_as'],\n"
                   ").properties(title='Most apprehended suspects were detained', description='...')"),
    explanation=("Stacking adds the parts, which makes sense only when they do not overlap. The detained are "
                 "among the apprehended, so a stack counts them twice; nested bars show the subset inside the whole."),
)

q3 = Question(
    id="q3",
    lesson=LESSON,
    prompt=("Chart `provinces` (gangs eliminated in the provinces that reported a count) as horizontal bars, "
            "x='value:Q', y='province:N' sorted largest first (sort='-x'). Title and description. "
            "Store it in `province_chart`."),
    reads=("province_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                       "y": {"field": "province", "type": "nominal", "sort": "-x"}}),
    hints=[
        "alt.Y('province:N', sort='-x') orders the provinces by their bar length, largest first.",
        "value is a count: type it :Q. province is a name: :N.",
        "Say in the title that only some provinces reported: the chart must not suggest the rest had none.",
    ],
    solution_code=("province_chart = alt.Chart(provinces).mark_bar().encode(\n"
                   "    x=alt.X('value:Q', title='Gangs eliminated (as reported)'),\n"
                   "    y=alt.Y('province:N', sort='-x', title=None),\n"
                   ").properties(title='Gangs eliminated: only the provinces the release names', description='...')"),
    explanation=("Sorted bars let the eye read the order at once. The release names only a few provinces, "
                 "so the title says so: provinces not named are unknown, not zero."),
)

q4 = Question(
    id="q4",
    lesson=LESSON,
    prompt=("Draw the campaign's `milestones` as a timeline: points at x='date:T' with the year on the axis "
            "(axis=alt.Axis(format='%b %Y')), labelled with text (a layer, slanted so labels do not overlap: "
            "mark_text(align='left', dx=5, dy=-5, angle=290)). Title and description. "
            "Store it in `timeline_chart`."),
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
    solution_code=("base = alt.Chart(milestones).encode(x=alt.X('date:T', title=None, axis=alt.Axis(format='%b %Y')))\n"
                   "points = base.mark_point(filled=True, size=80)\n"
                   "labels = base.mark_text(align='left', dx=5, dy=-5, angle=290).encode(text='label:N')\n"
                   "timeline_chart = (points + labels).properties(title='...', description='...')"),
    explanation="A temporal axis keeps the real gaps between events: four months between the launch and the refined plan.",
)

q5 = Question(
    id="q5",
    lesson=LESSON,
    prompt=("Chart the trap-loan decline honestly from `decline`: bars of 'index:Q' (2019 peak = 100) "
            "for each 'when:N', starting at zero. Title and description. Store it in `decline_chart`."),
    reads=("decline_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "when"}, "y": {"field": "index", "type": "quantitative"}},
                rules=[decline_as_remaining]),
    hints=[
        "alt.Chart(decline).mark_bar().encode(x='when:N', y='index:Q').",
        "Bars are read by their length, so the y scale must start at zero (Altair's default). "
        "Do not add scale=alt.Scale(zero=False).",
        "The release gives no level for the peak: say in the title or description that the chart is an index.",
    ],
    solution_code=("decline_chart = alt.Chart(decline).mark_bar().encode(\n"
                   "    x=alt.X('when:N', sort=None, title=None),\n"
                   "    y=alt.Y('index:Q', title='Index, 2019 peak = 100'),\n"
                   ").properties(title=f'Suspected trap-loan institutions: down {fall:g}% from the 2019 peak',\n"
                   "            description='...')"),
    explanation=("An 86% fall leaves 14% of the peak. The release gives no count for the peak, so an index "
                 "(peak = 100) is all we can draw; from zero, the bars' lengths are honest."),
)

q6 = Question(
    id="q6",
    lesson=LESSON,
    prompt=("From `shares`, chart the November operation's share of each campaign total: bars with "
            "x='share:Q' and y='measure:N' sorted largest first. Add a tooltip, a title and a description. "
            "Store it in `share_chart`."),
    reads=("share_chart",),
    judge=chart(mark="bar", encodings={"x": {"field": "share", "type": "quantitative"},
                                       "y": {"field": "measure", "type": "nominal", "sort": "-x"}}),
    hints=[
        "share is a number between 0 and 1: type it :Q (and axis=alt.Axis(format='%') shows percentages).",
        "alt.Y('measure:N', sort='-x') sorts the bars.",
        "A chart without a title and a description leaves screen-reader users with nothing: add both.",
    ],
    solution_code=("share_chart = alt.Chart(shares).mark_bar().encode(\n"
                   "    x=alt.X('share:Q', axis=alt.Axis(format='%'), title='Share of the campaign total'),\n"
                   "    y=alt.Y('measure:N', sort='-x', title=None),\n"
                   "    tooltip=['measure', alt.Tooltip('share:Q', format='.1%')],\n"
                   ").properties(title='November: a small part of the campaign', description='...')"),
    explanation=("Shares put different units on one scale (a fraction of each total), which is what allows "
                 "gangs, suspects and yuan to sit on one axis here."),
)

Q7_OPTIONS = ("a", "b", "c", "d")
q7 = Question(
    id="q7",
    lesson=LESSON,
    prompt=("Look at the index chart of suspected trap-loan institutions (2019 peak = 100). Which claim "
            "does it support? (a) The number of suspected trap-loan institutions in late 2020 was about a "
            "seventh of the 2019 peak. (b) There were 86 fewer institutions than at the peak. "
            "(c) Trap-loan crime fell by 86%. (d) The number of trap-loan victims fell by 86%. "
            "Store the letter in `supported_claim`."),
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
    solution_code="supported_claim = 'a'",
    explanation="100 - 86 = 14: the late-2020 level is 14% of the peak, about one seventh. That is all the chart shows.",
)

Q8_OPTIONS = ("a", "b", "c", "d")
q8 = Question(
    id="q8",
    lesson=LESSON,
    prompt=("Look at the stacked bar of apprehended and detained suspects. What is wrong with it? "
            "(a) The bars should be sorted. (b) Detained suspects are among the apprehended, so stacking "
            "counts them twice and suggests more than 33,000 people. (c) It should be a pie chart. "
            "(d) Nothing: it shows both figures. Store the letter in `chart_problem`."),
    reads=("chart_problem",),
    judge=choice("b", Q8_OPTIONS,
                 wrong={"a": "Sorting does not fix it: the trouble is what the stack adds up.",
                        "c": "A pie makes the same mistake: its slices are parts that do not overlap.",
                        "d": "Read the length of the whole stack: what total does it suggest?"},
                 codes={"a": "sorting_not_the_problem", "c": "pie_for_subset", "d": STACKED_SUBSET}),
    hints=["What does the total length of a stacked bar mean?",
           "Is a detained suspect also an apprehended suspect?"],
    solution_code="chart_problem = 'b'",
    explanation="A stack adds its parts. Detained (刑拘) people were first apprehended (抓获): the parts overlap.",
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
