"""Cases of the case set edited so that their type changes (lesson 03 q2/q2alt, issue #19 round 14).

In a student's copy of the course, q2 can only be measured on the case set's test split, whose labels the student
holds. ``reworded`` catches a lookup that needs the exact words; it does not catch a FUZZY lookup, which answers with
the label of the stored case nearest in wording (difflib, shared words, TF-IDF): a reworded copy is nearest to its
own original, so the lookup keeps its label. Here the opposite probe: each text below is a stored case with a small
edit to its DECISIVE fact (the whole loan arrived, so nothing was invented; a third party paid for the posts and no
one asked the target for money ...), so its type changes while its wording stays nearest to the case it came from.
A classifier that reads the case changes its label on most of them; one that answers by the nearest stored text keeps
the old case's label on nearly all (``follows_old_type``).

Each edit is ours and keeps the case fictional. The new type of each is given for the tests (a fair classifier gives
it on most), never used by the check: the check asks only whether the label stayed the old case's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence


@dataclass(frozen=True)
class Flip:
    """A stored case (``source``, its id) edited so that its type becomes ``becomes``."""

    source: str
    becomes: str
    text: str


FLIPS = (
    Flip("V097", "trap_loan",
         "My friend in Wuhan signed for 10,000 yuan at about 200% a year; 6,000 paid her shop's rent, and she showed "
         "me the transfer: the rest never arrived. When she fell behind, notices with her photo went up in her "
         "compound's chat group, and her parents get a call every hour."),
    Flip("V100", "trap_loan",
         "Ms Ou in Zhuhai borrowed 6,000 yuan from an unlicensed online lender; only 4,200 arrived, which bought her "
         "daughter's school laptop, and the six instalments were listed on the first screen. After one missed "
         "instalment, the lender made a group chat of her relatives and called her a thief in it."),
    Flip("V105", "trap_loan",
         "Ms Hao's 7,000-yuan app loan paid a term of nursery fees in Tangshan, though only 4,500 of it ever arrived. "
         "When she fell behind, collectors created a group chat of her contacts and called her a cheat in it every "
         "day."),
    Flip("V099", "trap_loan",
         "Mr Kang in Taiyuan borrowed 20,000 yuan from an online lender at 30% a month. His bank statement shows "
         "12,000 in on 2 May; the contract says 20,000 at 30% a month, in bold. When he could not keep up, the "
         "lender's staff messaged his whole contact list and flooded his phone with calls."),
    Flip("V010", "debt_harassment",
         "XI'AN - A nurse who borrowed through an app advertised on a short-video platform says she is paying "
         "interest on 6,000 yuan, and all 6,000 reached her account. The app's collectors call her ward every hour "
         "since she missed a payment."),
    Flip("V013", "debt_harassment",
         "Mr Deng, a factory worker in Guiyang, saw an advert for \"no-check loans\" in a job-seekers' chat group. He "
         "tapped to accept 4,000 yuan on his phone; his bank card went up by 4,000. Five months later he was overdue, "
         "and collectors texted his photo to all his contacts."),
    Flip("V014", "debt_harassment",
         "Told to a helpline, Tianjin: \"The app says I borrowed 10,000. What came into my account was 10,000; they "
         "showed me the high interest first. I couldn't find the instalment by the due date. Since then everybody in "
         "my phone has had a message calling me a thief, and my office phone rings forty times a day.\""),
    Flip("V049", "paid_trolls",
         "The morning after a news-style account published that his restaurants in Changsha served spoiled meat, the "
         "owner got a call from a former staff member: a rival had paid 30,000 yuan for the article, and no one would "
         "ask him for money."),
    Flip("V055", "paid_trolls",
         "An account calling itself a parents' watchdog posted photos, out of context, claiming a private "
         "kindergarten in Foshan mistreated children. When the head teacher asked for a correction, she learned a "
         "rival kindergarten had paid 25,000 yuan for the post and for the hundred accounts sharing it."),
    Flip("V023", "publicity_extortion",
         "A \"platform moderator\" says he found a video of me and will remove it for a 6,000-yuan fee, or it stays "
         "up. It's from a fishing contest in Taiyuan, the day I lost my temper. I never knew it was being posted."),
)

# A classifier that keeps the old case's label on at least this share of the flips answers by nearest text: every
# nearest-text lookup measured keeps it on 7 to 10 of 10 (difflib's get_close_matches, with its cut-off, on 7); the
# worked solution, the lesson's rules and the solution's rules in other orders keep it on 1 to 4
# (tests/checks/test_review_round14_fix14b.py).
FOLLOWS_SHARE = 0.7


def probe_texts(leave_out: Sequence[str] = ()) -> list[str]:
    """The flips' texts, without those that start from or become a type in ``leave_out`` (q2alt: sextortion)."""
    return [f.text for f in chosen(leave_out)]


def chosen(leave_out: Sequence[str] = (), old_type: Mapping[str, str] | None = None) -> list[Flip]:
    """The flips whose old and new types are both outside ``leave_out`` (``old_type``: id -> the stored case's
    type; without it only the new type is checked)."""
    return [f for f in FLIPS if f.becomes not in leave_out
            and (old_type is None or old_type.get(f.source) not in leave_out)]


def follows_old_type(results: Mapping[str, object], flips: Sequence[Flip], old_type: Mapping[str, str],
                     label: Callable[[object], str | None]) -> list[Flip] | None:
    """The flips on which the classifier gave the old case's type (``label`` of its output), or None when the
    results do not hold every flip (a grader's run on held-out cases, which probes no flip)."""
    if not flips or not all(f.text in results for f in flips):
        return None
    return [f for f in flips if label(results[f.text]) == old_type.get(f.source)]
