"""Cases of the case set edited so that their type changes (lesson 03 q2/q2alt, issue #19 round 14).

In a student's copy of the course, q2 can only be measured on the case set's test split, whose labels the student
holds; on the instructor's held-out cases, a lookup of the case set can still pass when the nearest stored texts
happen to carry the right labels (review round 14: a TF-IDF nearest neighbour at 74%). Both builds probe these. ``reworded`` catches a lookup that needs the exact words; it does not catch a FUZZY lookup, which answers with
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


FLIPS = (  # the test split's cases first (a lookup needs no more than the split it is measured on), then the train's
    Flip("V097", "trap_loan",
         "My friend in Wuhan borrowed 10,000 yuan at about 200% a year; only 6,000 arrived, and she showed me the "
         "transfer. When she fell behind, notices with her photo went up in her compound's chat group, and her "
         "parents get a call every hour."),
    Flip("V100", "trap_loan",
         "Ms Ou in Zhuhai borrowed 6,000 yuan from an unlicensed online lender; only 4,200 arrived, which bought her "
         "daughter's school laptop, and the six instalments were listed on the first screen. After one missed "
         "instalment, the lender made a group chat of her relatives and called her a thief in it."),
    Flip("V103", "trap_loan",
         "HARBIN - A student who fell behind on a 3,000-yuan loan from a campus lending app, of which only 1,800 "
         "arrived, says collectors have told his teachers and classmates that he \"ran off with money\" and "
         "threatened to post his ID card online."),
    Flip("V106", "trap_loan",
         "Quanzhou. Mr Lai used a 15,000-yuan online loan, of which 9,000 arrived, to pay a supplier; the supplier's "
         "receipt matches. Behind on payments, he found his photo and debt posted in local forum threads, and "
         "collectors phoning his other suppliers to say his firm was failing."),
    Flip("V006", "debt_harassment",
         "GoldenLeaf Credit, 7-day loan. On screen: 2,000. On my card: 2,000. I missed Sunday; now their collectors "
         "call my boss all day. I clean offices in Nanning. What do I do?"),
    Flip("V015", "debt_harassment",
         "SUZHOU - A delivery driver surnamed Cao says a 3,000-yuan advance, all of it received, grew into 4,500 yuan "
         "at the stated rate. When he stopped paying, his relatives received an edited \"wanted\" poster with his "
         "face on it, and software rang his phone hundreds of times a day."),
    Flip("V057", "paid_trolls",
         "Hotel manager, Sanya. Dozens of travel accounts' videos say we overcharge and hide fees. A rival hotel paid "
         "their manager 15,000 yuan for them; nobody has asked us for money."),
    Flip("V060", "paid_trolls",
         "INNER MONGOLIA - Several accounts presenting themselves as regional news outlets said a dairy had failed "
         "food-safety inspections. The dairy says a rival paid a man linked to all of them 90,000 yuan for every "
         "post; no one has asked the dairy for money."),
    Flip("V054", "paid_trolls",
         "BrightLine Reputation Services charged a rival 40,000 yuan for each negative article it got posted about the "
         "firms. Police found that the articles had been written and posted by accounts working with BrightLine. The "
         "firms were never asked for money."),
    Flip("V042", "paid_trolls",
         "CHONGQING - Three people paid by a rival livestream shop posted photos calling a shop's discounted snacks "
         "\"misleading\", and the reviews and platform complaints kept coming; no one asked the shop for money. "
         "Their own videos show them eating the snacks."),
    Flip("V063", "paid_trolls",
         "A \"property news channel\" account said a developer in Kunming was about to go bankrupt; a rival developer "
         "had paid for the post, and nobody asked the developer for money. Hundreds of accounts paid through the same "
         "operator then reposted the claim with abuse, and flat buyers began gathering at the sales office."),
    Flip("V048", "paid_trolls",
         "Huzhou. A rival of a shop selling children's T-shirts paid 12,000 yuan to a posting studio. Within two days "
         "the shop had hundreds of one-star reviews and abusive comments, which police traced to that hired posting "
         "studio; no one asked the owner for money."),
    # Edits of TRAIN-split cases (round 14 FINAL, #19): a model trained on the training cases' words (a naive Bayes on
    # `train_alt` passed q2alt at 83%) has never seen the test split's cases, so it does not keep their labels; it
    # keeps the labels of the cases it was trained on.
    Flip("V105", "trap_loan",
         "Ms Hao's 7,000-yuan app loan, of which only 4,500 arrived, paid a term of nursery fees in Tangshan. When she "
         "fell behind, collectors created a group chat of her contacts and called her a cheat in it every day."),
    Flip("V096", "trap_loan",
         "Ms Xu in Suzhou fell behind on the 8,000-yuan loan on her contract; only 5,000 ever reached her, and it paid "
         "her moving costs. Collectors pasted her face into an edited picture and sent it to her colleagues captioned "
         "\"cheat\"."),
    Flip("V095", "trap_loan",
         "Shijiazhuang. The app says I borrowed 5,000; 3,000 came, and it paid my father's hospital deposit. I'm two "
         "months behind. They call 200 times a day and everyone in my contacts has had a message calling me a liar."),
    Flip("V102", "trap_loan",
         "Mr Xiang had repaid half of a 4,000-yuan online loan, of which only 2,600 was ever paid out to him, when he "
         "missed a payment. His friends then received a doctored funeral notice with his name on it from the "
         "lender's collectors."),
    Flip("V050", "paid_trolls",
         "An \"exposé\" account posted that a township official in Hunan had misused public funds. A rival for his "
         "post had paid its operator 50,000 yuan for the post, and a dozen paid accounts shared it; nobody asked the "
         "official for money."),
    Flip("V049", "paid_trolls",
         "The morning after a news-style account published that his restaurants in Changsha served spoiled meat, the "
         "owner learned that a rival chain had paid the person behind it 30,000 yuan for the article and for "
         "reposts by other accounts; nobody asked him for money."),
    Flip("V053", "paid_trolls",
         "A blogger with about 300,000 followers filmed outside a chemical plant in Jiangsu and said it was poisoning "
         "a river. A rival plant paid him 80,000 yuan per episode of the \"series\", and no one asked the managers "
         "for money. Inspectors later found no violation."),
    Flip("V055", "paid_trolls",
         "An account calling itself a parents' watchdog posted photos, out of context, claiming a private kindergarten "
         "in Foshan mistreated children. A rival kindergarten had paid the account and a posting team to spread them; "
         "no one asked the head teacher for money."),
)

# A classifier that keeps the old case's label on at least this share of the flips edited from one split answers by
# nearest text (or by a model of the words of the cases it was trained on). Measured on the twelve of the test split:
# nearest-text lookups over the whole case set or the test split alone keep it on 8 to 12 (difflib's
# get_close_matches, with its cut-off, on 8); the worked solution, the lesson's rules and the solution's rules in other
# orders keep it on 1 to 5 (tests/checks/test_review_round14_fix14b.py): a margin of three flips on each side.
# On the eight of the train split: a naive Bayes on `train` or `train_alt` keeps it on 8, the worked solution and the
# lesson's rules on 2 (tests/checks/test_review_round14_fix14d.py).
FOLLOWS_SHARE = 0.65  # 8 of the 12, 6 of the 8


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


def follows_in_one_split(results: Mapping[str, object], flips: Sequence[Flip], old_type: Mapping[str, str],
                         split_of: Mapping[str, str], label: Callable[[object], str | None]
                         ) -> tuple[list[Flip], list[Flip], str] | None:
    """(kept, group, split): the first split whose flips (edits of its cases) the classifier answers with the old
    case's type on ``FOLLOWS_SHARE`` of them or more; None when no split's are, or the results do not hold every flip.
    A lookup of the test split follows that split's edits; a model trained on the train split, its edits (it never saw
    the test split's cases, so it keeps their labels no more than rules do)."""
    for split in sorted({split_of.get(f.source, "") for f in flips}):
        group = [f for f in flips if split_of.get(f.source, "") == split]
        kept = follows_old_type(results, group, old_type, label)
        if kept is not None and len(kept) >= FOLLOWS_SHARE * len(group):
            return kept, group, split
    return None
