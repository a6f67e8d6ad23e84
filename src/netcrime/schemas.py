"""The documented schema of every CSV file in data/.

One declaration per file: its columns, their types, which may be empty and
which values are allowed. ``netcrime.data`` validates each file against it on
load, data/README.md documents the same columns, and a test checks that the
two agree, so the data dictionary cannot drift from the data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CRIME_TYPES = (
    "trap_loan",
    "sextortion",
    "malicious_claim",
    "publicity_extortion",
    "paid_trolls",
    "pyramid_selling",
    "debt_harassment",
)
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Column:
    """One column: name, type ('str', 'int', 'float', 'date'), meaning, rules."""

    name: str
    kind: str
    meaning: str
    required: bool = True
    allowed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Schema:
    """One CSV file: its name, what a row is, its key column and columns."""

    file: str
    row_is: str
    key: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


RELEASE_FIGURES = Schema(
    file="release_figures.csv",
    row_is="one figure stated in the 24 December 2020 release",
    key="id",
    columns=(
        Column("id", "str", "short stable name of the figure, snake_case"),
        Column("value", "float", "the figure in base units (yuan, not 'billion yuan'; 17000, not '1.7万')"),
        Column("unit", "str", "what one unit of value is",
               allowed=("gangs", "suspects", "cases", "yuan", "tasks", "percent",
                        "items", "platforms", "reminders", "clues", "localities", "crime types")),
        Column("counts", "str", "what exactly is counted, in plain English"),
        Column("operation", "str", "the named operation or line of work the figure belongs to (empty for campaign totals)", required=False),
        Column("scope", "str", "where: 'national' or a province's (or autonomous region's) name"),
        Column("subset", "str", "which part of the campaign the figure covers",
               allowed=("campaign to date", "July operation", "November operation",
                        "provincial example", "campaign plan")),
        Column("period_start", "date", "first day the figure can cover (ISO date; see note when only the month is known)"),
        Column("period_end", "date", "last day the figure can cover (ISO date): the press conference when results may run to it"),
        Column("period_start_assumed", "str", "'yes' when the release states no start and period_start is an assumption (截至目前, 'up to now', gives no start; 'deployed in' a month gives no day)", allowed=YES_NO),
        Column("kind", "str", "what sort of statistic: police activity, a trend, an outcome for people, or a plan (a list of targets)",
               allowed=("enforcement activity", "trend", "outcome", "plan")),
        Column("precision", "str", "exact as printed, rounded, or a lower bound ('more than')",
               allowed=("exact", "rounded", "lower bound")),
        Column("printed_as", "str", "the figure exactly as printed, e.g. '29.95 billion yuan' or '1.64万名'"),
        Column("source_fragment", "str", "short fragment of the English machine translation that locates the figure (empty only when the translation drops it)", required=False),
        Column("chinese_original", "str", "the Chinese original's wording, where checked", required=False),
        Column("verified_in_chinese", "str", "'yes' when the Chinese original was seen in a stored copy (see chinese_source)", allowed=YES_NO),
        Column("chinese_source", "str", "where the Chinese wording was read: address, title, date, and the date it was read", required=False),
        Column("source", "str", "who published it"),
        Column("source_date", "date", "date of the source"),
        Column("note", "str", "what a careful reader should know", required=False),
    ),
)

MILESTONES = Schema(
    file="milestones.csv",
    row_is="one dated event of the campaign",
    key="id",
    columns=(
        Column("id", "str", "short stable name of the event, snake_case"),
        Column("date", "date", "ISO date; the first of the month when only the month is known"),
        Column("date_precision", "str", "how precise the date is", allowed=("day", "month")),
        Column("event", "str", "what happened, in plain English"),
        Column("source_fragment", "str", "short fragment of the English machine translation that dates it", required=False),
        Column("source", "str", "who published it"),
        Column("note", "str", "what a careful reader should know", required=False),
    ),
)

GLOSSARY = Schema(
    file="glossary.csv",
    row_is="one term of the release, as translated and as it should be understood",
    key="chinese",
    columns=(
        Column("term_en", "str", "the machine translation's wording (or the usual English one)"),
        Column("clearer_en", "str", "a clearer English rendering"),
        Column("chinese", "str", "the Chinese term"),
        Column("pinyin", "str", "pinyin with tone marks"),
        Column("category", "str", "what kind of term",
               allowed=("crime type", "legal term", "police action", "unit", "organisation", "campaign")),
        Column("code", "str", "the course's code for a crime type", required=False, allowed=CRIME_TYPES),
        Column("explanation", "str", "what it means and why the translation can mislead"),
        Column("source", "str", "where the meaning comes from"),
    ),
)

CASE_VIGNETTES = Schema(
    file="case_vignettes.csv",
    row_is="one fictional case written for the course",
    key="id",
    columns=(
        Column("id", "str", "V001, V002, ..."),
        Column("text", "str", "the fictional case, told in the voice named in `form`"),
        Column("form", "str", "who tells it: a narrative, a victim's message, a relative's or friend's account, "
               "a complaint, a police summary, a news brief or a court record",
               allowed=("narrative", "message", "account", "complaint", "police summary", "news brief",
                        "court record")),
        Column("primary_type", "str", "the crime type that best describes it", allowed=CRIME_TYPES),
        Column("secondary_type", "str", "a second type, for combined cases", required=False, allowed=CRIME_TYPES),
        Column("difficulty", "str", "how hard it is to label", allowed=("easy", "medium", "hard")),
        Column("decisive_clue", "str", "the feature that decides the label, and what it has to be inferred from"),
        Column("other_reading", "str", "for truly ambiguous cases: the other defensible label and the case for and "
               "against it (discussion material)", required=False),
        Column("split", "str", "fixed train/test split, stratified by primary type", allowed=("train", "test")),
    ),
)

UNDERREPORTING_CODEBOOK = Schema(
    file="underreporting_codebook.csv",
    row_is="one category of reasons for not reporting",
    key="category",
    columns=(
        Column("category", "str", "code, snake_case"),
        Column("label", "str", "short label for charts"),
        Column("description", "str", "what falls in this category"),
    ),
)

UNDERREPORTING_REASONS = Schema(
    file="underreporting_reasons.csv",
    row_is="one reason the release gives for victims not reporting or not cooperating, for one crime type",
    key="id",
    columns=(
        Column("id", "str", "R01, R02, ..."),
        Column("crime_type", "str", "the crime type the reason is given for", allowed=CRIME_TYPES + ("all",)),
        Column("reason", "str", "the reason, paraphrased in our words"),
        Column("category", "str", "code from underreporting_codebook.csv"),
        Column("source_fragment", "str", "short fragment of the English machine translation that locates it"),
        Column("note", "str", "what a careful reader should know", required=False),
    ),
)

VICTIM_REPORTING_RATES = Schema(
    file="victim_reporting_rates.csv",
    row_is="one published share of victimisations reported to the police",
    key="id",
    columns=(
        Column("id", "str", "S01, S02, ..."),
        Column("survey", "str", "the survey or study"),
        Column("country", "str", "where it was run"),
        Column("period_start", "date", "first day of the survey's reference period (empty only when no source read states it)", required=False),
        Column("period_end", "date", "last day of the survey's reference period (empty only when no source read states it)", required=False),
        Column("published", "str", "when the source was published, as far as known (year or year-month; empty when not checked)", required=False),
        Column("crime_category", "str", "which victimisations"),
        Column("share_reported", "float", "share reported to the police, a fraction between 0 and 1"),
        Column("source_title", "str", "title of the publication"),
        Column("publisher", "str", "who published it"),
        Column("confidence", "str", "'sure' = read in the producer's own published summary; 'medium' = one secondary summary", allowed=("sure", "medium")),
        Column("note", "str", "what a careful reader should know", required=False),
    ),
)

RELEASE_UNITS = ("gangs", "mafia-type organisations", "vicious-force groups", "gang organisations",
                 "suspects", "cases", "percent", "crime types", "bodies", "months", "internet users", "platforms")
PERIOD_BASES = ("explicit", "implied", "since", "to date", "planned", "point in time")

RELEASE_SOURCES = Schema(
    file="release_sources.csv",
    row_is="one stored copy of a later release (or of a law or context source) that was read for lesson 05",
    key="source_id",
    columns=(
        Column("source_id", "str", "S01, S02, ..."),
        Column("release", "str", "which release or document this is a copy of (snake_case; several copies share one)"),
        Column("kind", "str", "an official release of figures, a law, or a context source", allowed=("release", "law", "context")),
        Column("url", "str", "where the stored copy was read"),
        Column("title", "str", "its title as shown (in brackets when we describe an untitled copy)"),
        Column("publisher", "str", "who published the copy, and whose report it carries"),
        Column("published", "date", "date of the copy or of the event it reports, when the copy gives one", required=False),
        Column("date_stated", "str", "'yes' when the copy states that date; 'no' when it gives none", allowed=YES_NO),
        Column("in_force", "date", "for a law: the day it took effect", required=False),
        Column("excerpt", "str", "short verbatim passages of the copy (joined by ' … ') holding every fragment cited from it"),
        Column("note", "str", "what a careful reader should know", required=False),
    ),
)

RELEASES = Schema(
    file="releases.csv",
    row_is="one figure in one later release (or context source), with its provenance, for lesson 05",
    key="id",
    columns=(
        Column("id", "str", "short stable name of the figure, snake_case"),
        Column("release", "str", "the release it comes from (the release column of release_sources.csv)"),
        Column("value", "float", "the figure in base units (12000, not '1.2万')"),
        Column("unit", "str", "what one unit of value is: the Chinese units differ (团伙, 涉黑组织, 恶势力犯罪集团, 涉黑恶犯罪组织)",
               allowed=RELEASE_UNITS),
        Column("counts", "str", "what exactly is counted, in plain English"),
        Column("issuer", "str", "who issued the figure"),
        Column("campaign", "str", "which campaign or programme the figure belongs to"),
        Column("scope", "str", "which crime (or population) it covers: online gang crime, all gang crime, China"),
        Column("period_start", "date", "first day the figure can cover (ISO date)"),
        Column("period_end", "date", "last day the figure can cover (ISO date)"),
        Column("period_basis", "str", "how the period is known: stated, implied by the wording, cumulative 'since' a start, 'up to now', a plan, or a stock at one date",
               allowed=PERIOD_BASES),
        Column("period_assumed", "str", "'yes' when the start or the end is our inference, not the source's words (the note says why)", allowed=YES_NO),
        Column("kind", "str", "police activity, a trend, a plan (bodies, lists, durations) or a context figure",
               allowed=("enforcement activity", "trend", "plan", "context")),
        Column("precision", "str", "exact as printed, rounded, or a lower bound (余: 'more than')", allowed=("exact", "rounded", "lower bound")),
        Column("printed_as", "str", "the number exactly as printed, e.g. '1.2万余名'"),
        Column("chinese_original", "str", "the figure's own words in the source"),
        Column("source_fragment", "str", "short verbatim fragment that locates it; it appears in the excerpt of every copy cited"),
        Column("verified", "str", "'yes' = read in two or more stored copies; 'one copy' = read in one stored copy. Nothing unseen is recorded",
               allowed=("yes", "one copy")),
        Column("source_id", "str", "the copy read first (release_sources.csv)"),
        Column("other_copies", "str", "further copies holding the same fragment, separated by ';'", required=False),
        Column("source_date", "date", "date of the release, when known", required=False),
        Column("note", "str", "what a careful reader should know, including why a period is assumed", required=False),
    ),
)

RELEASE_CRIME_LISTS = Schema(
    file="release_crime_lists.csv",
    row_is="one crime type named in one release's list of targets",
    key="id",
    columns=(
        Column("id", "str", "release.code"),
        Column("release", "str", "the release (the release column of release_sources.csv)"),
        Column("code", "str", "the course's code for the crime type", allowed=CRIME_TYPES),
        Column("as_printed", "str", "the words the release uses for it"),
        Column("source_id", "str", "the copy it was read in (its excerpt holds as_printed)"),
    ),
)

ALL_SCHEMAS = (
    RELEASE_FIGURES,
    MILESTONES,
    GLOSSARY,
    CASE_VIGNETTES,
    UNDERREPORTING_CODEBOOK,
    UNDERREPORTING_REASONS,
    VICTIM_REPORTING_RATES,
    RELEASE_SOURCES,
    RELEASES,
    RELEASE_CRIME_LISTS,
)


def dictionary_table(schema: Schema) -> str:
    """The Markdown data-dictionary table for one file, as data/README.md shows it.

    A test checks that data/README.md contains exactly this table for every
    file, so the documentation cannot drift from the validator.
    """
    lines = ["| column | type | required | meaning | allowed values |", "|---|---|---|---|---|"]
    for c in schema.columns:
        allowed = ", ".join(f"`{a}`" for a in c.allowed) if c.allowed else ""
        lines.append(f"| `{c.name}` | {c.kind} | {'yes' if c.required else 'no'} | {c.meaning} | {allowed} |")
    return "\n".join(lines)
