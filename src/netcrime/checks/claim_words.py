"""The words of the claims a chart of police activity cannot carry, by class, not by example.

``claims.Claim`` reads a chart's words with regular expressions; this module builds them from
word families and a little structure, so that a class of claim is read however it is phrased:

- **word families**: every inflection of a word (fall, falls, fell, fallen, falling) is one family,
  so "crime has fallen" is read as "crime fell" is;
- **subject and object**: a decline word counts only when crime is what declines. "Fraud fell",
  "a fall in reported fraud", "fewer cases of fraud" and "the crackdown cut crime" are claims;
  "fraud arrests fell", "fewer suspected scam lenders", "the share of crimes solved fell" and
  "crime gangs broken up" are not, because the crime word there only says *which* arrests, lenders,
  cases solved or gangs (an activity or an entity noun follows it, or stands between it and the
  decline word). Decision: counts of crime itself (crime rates, crime figures, reported fraud, cases
  *of* fraud) are crime; counts of police work (cases *solved*, arrests, gangs broken up) are not;
- **numbers on people**: a figure attached to a noun for the public ("17,000 users", "1,759
  families") says the figure counts people harmed or protected, whatever verb follows; "people" alone
  may be suspects, so it needs a verb of harm or protection ("17,000 people were cheated").

Denials, questions and purposes ("not a fall in crime", "Did crime fall?", "a campaign to cut
crime") are the reader's job (``claims._asserted``), not this module's: the patterns here say only
what the words would claim if asserted.
"""
from __future__ import annotations

import re


def family(*words: str) -> str:
    """One alternation of whole words (longest first, so 'fallen' is not read as 'fall')."""
    return r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"


_IRREGULAR = {"fall": ("falls", "fell", "fallen", "falling"), "sink": ("sinks", "sank", "sunk", "sinking"),
              "shrink": ("shrinks", "shrank", "shrunk", "shrinking"), "slide": ("slides", "slid", "slid", "sliding"),
              "drive": ("drives", "drove", "driven", "driving"), "take": ("takes", "took", "taken", "taking"),
              "break": ("breaks", "broke", "broken", "breaking"), "go": ("goes", "went", "gone", "going"),
              "bring": ("brings", "brought", "brought", "bringing"), "beat": ("beats", "beat", "beaten", "beating"),
              "sweep": ("sweeps", "swept", "swept", "sweeping"), "hit": ("hits", "hit", "hit", "hitting"),
              "lose": ("loses", "lost", "lost", "losing"), "come": ("comes", "came", "come", "coming"),
              "bleed": ("bleeds", "bled", "bled", "bleeding"), "run": ("runs", "ran", "run", "running"),
              "bear": ("bears", "bore", "borne", "bearing"), "wind": ("winds", "wound", "wound", "winding"),
              "grind": ("grinds", "ground", "ground", "grinding"), "put": ("puts", "put", "put", "putting"),
              "cut": ("cuts", "cut", "cut", "cutting"), "be": ("is", "was", "been", "being"),
              "get": ("gets", "got", "gotten", "getting"), "leave": ("leaves", "left", "left", "leaving"),
              "flee": ("flees", "fled", "fled", "fleeing"), "shut": ("shuts", "shut", "shut", "shutting"),
              "lay": ("lays", "laid", "laid", "laying"), "give": ("gives", "gave", "given", "giving"),
              "fight": ("fights", "fought", "fought", "fighting"), "win": ("wins", "won", "won", "winning")}


def inflect(phrase: str) -> tuple[str, ...]:
    """Every form of a verb phrase, its first word inflected: "dry up" -> dry up, dries up, dried up, drying up.

    So a class of verbs is listed once, by its stem, and no tense or person is forgotten ("subsides" as well as
    "subsided"). Irregular verbs come from a small table; a one-syllable verb ending consonant-vowel-consonant
    doubles its last letter (dip, dipped); a verb in -el takes both spellings (shrivelled, shriveled)."""
    verb, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    if verb in _IRREGULAR:
        forms = (verb, *_IRREGULAR[verb])
    else:
        if verb.endswith("e") and not verb.endswith("ee"):
            s, ed, ing = verb + "s", verb + "d", verb[:-1] + "ing"
        elif re.search(r"[^aeiou]y$", verb):
            s, ed, ing = verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
        elif re.search(r"(?:s|sh|ch|x|z)$", verb):
            s, ed, ing = verb + "es", verb + "ed", verb + "ing"
        elif re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", verb):
            s, ed, ing = verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
        else:
            s, ed, ing = verb + "s", verb + "ed", verb + "ing"
        forms = (verb, s, ed, ing)
        if verb.endswith("el"):
            forms += (verb + "led", verb + "ling")
    return tuple(dict.fromkeys(form + tail for form in forms))


def inflected(*phrases: str) -> tuple[str, ...]:
    """``inflect`` of each phrase, one flat tuple (for ``family``)."""
    return tuple(form for phrase in phrases for form in inflect(phrase))


def participles(*verbs: str) -> tuple[str, ...]:
    """The past forms of each verb ("rob" -> robbed; "hurt" -> hurt): a verb of harm done, never its base form,
    which is often a noun as well ("scam", "con", "harm")."""
    return tuple(dict.fromkeys(form for verb in verbs for form in inflect(verb)[2:4 if verb in _IRREGULAR else 3]
                               if form != verb))


def gap(most: int, avoid: str = "") -> str:
    """Up to ``most`` words between two parts of a claim, none of them a clause break or an ``avoid`` word."""
    word = rf"(?!{avoid})[\w'%.,-]*\w" if avoid else r"[\w'%.,-]*\w"
    return rf"(?:{word}\s+){{0,{most}}}?"


# ----- crime, and the nouns that only say which activity or entity ---------------------

_MODIFIER = (r"(?:online|criminal|debt|gang|trap[- ]loan|internet|cyber|network|net|e|the web's|the internet's|the net's|sextortion|organi[sz]ed|telecom|phone|violent|"
             r"serious|overall|total|reported|recorded|street|financial|lending|loan|web|digital|such|all|"
             r"information[- ]network|naked[- ]chat|extortion|mafia[- ]type|vicious[- ]force)[- ]+")
_CRIME_HEAD = (r"(?:cyber-?crimes?|crimes?|criminality|criminal activit(?:y|ies)|offen[cs]es|offending|frauds?|"
               r"scams?|scamming|swindl(?:e|es|ing)|extortion|sextortion|blackmail|harassment|wrongdoing|lawbreaking|"
               r"(?:(?:crime|criminal|fraud|scam|gang|trap[- ]loan|loan[- ]shark|extortion|blackmail)\s+)+(?:business|businesses|industry|trade|racket|rackets|activity|activities|market|economy|abuse|abuses)|"
               r"gang (?:crime|activity|violence)|trap loans|(?:trap[- ]loan|fraud|scam|extortion|sextortion|blackmail)[- ]cases(?![- ]+(?:solved|cleared|handled|closed|cracked|broken|recorded|reported|registered|logged|filed|opened)\b)|(?:loan|debt) traps?|(?:illegal |predatory |usurious |loan[- ]shark |trap )?lending|loan[- ]?sharking|"
               r"usury|(?:the\s+)?(?:(?:crime|fraud|scam|gang|trap[- ]loan|lending|loan|online|internet|cyber)\s+)+"
               r"(?:problem|threat|menace|scourge|plague|epidemic|wave|season|era|spree|boom|heyday|age|years|bubble)s?|"
               r"the (?:problem|threat|menace|scourge|plague|epidemic|crime wave)|rackets?|racketeering|underworld|"
               r"lawlessness|(?:the\s+)?(?:crime|scam|fraud)[- ]ridden (?:web|internet|net|cyberspace)|"
               r"(?:scam|fraud|fraudulent|spam|phishing) (?:calls|texts|messages|e-?mails|links)|"
               r"(?:the\s+)?(?:cyber|online|internet|digital|web) (?:frontier|wild west|badlands|jungle)|wild west|"
               # the field's words in Chinese, in a mixed title ("网络犯罪 down 40%"): crime, fraud, gangs' crime,
               # trap loans; not 犯罪嫌疑人 (criminal suspects) or 犯罪团伙 (criminal gangs), which say which people
               r"[\u4e00-\u9fff]{0,6}?(?:犯罪|诈骗|电诈|黑恶|黑社会|黑帮|套路贷|网贷|敲诈勒索|敲诈|有害信息|乱象)(?:犯罪|活动|势力|问题)?(?!嫌疑|分子|团伙|集团)(?:高发)?(?:态势|势头|现象|案件|问题|率|发案率|发案数|数量|总量|案件数)?|"
               # yt1's field: the harmful content prevention work intercepts; "routine loans" (套路贷, trap loans)
               r"(?:harmful|illegal|fraudulent|malicious|criminal|bad) (?:information|info|content|websites?|sites?|messages?)|"
               r"routine loans?|(?:illegal |predatory |online )*loans? (?:problem|crime|fraud|scams?)|"
               r"(?:the\s+)?(?:illegal\s+)?(?:online\s+)?loans (?:problem|menace|threat|scourge))")
# A crime word's place after it: "fraud online", "crimes on internet", "scams in cyberspace".
_PLACE = (r"(?:cyberspace|the internet|internet|the web|web|the net|the network|network|the online world|online space|"
          r"china's internet|the digital world|digital space|"
          # the place said with whose or which: "on Chinese networks", "across the country's platforms", "on social media"
          r"(?:the\s+)?(?:chinese|china's|the country's|the nation's|domestic|national|our|mobile|social)\s+"
          r"(?:internet|web|networks?|platforms?|apps|cyberspace)|social media|online platforms|the platforms)")
_AFTER_CRIME = rf"(?:\s+(?:online|on[- ]?line|(?:on|in|over|across|via)\s+{_PLACE}))?"
_MEASURE = r"(?:rates?|levels?|figures|numbers|statistics|incidents|incidence|prevalence|occurrences?|frequency|volumes?|reports|situation|landscape|picture|cases(?![- ]+(?:solved|cleared|handled|closed|cracked|broken|recorded|reported|registered|logged|filed|opened)\b))"
# Nouns for what the police did, or for who did it: a crime word before them only says which.
ACTIVITY = (r"(?:gangs?|groups?|rings?|networks?|organi[sz]ations?|suspects?|lenders?|institutions?|operators?|apps?|"
            r"platforms?|arrests?|detentions?|apprehensions?|seizures?|assets|yuan|cases?(?!\s+of\b)|solved|cleared|"
            r"fighting|fighters?|campaigns?|crackdowns?|operations?|prevention|units?|police|squads?|reminders?|work|"
            r"investigations?|prosecutions?|clues|leads|index|share|shares|count|counts|bars?|chart|law|laws|"
            r"hotspots?|types?|categories|lists?|members?)\b")
# Just before a crime word, these make it another noun's object: "arrests *for* online fraud fell".
OBJECT_OF_ACTIVITY = (r"\b(?:for|against|involving|involved in|engaged in|in|behind|targeting|targeted at|tackling|on|fighting|combating|combatting|"
                      r"linked to|related to|suspected of|accused of)")
# Chinese has no spaces between words: a Chinese crime word may begin and end anywhere in a run of Chinese ("2020年网络
# 犯罪大幅下降"), so the word boundaries around an English crime word are not asked of it.
_CJK = "\u4e00-\u9fff"
_START = rf"(?:\b|(?=[{_CJK}]))"
_END = rf"(?:\b|(?<=[{_CJK}]))"
CRIME_CORE = rf"{_START}(?:{_MODIFIER}){{0,4}}{_CRIME_HEAD}"  # what every crime noun phrase begins with (``claims.Claim.anchors``)
CRIME = rf"{CRIME_CORE}(?:[- ]+{_MEASURE})?{_END}(?![- ]+{ACTIVITY}){_AFTER_CRIME}"

# ----- what falls, and how --------------------------------------------------------------

_DOWN = r"(?<!broken )(?<!broke )(?<!break )(?<!cracked )(?<!crack )(?<!clamp )(?<!clamped )(?<!shut )(?<!cracking )\bdown\b"
# Going away: every form, so "is disappearing" reads as "disappeared" does.
DISAPPEAR = ("disappear", "disappears", "disappeared", "disappearing", "vanish", "vanishes", "vanished", "vanishing",
             "fade", "fades", "faded", "fading", "fade away", "faded away", "fading away", "evaporate", "evaporates",
             "evaporated", "evaporating", "melt away", "melted away", "melting away", "dry up", "dried up",
             "drying up", "die out", "died out", "dying out", "peter out", "petered out", "petering out",
             "go away", "went away", "going away", "gone away", "crash", "crashed", "crashing", "nosedived",
             "nosediving", "cratered", "cratering", "slid", "sliding", "slipped", "slipping", "abated", "abating",
             "subsided", "on its way out", "on the way out", "nearly gone", "almost gone", "all but gone",
             "mostly gone", "largely gone", "virtually gone", "practically gone", "shrivelled", "shriveled",
             "withered", "withering", "retreats", "recedes", "wanes", "ebbs", "eases", "lessens", "contracts",
             "a shadow of its former self", "a shadow of what it was", "brought to heel", "knocked out",
             "thinned out", "thinning out", "on its knees", "on their knees", "on its last legs", "on the ropes",
             "in freefall", "in free fall", "a spent force", "yesterday's problem", "a problem of the past",
             "bottoming out", "in tatters", "losing its grip", "lost its grip") + inflected(
    # going away, as a verb in every tense: "subsides", "dries up", "takes a nosedive", "hits rock bottom"
    "disappear", "vanish", "fade", "fade away", "evaporate", "melt away", "dry up", "die out", "die down", "peter out",
    "go away", "crash", "nosedive", "take a nosedive", "take a dive", "crater", "slide", "slip", "abate", "subside",
    "shrivel", "wither", "retreat", "recede", "wane", "ebb", "ebb away", "ease", "ease off", "lessen", "contract",
    "fizzle out", "thin out", "bottom out", "hit rock bottom", "hit the floor", "hit bottom", "take a beating",
    "take a hit", "take a battering", "take a knock", "take a hammering", "take a pounding", "take a tumble",
    "go into hibernation", "go into retreat", "go quiet", "go under", "go extinct", "go dark", "wind down",
    "slow to a trickle", "slow to a crawl", "grind to a halt", "come to a halt", "come to an end", "run out of steam",
    "lose steam", "lose ground", "lose its grip", "lose their grip", "lose its bite", "check out", "bow out",
    "back off", "calm down", "quiet down", "settle down", "shrink away", "drain away", "trickle away",
    "be knocked for six", "leave the stage", "exit the stage") + (
    # states of being beaten or gone: "on the back foot", "under the thumb", "dead and buried", "case closed"
    "on the back foot", "under the thumb", "in hibernation", "in abeyance", "down and out", "out for the count",
    "off the map", "out of the picture", "case closed", "yesterday's news", "old news", "a relic", "behind us",
    "gone for good", "dead and buried", "done and dusted", "over and done", "over and done with", "kaput",
    "a goner", "in remission", "on life support", "in its death throes", "in their death throes", "knocked for six",
    "brought to its knees", "brought to their knees", "brought low", "cut down to size", "cut to the bone",
    "halted in its tracks", "stopped in its tracks", "stopped in their tracks", "pushed back", "rolled back",
    "beaten back", "squeezed out", "driven out", "swept away", "swept clean", "wound down", "wrapped up",
    "put to bed", "put to rest", "laid to rest", "nipped in the bud", "going, going, gone", "going going gone",
    "a spent force", "at rock bottom", "at an end", "on the way out", "in full retreat", "put in its place",
    "so last year", "so yesterday", "old hat", "passé", "last year's problem", "peaked", "has peaked", "past its peak",
    "past the peak", "over the hump", "over the worst", "stop", "stops", "stopped", "cleaned", "cleaned out",
    "lost", "losing", "on the losing side", "cooked", "in shambles", "rekt", "wrecked", "went south", "turned down",
    "turning down", "turns down",
    "put in their place", "at a trickle", "down to a trickle", "reduced to a trickle", "a mere trickle", "at a standstill",
    "negligible", "now negligible", "minimal", "a rarity", "lights out", "ends(?! up)", "ended(?! up)") + inflected(
    "hit the skids", "go belly up", "hit a wall", "hit the wall", "hit the buffers", "hit a dead end", "bite the dust", "fall apart", "fall away", "fall through the floor",
    "drop like a stone", "run dry", "wither away", "loosen its grip", "lose its hold", "peter away", "shut down for good",
    "close down for good", "end for good", "go out of business", "go up in smoke")
FALL_VERB = "(?:" + "|".join([
    family("fell", "fall", "falls", "fallen", "falling", "drop", "drops", "dropped", "dropping", "decline", "declines",
           "declined", "declining", "decrease", "decreases", "decreased", "decreasing", "shrank", "shrunk", "shrink",
           "shrinks", "shrinking", "plunge", "plunges", "plunged", "plunging", "plummet", "plummets", "plummeted",
           "plummeting", "sank", "sunk", "sink", "sinks", "sinking", "slump", "slumps", "slumped", "slumping",
           "dive", "dives", "dived", "diving", "nosedive", "nosedives", "nosedived", "nosediving",
           "tumble", "tumbles", "tumbled", "tumbling", "dip", "dips", "dipped", "dipping", "recede", "receded",
           "receding", "retreat", "retreated", "retreating", "dwindle", "dwindled", "dwindling", "diminish",
           "diminished", "diminishing", "subside", "subsided", "subsiding", "collapse", "collapsed", "collapsing",
           "halved", "waned", "waning", "eased", "ebbed", "ebbing", "contracted", "lessened", "reduced", "cut",
           "curbed", "lowered", "slashed", "contained", "tamed", "suppressed", *DISAPPEAR),
    _DOWN, r"\blower\b", r"\bless (?:common|frequent|prevalent|widespread)\b", r"\brarer\b",
    # by how much (round 14 FINAL, #19): the index's fall read as the crime's, "Trap loans are now 86% rarer"
    r"\b(?:about |around |nearly |almost |some |over )?\d[\d.,]*\s*(?:%|per ?cent)\s+(?:rarer|lower|fewer|less(?: "
    r"common| frequent| prevalent| widespread)?|smaller|down)\b",
    r"\bon the (?:decline|decrease|wane|retreat|way down)\b", r"\bin (?:decline|retreat)\b",
    r"\b(?:at|to|hit|hits|reached|reaches) (?:a |an |its |their )?(?:(?:new|record|all-time|historic|historical) )?lows?\b",
    r"\brecord lows?\b", r"\bnever been (?:lower|rarer)\b", r"\bbottomed out\b",
    # a way down: "on a downhill path", "on the downward track", "going downhill"
    r"\bon\s+(?:a|the|its|their)\s+(?:\w+\s+)?(?:downhill|downward|down)\s+(?:path|slope|track|trajectory|road|trend|"
    r"spiral|curve|course|slide)\b", r"\b(?:going|went|goes|gone|headed|heading|slid|sliding|slipping)\s+downhill\b",
    r"\b(?:shows?|showing|showed|on|in|follows?|followed|takes?|took)\s+(?:a\s+)?(?:clear\s+|steady\s+|sharp\s+)?downward\s+(?:trend|path|trajectory|slope|spiral|curve)\b", r"\btrending down\w*\b",
    r"\b(?:at|to|is|was|now)\s+(?:just\s+|only\s+|a\s+)?(?:a\s+)?fraction of\b", r"\b(?:a|one)\s+(?:seventh|tenth|fifth|quarter|third|half) of (?:its|their|the) (?:former|old|\d{4}|peak|previous|earlier)\b",
    r"\b(?:only |just |now |become |became |is |at )*(?:a|one)\s+(?:seventh|tenth|fifth|quarter|third|half|fraction) of (?:what (?:it|they) "
    r"(?:was|were|used to be)|before|its (?:former|old) (?:self|level)|the peak|its peak)\b",
    r"\b(?:become|became|is|are|now|at|only|just)\s+(?:only\s+|just\s+)?\d[\d.,]*\s*(?:%|per ?cent) of (?:before|what (?:it|they) "
    r"(?:was|were)|its peak|the peak|its former level|the 2019 (?:level|peak))\b",
    r"\b(?:went|goes|go|gone|going|sent|sending|sends|put|fell|falls|falling)\s+(?:in)?to\s+(?:a\s+)?(?:free ?fall|decline|"
    r"retreat|tailspin|nosedive|reverse|slump|abeyance|remission)\b", r"\bfell off a cliff\b",
    r"[:\s]\s*(?:\u2212|-|\u2013|\u2193|\u25bc)\s*\d[\d.,]*%?",  # "Online fraud: -86%", "fraud \u2193 86%"
    # a falling sign: "Online scams \U0001f4c9", "online crime \u2193 40%", "scams: \u2b07\ufe0f"
    r"(?:\U0001f4c9|\u2b07\ufe0f?|\U0001f53b|\u2193|\u25bc|\u2935\ufe0f?)+(?:\s*\d[\d.,]*\s*%?)?",
]) + ")"
FALL_NOUN = family("fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases", "reduction",
                   "reductions", "cut", "cuts", "plunge", "slump", "dip", "collapse", "shrinkage", "contraction",
                   "retreat", "downturn", "downswing", "lowering", "easing", "drop off", "drop-off", "fall-off", "fall off",
                   "nosedive", "freefall", "free fall")
FALL_ADJ = family("less", "fewer", "lower", "lowest", "fewest", "least", "smallest", "rarest", "reduced", "declining", "falling", "shrinking", "dwindling", "diminished",
                  "diminishing", "decreasing", "dropping", "receding", "plunging", "plummeting", "halved",
                  "lessening")
REDUCE_VERB = family("cut", "cuts", "cutting", "curb", "curbs", "curbed", "curbing", "reduce", "reduces", "reduced",
                     "reducing", "lower", "lowers", "lowered", "lowering", "slash", "slashes", "slashed", "slashing",
                     "halve", "halves", "halved", "halving", "shrink", "shrinks", "shrank", "shrunk", "shrinking",
                     "tame", "tames", "tamed", "taming", "contain", "contains", "contained", "containing", "check",
                     "checked", "checks", "checking", "stem", "stems", "stemmed", "stemming", "stop", "stops",
                     "stopped", "stopping", "end", "ends", "ended", "ending", "prevented", "prevents", "suppressed",
                     "suppresses", "beat", "beats", "beaten", "beating", "defeat", "defeats", "defeated", "defeating",
                     "crush", "crushed", "crushes", "crushing", "conquer", "conquered", "conquers", "vanquished",
                     "routed", "eliminate", "eliminates", "eliminated", "eliminating", "eradicate", "eradicates",
                     "broke(?! up)", "breaks(?! up)", "broken(?! up)",
                     "eradicated", "eradicating", "wipe out", "wipes out", "wiped out", "wiping out", "stamp out",
                     "stamps out", "stamped out", "stamping out", "root out", "rooted out", "roots out", "rooting out",
                     "brought down", "bring down", "brings down", "drove down", "driven down", "drive down",
                     "pushed down", "push down", "beat back", "beaten back", "rolled back", "roll back",
                     "put an end to", "put a stop to", "got rid of", "get rid of", "dismantle", "dismantles", "dismantled",
                     "dismantling", "smash", "smashes", "smashed", "smashing", "destroy", "destroys", "destroyed",
                     "destroying", "cripple", "crippled", "crippling", "annihilated", "obliterated", "decimated",
                     "neutralised", "neutralized", "quash", "quashed", "quell", "quelled", "squash", "squashed",
                     "snuffed out", "extinguished", "uprooted", "purged", "cleaned up", "clean up", "cleans up",
                     "rein in", "reined in", "reins in", "curtail", "curtailed", "curtails", "choked off",
                     "drove out", "driven out", "swept away", "overcame", "overcome", "finished off", "knocked out",
                     "did away with", "done away with", "vanquish", "vanquishes", "rout", "routs", "tackled successfully",
                     "shut down", "shuts down", "shutting down", "closed down", "close down", "closes down")
RISE = family("rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing", "increase",
              "increases", "increased", "increasing", "go up", "goes up", "went up", "gone up", "going up", "climb",
              "climbs", "climbed", "climbing", "surge", "surged", "surging", "spike", "spiked", "rebound",
              "rebounded", "return", "returned", "come back", "came back")
RISE_DENIED = (r"(?:no|nope|not a chance|not at all|not really|hardly|never|far from it|quite the (?:opposite|reverse)|"
               r"on the contrary|of course not|certainly not|definitely not|no way|not likely|in your dreams)\b")
RISE_NOUN = family("rise", "increase", "growth", "surge", "uptick", "spike", "rebound", "comeback", "return")

# ----- solved, won, worked ----------------------------------------------------------------

EFFORT = (r"\b(?:(?:the|this|that|their|its|china's|a|an)\s+)?(?:(?:[\w-]+)\s+)?"
          r"(?:crackdown|campaign|operation|strategy|policing|police work|effort|rectification|struggle|"
          r"round-up|roundup|action|drive|offensive|work|strike|strike hard|prevention|interception|reminder|measure|"
          r"blitz|sweep|raid|push|assault|onslaught|clampdown|haul|firewall|"
          r"law|legal opinion|opinion|lesson|policy|rule|special campaign|verification|clean-up|cleanup|"
          r"blocking|warning|enforcement)s?\b")
AGENT = (r"\b(?:police|the police|china|the ministry|the authorities|authorities|law enforcement|the state|"
         r"the government|we|they|it|this|beijing|public security)\b")
EFFORT_OR_AGENT = rf"(?:{EFFORT}|{AGENT})"  # who acted: the subject of "worked", "won" (``claims.Claim.anchors``)
# States that say the problem is solved on their own ("crime defeated") ...
SOLVED_STATE = "(?:" + "|".join([
    family("beaten", "defeated", "conquered", "crushed", "vanquished", "routed", "eliminated", "eradicated",
           "wiped out", "stamped out", "rooted out", "under control", "in check", "tamed", "vanished", "disappeared",
           "extinct", "a thing of the past", "on the run", "on the ropes", "in retreat", "cleaned up", "licked",
           "halted", "curbed", "beaten back", "stopped", "checked", "largely ended", "mostly ended",
           "effectively ended", "dismantled", "smashed", "destroyed", "crippled", "annihilated", "obliterated",
           "decimated", "neutralised", "neutralized", "quashed", "quelled", "squashed", "snuffed out",
           "extinguished", "uprooted", "purged", "overcome", "finished off", "knocked out", "done away with",
           "put down", "driven out", "swept away", "reined in", "curtailed", "on the way out", "on its way out",
           "out of business", *DISAPPEAR),
    r"\bno longer (?:a |an )?(?:problem|threat|issue|danger|menace|worry|concern|common|widespread|rising|growing)\b",
]) + ")"
# ... and states that need a verb or a colon ("crime is over"; "crime over two years" is not a claim).
SOLVED_AFTER_VERB = family("solved", "fixed", "over", "gone", "ended", "finished", "history", "dead", "rare",
                           "uncommon", "a rarity", "no more", "not what it was", "no longer what it was",
                           "contained", "done for", "dealt with", "sorted", "case closed", "yesterday's news",
                           "old news", "toast", "kaput", "done and dusted", "a goner", "done", "out(?! of| there| in| to)",
                           "in the past", "behind us", "in retreat", "on the run", "handled", "taken care of",
                           "sorted out", "under wraps", "beaten")
WIN = family("won", "win", "wins", "winning", "triumphed", "triumphs", "prevailed", "prevails", "succeeded",
             "succeeds")
WORKED = "(?:" + "|".join([
    family("worked", "works", "working", "is working", "succeeded", "paying off", "succeeds", "paid off", "pays off", "delivered", "delivers",
           "did its job", "did the job", "got results", "gets results", "made a difference", "makes a difference",
           "made an impact", "had an impact", "has an impact", "hit its target", "hit its targets",
           "achieved its goal", "achieved its goals", "achieved its aim", "achieved its aims", "bore fruit",
           "is bearing fruit", "came good", "paid dividends", "pays dividends", "paying dividends",
           "bore dividends", "did the trick", "does the trick", "hit the mark", "hit home",
           *inflected("bear fruit", "pay off", "do the trick", "deliver the goods", "get the job done", "do its job",
                      "come good", "hit the mark", "pay dividends", "deliver results", "get results", "score a win",
                      "turn the tide", "turn the corner", "break the back of", "work wonders", "work a treat",
                      "show results", "yield results", "show success", "start to bite", "start to work",
                      "make a difference", "have an effect", "have the desired effect", "have an impact",
                      "prove its worth", "prove their worth", "show its worth")),
    family("bites", "biting", "is biting", "showing results", "yielding results", "showing success",
           "begin to work", "begins to work", "began to work", "begun to work", "beginning to work",
           "begin to bite", "begins to bite", "began to bite", "begun to bite", "beginning to bite"),
]) + ")"
# Words between the effort and "worked" that still assert it, plainly or hedged ("the crackdown is paying off",
# "appears to be working", "may be bearing fruit", "is starting to pay off"); a denial ("is not working") or a
# question is read by ``claims._asserted`` as ever.
WORKED_LINK = (r"(?:has|have|had|clearly|really|finally|truly|certainly|definitely|largely|indeed|did|does|is|are|was|"
               r"were|been|be|being|now|already|still|at last|seems?|seemed|appears?|appeared|looks?|looked|likely|"
               r"probably|may|might|could|must|to|starting|beginning|starts?|begins?|started|began|set|slowly|"
               r"gradually|steadily|visibly)")
VICTORY = family("victory", "victories", "victorious", "triumph", "triumphant", "mission accomplished", "game over",
                 "won the day", "job done", "job well done", "a job well done", "success", "successes", "successful",
                 # effectiveness said to be lower is no victory (review round 14, B5: "the police got less effective"
                 # is a comparison across releases, read by releases_trend_patterns)
                 r"(?<!less )(?<!least )effective",
                 r"(?<!less )(?<!falling )(?<!declining )(?<!dropping )(?<!lower )(?<!worsening )"
                 r"(?<!falling police )(?<!declining police )(?<!dropping police )(?<!lower police )effectiveness"
                 r"(?!\s+(?:fell|falls|dropped|drops|declined|declines|slipped|halved|worsened))",
                 "turned the tide", "turns the tide", "turning the tide", "turned the corner", "turns the corner",
                 "turning the corner",
                 "the tide has turned", "the tide turned", "upper hand", "winning streak", "tide turns", "tide is turning",
                 "tide turning", "turning tide", "the turning tide", "tide-turning", "tide is turning against", "turning point", "turning of the tide", "turn of the tide", "a corner turned", "the corner turned", "breakthrough", "a big win",
                 "a clear win", "a major win", "a win for", "payoff", "pay-off", "results delivered",
                 "proof it works", "proof that it works", "the campaign works", "crackdown works", "remarkable results",
                 "notable results", "significant results", "fruitful results", "great achievements", "results achieved",
                 "achieved results", "big W", "a W for", "took the L", "takes the L", "knockout blow", "death blow",
                 "fatal blow", "final blow", "coup de grace", "coup de grâce", "knockout punch", "decisive blow",
                 "crushing blow", "body blow", "hammer blow", "heavy blow", "gold standard")
BATTLE = family("fight", "fights", "war", "wars", "battle", "battles", "struggle", "struggles", "against", "over")
SAFE = "(?:" + "|".join([
    family("safer", "safest", "securer", "more secure", "safe again", "secure again", "safety restored",
           "cleaner internet", "clean internet", "cleaner web", "clean web", "cleaner cyberspace", "quieter internet",
           "quieter web", "calmer internet", "calmer web", "clean up of the internet complete", "internet cleaned up",
           "clean cyberspace", "cleaned-up internet", "cleaned up the internet", "clean-up worked"),
    r"\b(?:is|are|was|were|now|made|makes|feel|feels|become|became|stay|stays)\s+(?:\w+\s+)?(?:safe|secure)\b(?!\s+(?:to|from|for|storage)\b)",
    r"\bsafe (?:internet|web|cyberspace|online space|streets?)\b",
    # the bureaucratic register: "Public security on the internet improved", "Cybersecurity situation improving"
    r"\b(?:public security|cyber ?security|network security|internet security|online security|public order|social order|"
    r"online safety|internet safety|the security situation|law and order)\s+(?:situation\s+)?(?:on the internet\s+|online\s+|"
    r"on the web\s+|in cyberspace\s+)?(?:(?:has|have|had|is|was|been|now|markedly|greatly|steadily|further|\w+ly)\s+){0,3}"
    r"(?:improved|improving|improves|got better|getting better|better|stabili[sz]ed|restored|strengthened|enhanced)\b",
    r"\bwithout fear\b|\bno longer (?:afraid|fearful|worried|at risk)\b|\bnothing to fear\b",
    # the release's own register: "The network environment has been purified", "Online ecology improved"
    r"(?:\b(?:network|online|internet|cyber|web|cyberspace) (?:environment|ecology|ecosystem|order|atmosphere|space)|"
    r"网络环境|网络生态|网络空间|网络秩序)\s*(?:(?:has|have|had|is|was|been|being|now|significantly|markedly|greatly|"
    r"continuously|steadily|further|effectively)\s+){0,4}(?:purified|cleaner|cleaned up|clean|improved|improving|"
    r"restored|better|safer|安全|清朗|净化|好转)",
    r"\b(?:restor\w+|brought|bring|brings)\s+(?:law and\s+)?order\s+(?:to|in|on)\s+(?:cyberspace|the internet|the web|"
    r"the network|online)",
    r"\b(?:make|makes|made|making)\s+(?:the\s+)?(?:internet|web|cyberspace|network|online world)\s+(?:more safe|safer|safe|"
    r"more secure|cleaner|clean)",
    r"\b(?:internet|web|cyberspace|online space|online world)\s+(?:is|was|got|gets|became|has become|now|grew)\s+"
    r"(?:\w+\s+)?(?:cleaner|safer|clean|safe|more secure)\b",
]) + ")"
CRIME_FREE = r"\b(?:crime|fraud|scam|gang)[- ](?:free|proof)\b|\b(?:zero|no more)\s+(?:[\w-]+\s+){0,2}?(?:crimes?|fraud|scams?)\b(?![- ]+" + ACTIVITY + ")"


# ----- the gangs (or lenders) themselves in decline, defeated or gone -------------------------
# "Gangs broken up" counts police work; "online gangs defeated", "fewer online gangs", "gangs in retreat" and
# "lenders almost gone" say the gangs (or lenders) that exist are fewer or beaten. A count before the noun
# ("1,759 gangs crushed") or the release's own verbs after it ("gangs broken up", "gangs eliminated") keep it
# a count of police work.
_GANG_WORK = (r"(?:broken up|broke up|break up|eliminated|dismantled|smashed|busted|taken down|destroyed|uncovered|"
              r"cracked|disbanded|caught|targeted|found|investigated|detected|raided|identified|named|listed|shown|"
              r"counted|reported|struck|hit|involved|apprehended|detained|in (?:the|these|four|each|one)|per|by|"
              r"that (?:police|the police)|the police)")
GANG = (r"(?<![\d,.] )(?<!\d )\b(?:(?:online|internet|cyber|criminal|crime|organi[sz]ed|trap[- ]loan|lending|fraud|scam|"
        r"telecom|mafia[- ]type|vicious[- ]force|the|these|such|their|china's|all)\s+)*(?:gangs|gang members|gangsters|"
        r"crime groups|criminal groups|criminal networks|crime rings|syndicates|mafias|the underworld|scammers|"
        r"fraudsters|gang numbers|gang membership|number of (?:[\w-]+ )?gangs|criminals|offenders|crooks|lawbreakers|"
        r"criminal gangs|predators|underworld|gangland|mobs?|mafia)\b")
GANG_PLAIN, GANG = GANG, GANG + rf"(?!\s+{_GANG_WORK}\b)"  # GANG: not followed by the police's own verbs
LENDER = (r"\b(?:(?:suspected|online|trap[- ]loan|trap|illegal|predatory|loan[- ]shark|usurious|the|such|these)\s+)*"
          r"(?:lenders|lending (?:institutions|platforms|apps|companies|firms)|institutions|loan sharks|"
          r"loan[- ]sharks|lending apps|loan apps|(?:fraudulent|scam|fake|illegal|criminal) (?:apps|platforms|websites|"
          r"sites|accounts))\b")
_NEARLY = r"(?:nearly|almost|all but|virtually|practically|largely|mostly|effectively|essentially|close to|near|now|all)"
GANG_STATE = "(?:" + "|".join([
    family("defeated", "crushed", "beaten", "vanquished", "routed", "conquered", "in retreat", "retreating",
           "retreated", "on the run", "on the ropes", "finished", "gone", "extinct", "a thing of the past",
           "wiped out", "eradicated", "stamped out", "rooted out", "under control", "in check", "tamed", "no more",
           "history", "fewer", "weakened", "weaker", "crippled", "annihilated", "obliterated", "decimated",
           "neutralised", "neutralized", "overcome", "finished off", "knocked out", r"broken(?!\s+up)", "beaten back",
           "on the back foot", "in decline", "on the decline", "on the wane", "no longer a threat",
           "off the streets", "off the street", "in shambles", "cooked", "emptied out", "hollowed out", "gutted", "less and less", "fewer and fewer",
           "on their way out", "on the way out", "in freefall", "in free fall", "shrinking", "dwindling", "fading",
           "lost the war", "lost the battle", "lost the fight", "losing the war", "losing the battle",
           "losing the fight", "running scared", "on the defensive", "a spent force", "spent", "in hiding",
           "finished for good", "brought to heel", "knocked out", "a shadow of their former selves",
           "no longer a problem", "out of business", "driven out", "scattered", "in disarray", "in tatters",
           "lose their grip", "lost their grip", "losing their grip", "on their knees", "on the run",
           "smashed for good", "a dying breed", "lose ground", "lost ground", "losing ground", "in full retreat",
           "on the retreat", "reeling", "sank without trace", *inflected(
               "run out of road", "crumble", "fall apart", "break apart", "cave in", "give up", "go to ground",
               "go into hiding", "pack up", "fold", "bow out", "scatter", "flee", "go under", "go bust", "shut up shop",
               "sink without trace", "lose heart", "throw in the towel")),
    FALL_VERB,
]) + ")"
_DEFEAT_VERB = family(r"broke(?!\s+up)", r"broken(?!\s+up)", "beat", "beats", "beaten", "defeated", "defeats", "crushed", "crushes", "vanquished", "routed",
                      "conquered", "overcame", "overcome", "tamed", "wiped out", "eradicated", "stamped out",
                      "rooted out", "got rid of", "drove out", "driven out", "finished off", "crippled",
                      "annihilated", "obliterated", "decimated", "neutralised", "neutralized", "won against",
                      "won over", "prevailed over", "triumphed over", "got the better of", "brought to heel",
                      "knocked out", "broke the back of", "brought down", "took down", "taken down", "silenced",
                      "muzzled", "tamed", "silences", "tames", "stopped", "halted", "ended", "put an end to",
                      "put a stop to", "shut down")
_THREAT = r"(?:threat|problem|danger|menace|scourge|force|presence|plague|peril|risk|issue|epidemic)s?"
_SHRINKING = family("shrinking", "declining", "waning", "fading", "dwindling", "receding", "diminishing",
                    "disappearing", "vanishing", "smaller", "weaker", "lesser", "lessening", "retreating",
                    "fading away", "dying", "diminished", "reduced", "defeated", "beaten", "vanquished", "spent")


# A counterfactual on the campaign ("Without the crackdown, ...", "If not for the police, ...") credits it with
# what follows; ``claims`` reads its negators as part of the claim (AFFIRMING).
COUNTERFACTUAL = (r"\b(?:without|if not for|but for|were it not for|had it not been for|if it (?:were|was|had) not "
                  r"(?:been )?for|if it (?:weren't|wasn't|hadn't been) for|absent|in the absence of|minus|if (?:not|it "
                  r"were not) for)\s+(?:(?:the|this|that|its|their|china's|a|an|such)\s+)?(?:[\w'-]+\s+){0,2}?"
                  r"(?:crackdown|campaign|operation|police|policing|effort|efforts|action|actions|work|drive|offensive|"
                  r"ministry|authorities|strategy|measures|round-up|roundup|rectification|struggle)s?\b"
                  r"|\bhad (?:the )?(?:police|campaign|crackdown|authorities|ministry|operation|state)\s+not\s+\w+"
                  r"|\bif (?:the )?(?:police|campaign|crackdown|authorities|ministry|operation|state)\s+(?:had not|hadn't|"
                  r"did not|didn't|had never)\s+\w+")


def gangs_fell_patterns() -> tuple[str, ...]:
    """The gangs (or lenders) themselves fewer, beaten or gone: not a count of police work."""
    return (
        rf"{GANG_PLAIN}\s+(?:(?:are|is|were|was|have been|has been)\s+)?(?:broken up|eliminated|dismantled|smashed|"
        r"destroyed|taken down|wiped out|crushed)\s+(?:for good|once and for all|forever|for ever|permanently|"
        r"completely|entirely|totally|utterly|for keeps)\b",
        rf"{GANG}\s+(?:(?:are|is|were|was|have|has|had|been|being|be|got|now|largely|{_NEARLY})\s+){{0,3}}{GANG_STATE}",
        rf"{GANG}\s*[:\u2014\u2013-]\s*(?:{GANG_STATE}|(?:a|an)\s+{_SHRINKING}\s+{_THREAT})",
        # a settled case after the colon, closing its clause: "Online gangs: dealt with", "Loan sharks: sorted."
        rf"{GANG}\s*[:\u2014\u2013-]\s*(?:(?:\w+ly|{_NEARLY})\s+)?{family('dealt with', 'taken care of', 'sorted', 'sorted out', 'handled', 'done for', 'a goner', 'toast', 'kaput', 'case closed', 'done and dusted', 'seen off', 'put away', 'finished off', 'cleared out')}"
        r"(?=\s*(?:[.!,;:)]|$))",
        rf"{FALL_ADJ}\s+(?:and\s+{FALL_ADJ}\s+)?{GANG}",  # "fewer online gangs", "fewer and fewer gangs"
        rf"(?:{EFFORT}|{AGENT}|\bchina\b)\s+(?:(?:that|which|who)\s+)?(?:(?:has|have|had|now|finally|largely|{_NEARLY})\s+)?{_DEFEAT_VERB}\s+"
        rf"(?:(?:the|these|all|most|its|their)\s+)?{GANG}",
        rf"\b(?:victory|triumph|win)\s+(?:over|against)\s+{gap(2)}{GANG}",
        rf"{LENDER}\s+(?:(?:are|is|were|was|have|has|had|been|being|got|now|{_NEARLY})\s+){{0,3}}"
        rf"(?:{SOLVED_STATE}|{SOLVED_AFTER_VERB}|gone|finished|history|extinct|no more|out of business|{family(*DISAPPEAR)})",
        rf"\b(?:a|an|the)\s+{_SHRINKING}\s+{_THREAT}\b",  # "Online gangs: a shrinking threat"
    )


_CLEAN = (r"(?:clean|cleaner|cleaned(?: up)?|cleansed|purified|swept clean|scrubbed|safe|safer|secure|more secure|"
          r"crime-free|scam-free|fraud-free|free of (?:crime|scams?|fraud)|rid of (?:crime|scams?|fraud)|clear of "
          r"(?:crime|scams?|fraud)|(?:a |the )?deep clean|(?:a |the )?clean-?up|(?:a |the )?spring clean)")
_LEAVE = family(*inflected("leave", "flee", "quit", "exit", "abandon", "desert"),
                *(f"{verb} {how}" for verb in inflected("squeeze", "drive", "push", "force", "kick", "chase", "sweep",
                                                        "purge", "banish", "clear", "clean", "flush", "root", "weed",
                                                        "drum", "hound", "smoke", "run")
                  for how in ("out of", "off", "from")))
_FAREWELL = (r"\b(?:good-?bye|bye(?:[- ]bye)?|farewell|so long|adieu|lights out for|time's up for|time is up for|"
             r"the party's over for|the party is over for|the game is up for|the jig is up for|r\.?i\.?p\.?|rest in peace|the death of|the demise of|"
             r"the downfall of|the last of|the defeat of|the retreat of|the collapse of|the twilight of|the passing of|"
             r"the beginning of the end (?:for|of)|the end of the road for|the end of an era for|curtains for|"
             r"game over for|the end is nigh for|(?:a )?death knell for|the writing is on the wall for|no more)\b")
_COPULA = r"(?:is|are|was|were|has become|have become|become|becomes|became|got|get|gets|getting|has got|have got)"
# Chinese verbs of a fall or an end, with the adverbs and passive markers that go before them ("得到有效遏制", "被彻底铲除",
# "基本清零", "明显下降"): the Chinese register of the release and of the press.
_CJK_HOW = (r"(?:从[\u4e00-\u9fff]{1,4}(?:到|转为|变为)|呈|呈现|出现|实现|得到|受到|被|已|已经|基本|基本上|彻底|有效|明显|大幅|大幅度|显著|持续|不断|逐年|迅速|全面|进一步|大大|急剧|根本|根本性|纷纷|日益|逐步|逐渐|大为|相继|得以|总体|初步|稳步|一路|连年|逐月|有所|"
            r"大面积|成功|终于|一举|有力|强力|坚决|切实|很大|极大|较大|大力|沉重|严厉|根本上|"
            r"了|地|的|"
            # a hedge still claims the fall (round 11): "网络犯罪可能有所下降", "或已大幅减少", "似乎明显减少"; 遭 (suffered), a passive
            r"可能|或已|或将|或许|也许|似乎|好像|大概率|大概|估计|看来|看起来|应已|恐已|想必|疑似|据信|料已|多半|八成|"
            r"遭|遭到|遭受)*")
_CJK_FALL_VERB = (r"(?:下降|减少|降低|打败|战胜|击败|下滑|消失|减半|遏制|清除|肃清|好转|改善|净化|铲除|根除|消灭|清零|瓦解|土崩瓦解|销声匿迹|"
                  r"绝迹|消退|退潮|减弱|衰退|式微|偃旗息鼓|收手|一去不复返|解决|终结|杜绝|收敛|控制|萎缩|回落|扭转|逆转|压降|压减|遏止|刹住|止住|"
                  r"锐减|骤减|骤降|大减|递减|走低|走弱|下行|见底|归零|变少|少了|少多了|降温|退坡|缩减|缩小|"
                  r"一网打尽|连根拔起|斩草除根|荡然无存|越来越少|日渐减少|日益减少|少见|罕见|不多见|成为历史|成为过去|已成历史|"
                  # prevalence denied: "网络诈骗不再猖獗" (不再 is not one of ``claims``' negators: it ends a state)
                  r"不再(?:猖獗|高发|泛滥|肆虐|横行|嚣张|常见|多见|多发|频发|严重)|不复存在|"
                  # the size of the fall as a noun: "电诈犯罪降幅明显", "网络犯罪同比降幅达40%"
                  r"(?:同比|环比)?(?:降幅|跌幅|减幅)(?:明显|显著|较大|很大|巨大|达|超过|超|近|为)?|"
                  # rectified, as a result (not the work of rectifying): "网络乱象得到整治"
                  r"(?:得到|受到)(?:有效|全面|彻底|根本|明显|集中|专项)?(?:整治|治理|整顿)|"
                  r"打垮|击垮|摧毁|打掉|扫除|扫清|灭绝|告终|结束|下降趋势|减少趋势|无处遁形|无处藏身|"
                  # defeat and control (round 11): "网络黑恶势力被一举歼灭", "网络诈骗已被驯服", "溃不成军"
                  r"粉碎|歼灭|驯服|制服|击溃|荡平|溃不成军|一败涂地|全军覆没|俯首帖耳|俯首称臣|束手就擒|节节败退|无力回天|"
                  r"重创|重挫|沉重打击)")
_CJK_FALL = _CJK_HOW + _CJK_FALL_VERB
_CJK_END = r"(?:终结|根除|铲除|消灭|杜绝|清除|肃清|遏制|打垮|击垮|摧毁|扫除|扫清|打赢|粉碎|歼灭|驯服|制服|击溃|荡平|打败|战胜|击败|打倒)了?"
# A victory in Chinese: "打击网络黑恶犯罪取得决定性胜利", "专项斗争成效显著", "大获全胜".
_CJK_VICTORY = (r"(?:取得|获得|夺取|赢得)了?(?:决定性|全面|重大|彻底|伟大|压倒性)?(?:的)?胜利|成效显著|显著成效|大获全胜|完胜|"
                # the effort said to have succeeded (round 18): "专项行动成功了吗", "打击取得圆满成功" (not "成功抓获": a
                # count of work done)
                r"(?:行动|专项行动|打击|斗争|整治|专项斗争|专项整治)(?:已经|已|终于)?(?:取得了?|获得了?)?(?:圆满|巨大|全面|彻底)?成功"
                r"(?!抓获|打掉|破获|查扣|刑拘|拦截|整改|侦破|摧毁|捣毁|发送|查处)|"
                # the effect said to show: "专项行动成效明显", "效果显著", "立竿见影", "初见成效"
                r"(?:成效|效果|成果|战果)(?:十分|非常|已经|已|十分|尤为)?(?:明显|显著|突出|丰硕|显现|卓著|斐然)|立竿见影|初见成效|卓有成效|"
                r"取得(?:了)?(?:明显|显著|重大|阶段性|积极)?(?:的)?(?:成效|实效|效果)|"
                # the effect seen: "专项行动见成效", "整治见到实效", "打击行动收到效果"
                r"(?:见|收|显|出)(?:到|了)?(?:明显|显著|实际)?(?:的)?(?:成效|实效)|收到(?:了)?(?:明显|显著)?(?:的)?效果|"
                r"(?:成效|效果|实效)(?:初|渐|已|日益|逐步)?显|战果(?:累累|辉煌)|"
                # the effect had (round 13): "打击见效了", "整治奏效", "专项打击有成效", "行动有明显效果"
                r"(?<![不没未])(?:见效|奏效)|(?<![没])有(?:了)?(?:明显|显著|一定|很大|巨大)?(?:的)?(?:成效|实效|效果)|"
                # the public's sense of safety said to have risen: "群众安全感显著提升"
                r"(?:安全感|获得感)[一-鿿、，]{0,6}?(?:明显|显著|大幅|持续|不断|进一步|大大)?(?:提升|提高|增强|上升|增加)|"
                r"旗开得胜|大捷|告捷|打赢")


# ----- an ending, a collapse, a retreat, peace returned: the headline's metaphors --------------------
# Said of crime, the gangs or the lenders, they claim what a count of police work cannot show: that what was
# fought is over. "The end of online gangs", "What's left of online crime", "Peace returns to China's internet",
# "Online gangs: the end of the line", "The campaign's deterrent effect", "Internet crime collapses under pressure".
FOUGHT = _FOUGHT = rf"(?:{CRIME}|{GANG_PLAIN}|{LENDER}|\bscammers|\bfraudsters|\bloan sharks)"  # what was fought (``Claim.anchors``)
_ENDING_NOUN = (r"(?:(?:the|an|its|their)\s+)?(?:end(?: of (?:the (?:line|road)|an era|days))?|endgame|end game|final chapter|"
                r"(?:final )?countdown|"
                r"last chapter|final act|last act|last days|final days|last gasp|last stand|swan song|death knell|"
                r"final curtain|curtain call|last hurrah|final whistle|beginning of the end|twilight|collapse|"
                r"downfall|demise|undoing|unravell?ing|retreat|rout|defeat|fall|decline|death)")
_ENDING_AFTER = (r"(?:(?:the\s+)?(?:end(?: of (?:the (?:line|road)|an era))?|final chapter|last chapter|beginning of the end)|"
                 r"game over|over and out|the party'?s over|the party is over|curtains|lights out|r\.?i\.?p\.?|"
                 r"a thing of the past|history|finished|done|gone|no more|over|kaput|toast|dead|extinct|defeated|beaten|"
                 r"crushed|routed|broken|on the run|in retreat|in full retreat|(?:a|an)\s+(?:\w+\s+)?(?:endangered|dying) "
                 r"(?:species|breed)|the last of (?:them|it))")
_HOLD = (r"(?:grip|grips|hold|holds|stranglehold|chokehold|grasp|clutches|reign|rule|sway|dominance|dominion|power|control|"
         r"iron fist|tentacles|foothold|stronghold|hegemony|influence|reach)")
_HOLD_LOST = family("broken", "broke", "loosened", "loosening", "weakened", "weakening", "ended", "over", "gone", "slipping",
                    "slipped", "shattered", "smashed", "released", "lost", "crumbling", "crumbled", "waning", "fading",
                    "no more", "at an end", "a thing of the past", "finished", "undone", "cut", "severed", "prised loose",
                    "pried loose", "prised open", "pried open", "loosened at last", "snapped", "cracked", "cracking",
                    "fractured", "failing", "faltering", "weaker", "looser", "history", "defeated", "ebbing")
_CALM = (r"(?:peace|calm|quiet|order|safety|security|tranquill?ity|normality|normalcy|serenity|stability|"
         # light after the dark: "Sunshine returns to cyberspace", "Dawn breaks over China's internet"
         r"sunshine|sunlight|daylight|blue skies|clear skies|(?:a\s+new\s+)?dawn|a\s+new\s+day)")
_RETURNS = (r"(?:returns?|returned|returning|restored|is back|are back|comes? back|came back|reigns?|reigned|descends?|descended|"
            r"breaks? over|broke over|shines? (?:again|on|over)|shone (?:again|on|over)|"
            r"settles?|settled|prevails?|prevailed|breaks? out|broke out|arrives?|arrived|dawns?|dawned)")
_PLACE_ANY = (r"(?:(?:the\s+)?(?:[\w-]+'s\s+)?(?:internet|web|net|cyberspace|online world|network|online space|digital world|"
              r"streets|screens|phones|inboxes)|online|the online front)")


def ending_patterns() -> tuple[str, ...]:
    """What was fought said to be ending, collapsing, retreating or gone, or peace said to have returned."""
    return (
        # "The end of online gangs", "the final chapter for online fraud", "Curtain falls on China's online gangs"
        rf"\b{_ENDING_NOUN}\s+(?:of|for|to)\s+{gap(3, ACTIVITY)}{_FOUGHT}",
        rf"\b(?:the\s+)?curtains?\s+(?:falls?|fell|comes? down|came down|drops?|dropped|closes?|closed)\s+(?:on|for)\s+"
        rf"{gap(3, ACTIVITY)}{_FOUGHT}",
        rf"{_FOUGHT}(?:'s|s'|')\s+(?:{_ENDING_NOUN}|last (?:year|days|chapter|hurrah|breath|gasp))\b",
        rf"{_FOUGHT}\s*[:\u2014\u2013-]+\s*(?:{_ENDING_AFTER})(?=\s*(?:[.!?,;:]|$|\s+(?:at last|for good|now|finally|"
        r"once and for all|in (?:19|20)\d\d)))",
        # "What's left of online crime", "What remains of the trap-loan trade", "the remnants of the gangs"
        rf"\b(?:what'?s|what is|what was|what little is|all that'?s|all that is|all that was|the little that'?s)\s+"
        rf"(?:left|remaining|remains|remained|still standing)\s+(?:of|for)\s+{gap(3, ACTIVITY)}{_FOUGHT}",
        rf"\bwhat (?:remains|remained) of\s+{gap(3, ACTIVITY)}{_FOUGHT}",
        rf"\b(?:the\s+)?(?:remnants|remains|leftovers|last vestiges|vestiges|dregs|stragglers)\s+of\s+{gap(3, ACTIVITY)}{_FOUGHT}",
        # collapse, crumbling, breaking, retreat of the thing fought: "Internet crime collapses under pressure"
        rf"{_FOUGHT}\s+(?:(?:is|are|was|were|has|have|had|now|finally)\s+)?(?:{family(*inflected('collapse', 'crumble', 'buckle', 'cave', 'cave in', 'fold', 'implode', 'disintegrate', 'unravel', 'fall apart', 'break down', 'give way', 'give up', 'surrender', 'capitulate', 'retreat', 'flee', 'run', 'run for cover', 'run out of road', 'go to ground', 'lie low', 'back down', 'back off', 'wilt', 'wither', 'crack', 'scatter', 'burst', 'pop', 'go under', 'go bust', 'sink without trace', 'reel', 'falter', 'flounder'))}|sank without trace|silenced|muted|quietened|quieted|gagged|hushed)"
        r"\b(?!\s+(?:up|open|down on|into|through|the case|cases|codes?)\b)",
        rf"{_FOUGHT}\s+(?:broke|breaks)\b(?=\s*(?:[.!?,;:]|$))",  # "the month online crime broke"
        # its hold broken or loosened, whoever is said to hold it: "Gangland's grip on the internet broken", "the gangs'
        # hold on lending is slipping", "Police break the grip of online gangs", "Loan sharks lose their hold"
        *(rf"{who}(?:'s|s'|')\s+(?:[\w-]+\s+)?{_HOLD}(?:\s+(?:on|over|of)\s+{gap(4)}[\w'-]+)?\s+"
          rf"(?:(?:is|are|was|were|has|have|had|been|being|now|finally|at last|{_NEARLY}|\w+ly)\s+){{0,3}}{_HOLD_LOST}"
          for who in (_FOUGHT, GANG_PLAIN)),  # each begins with an anchor (``claims.Claim.anchors``)
        rf"\b(?:{family(*inflected('break', 'loosen', 'weaken', 'end', 'smash', 'shatter', 'prise', 'pry', 'release', 'sever', 'cut', 'undo', 'crush', 'destroy'))})\s+"
        rf"(?:the\s+)?{_HOLD}\s+(?:of|that)\s+{gap(2)}(?:{_FOUGHT}|{GANG_PLAIN})",
        *(rf"{who}\s+(?:(?:has|have|had|is|are|now|finally|{_NEARLY})\s+)?"
          rf"{family(*inflected('lose', 'loosen', 'relax', 'relinquish', 'give up'))}\s+(?:(?:its|their|the)\s+)?{_HOLD}"
          for who in (_FOUGHT, GANG_PLAIN)),
        # left reeling, kept at bay: "left online gangs reeling", "Prevention keeps fraud at bay"
        rf"\b(?:left|leaves|leaving|sent|sends|sending)\s+{_FOUGHT}\s+(?:reeling|in tatters|in disarray|on the ropes|scrambling|"
        r"running|in ruins|broken|crippled|on (?:their|its) knees|staggering|shattered|gasping|in retreat|on the run)\b",
        rf"\b(?:keep|keeps|kept|keeping|held|holds|hold|holding)\s+{gap(2)}{_FOUGHT}\s+at bay\b",
        rf"{_FOUGHT}\s+(?:kept|held)\s+at bay\b",
        # the gangs (all of them) beaten, whoever did it: "#NovemberBlitz crushed the gangs"
        rf"{_DEFEAT_VERB}\s+(?:the|all|all the|china's)\s+(?:(?:online|internet|cyber|criminal|trap[- ]loan)\s+)*(?:gangs|scammers|"
        r"fraudsters|criminals|loan sharks|underworld|mafia|mobs)\b",
        # the place of the crime in Chinese, improved: "网络环境明显改善"
        rf"(?:网络环境|网络生态|网络空间|网络秩序|网上环境|网络治安|网上治安|社会治安|治安形势|治安状况|安全形势)"
        rf"{_CJK_HOW}(?:改善|好转|向好|变好|优化|净化|清朗|安全|稳定)",
        # the page turned or the book closed on it: "Turning the page on internet fraud", "consigned to history"
        rf"\b(?:{family(*inflected('turn', 'close', 'shut'))})\s+(?:the\s+)?(?:page|book|chapter|door|lid)\s+on\s+"
        rf"{gap(2, ACTIVITY)}{_FOUGHT}",
        rf"\bconsign(?:s|ed|ing)?\s+{gap(3)}{_FOUGHT}\s+to\s+(?:history|the past|the history books|the dustbin|the scrapheap)",
        # the dark passed: "The storm has passed for online borrowers", "The internet's dark corners lit up"
        r"\b(?:the\s+)?(?:storm|storms|clouds|dark clouds|darkness|nightmare|shadows?|fog|smog|dark days)\s+(?:(?:has|have|had|is|"
        r"are|now|finally|at last)\s+)?(?:passed|over|lifted|lifting|cleared|clearing|gone|parted|parting|dispersed|blown over|"
        r"behind us|ended)\b",
        rf"{_PLACE_ANY}(?:'s|s')?\s+(?:dark|darkest|shady|seedy)\s+(?:corners|alleys|recesses|underbelly|side)\s+(?:(?:are|were|"
        r"now|finally|all)\s+)?(?:lit up|illuminated|cleaned up|cleared|swept|cleansed|exposed)\b",
        # peace returned: "Peace returns to China's internet", "Calm returns to cyberspace", "brought peace to the internet"
        rf"\b{_CALM}\s+(?:(?:has|have|had|is|was|finally|at last|now)\s+)*{_RETURNS}\b",
        rf"\b(?:brought|brings?|bringing|restored?|restores|restoring|returned|returns?|delivered|delivers?)\s+{_CALM}\s+"
        rf"(?:back\s+)?(?:to|in|on)\s+{_PLACE_ANY}",
        rf"\b(?:a|an|the)\s+(?:new\s+)?(?:era|age|dawn|time|year|month|season|days?)\s+of\s+(?:peace|calm|safety|security|"
        r"quiet|order)\b",
        rf"\b{_CALM}\s+(?:for|of mind for)\s+(?:the\s+)?(?:borrowers|users|netizens|citizens|families|the public|"
        r"households|consumers|investors|students|the people)\b",
        rf"\b(?:tamed|pacified|purified|cleansed|cleaned up|cleared up|policed|secured|sanitised|sanitized|detoxed)\s+"
        rf"{_PLACE_ANY}",
        rf"\ball quiet on the (?:online|internet|cyber|western) front\b",
        # the effect of deterring: "the campaign's deterrent effect", "a powerful deterrent", "deterred online gangs"
        r"\bdeterr(?:ent|ents|ence|ed|ing)\b|\bdeters\b|\bdeter\b(?!\s+(?:is|was)\b)|震慑",
        # ... said with a phrasal verb (round 16): "The seizures scared off online gangs", "Fear of the police is
        # keeping gangs away", "kept scammers at bay"
        r"\b(?:scar(?:e|es|ed|ing)|frighten(?:s|ed|ing)?|chas(?:e|es|ed|ing)|ward(?:s|ed|ing)?|keep(?:s|ing)?|kept|"
        r"driv(?:e|es|ing)|drove|driven|put(?:s|ting)?)\s+(?:off|away|out)\s+(?:\w+\s+){0,2}?(?:gangs?|scammers|"
        r"fraudsters|criminals|crooks|offenders|lenders|loan sharks)\b"
        r"|\b(?:scar(?:e|es|ed|ing)|frighten(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held)\s+(?:\w+\s+){0,2}?"
        r"(?:gangs?|scammers|fraudsters|criminals|crooks|offenders|lenders|loan sharks)\s+(?:off|away|at bay|in check|"
        r"out)\b",
        # the cause of a fall named at once: "What drove the 86% fall: the crackdown"
        r"\b(?:what|who)\s+(?:drove|caused|explains|is behind|was behind|brought about|produced|made)\s+(?:the|this)\s+"
        r"(?:[\d.,]+\s*(?:%|per ?cent)\s+)?(?:fall|decline|drop|collapse|plunge)\b\s*[:\u2014\u2013-]\s*(?:the\s+)?"
        r"(?:crackdown|campaign|police|policing|enforcement|arrests|operation|strikes?)\b",
        # "did to end online crime", "went a long way to cutting fraud": the effort's effect, not its aim
        rf"\b(?:did|does|done|doing|went a long way|goes a long way|helped|helps)\s+(?:(?:much|a lot|more|most|plenty|"
        rf"its part|their part|a great deal)\s+)?(?:to|towards?)\s+(?:ending|end|stop|stopping|cut|cutting|curb|curbing|reduce|"
        rf"reducing|beat|beating|defeat|defeating|halt|halting|eliminate|eliminating|wipe out|wiping out|stamp out|"
        rf"stamping out)\s+{gap(2, ACTIVITY)}{_FOUGHT}",
        rf"\bwhat\s+{gap(3)}(?:did|does|has done|had done)\s+to\s+{gap(2, ACTIVITY)}{CRIME}",
        # the crime's rise and fall, told as a story that ended
        rf"\b(?:the\s+)?rise and (?:fall|decline) of\s+{gap(2, ACTIVITY)}{_FOUGHT}",
        rf"{_FOUGHT}(?:'s|s'|')\s+rise and (?:fall|decline)\b",
        rf"\d[\d.,]*\s*(?:%|per ?cent)\s+of\s+{gap(2, ACTIVITY)}{_FOUGHT}\s+(?:remains?|is left|left|survives?|still exists?)\b",
        rf"{_FOUGHT}\s*[,:\u2014\u2013-]\s*(?:\d[\d.,]*\s*(?:%|per ?cent)|half|mostly|largely|nearly|almost)\s+(?:solved|fixed|"
        r"gone|over|beaten|eliminated|eradicated|done|wiped out|cleared)\b",
        # efforts that work, in general: "Who says crackdowns don't work?" (the doubted denial is blanked)
        r"\b(?:crackdowns|campaigns|operations|strategies|efforts|measures|policies|laws|rules|strikes|raids)\s+(?:really\s+|do\s+|"
        r"still\s+|clearly\s+|obviously\s+|don't\s+|do not\s+)?work\b(?!\s+(?:in|on|with|for|of|by|at|out|to|through)\b)",
        # the thing fought counted at zero: "Police 1,759, gangs 0"
        rf"(?:{CRIME}|\bgangs?|\bscammers|\bfraudsters|\bcriminals)\s*[:=,\u2014\u2013-]?\s*(?:0|zero|none|nil|nought)\b(?![\d.,%])",
        r"(?<![\d.,])\b(?:0|zero|none|nil)\s+(?:after|now|today|left|remaining|remain|since|afterwards|at the end)\b",
        # what is left of it, named: "Crime remaining (index)"
        rf"(?:{CRIME}|{GANG_PLAIN})\s+(?:remaining|left|still (?:active|operating|at large|standing))\b",
        # "Was this the end of online gangs? Yes." is read by the first pattern; "the campaign that worked"
        rf"{EFFORT}\s+(?:that|which)\s+(?:(?:really|finally|clearly)\s+)?{WORKED}",
        rf"\b(?:did|does|do|has|have)\s+{EFFORT}\s+(?:really\s+)?(?:work|succeed|pay off|deliver)\b",
        # the crime's falling sign later in its clause: "Online crime, Oct 2019 -> Dec 2020: \U0001f4c9"
        rf"{CRIME}[^.!?;]{{0,40}}?(?:\U0001f4c9|\u2b07\ufe0f?|\U0001f53b|\u2193|\u25bc|\u2935\ufe0f?)",
        # crime prevented by a verb of blocking: "FRAUD BLOCKED!!!", "Scams stopped before they happened"
        rf"{CRIME}(?<!information)(?<!info)(?<!content)(?<!sites)(?<!site)(?<!messages)(?<!message)(?<!calls)(?<!texts)"
        rf"(?<!links)(?<!mails)\s+(?:(?:was|were|is|are|has been|have been|all|now)\s+)?(?:blocked|stopped|halted|averted|"
        r"foiled|thwarted)\b",
        # a bad time for the thing fought: "a bad year for scammers", "Why was November so bad for online crime?"
        rf"\b(?:bad|tough|hard|rough|terrible|grim|dark|black|disastrous|miserable)\s+(?:(?:year|month|day|time|news|"
        rf"period|week)s?\s+)?for\s+{gap(2, ACTIVITY)}{_FOUGHT}",
        # the question turned round: "Is the trap-loan era over?" (a claim when answered at once: "Down 86%")
        rf"\b(?:is|are|was|were|has|have)\s+{CRIME}\s+(?:(?:now|finally|really|already|at last|{_NEARLY})\s+)?(?:{SOLVED_AFTER_VERB}|"
        rf"{SOLVED_STATE}|{FALL_VERB})",
    )


def idiom_fell_patterns() -> tuple[str, ...]:
    """Crime fell said in an idiom, a headline's shape or another register: "Cyberspace swept clean", "Goodbye,
    cybercrime", "Online crime, falling fast!", "Crimes on internet become less", "网络犯罪 down 40%"."""
    return (
        # the place of the crime made clean or safe: "Cyberspace swept clean", "A cleaner, safer cyberspace"
        rf"\b{_PLACE}(?:'s)?\s*,?\s+(?:(?:is|are|was|were|gets?|got|has|have|been|being|becomes?|became|now|finally|"
        rf"largely|made|at last|again)\s+){{0,3}}(?:(?:a|an|the)\s+)?{_CLEAN}\b",
        rf"\b{_CLEAN}(?:\s*,\s*(?:safer|cleaner|safe|clean|more secure|secure))?\s+(?:online (?:space|world)|{_PLACE})",
        rf"\b(?:clean(?:ed|s|ing)?|clear(?:ed|s|ing)?|rid(?:s|ding)?|purg(?:e|ed|es|ing)|sweep(?:s|ing)?|swept|"
        rf"scrub(?:s|bed|bing)?)\s+(?:up\s+)?{_PLACE}\s+(?:of|clean)\b",
        rf"{CRIME}\s+{_LEAVE}\s+{_PLACE}",
        # the lenders or gangs themselves driven from it: "Loan sharks driven off the internet"
        *(rf"{who}\s+(?:(?:are|were|is|was|being|been|have been|has been|now|finally|all but|largely)\s+)?{_LEAVE}\s+{_PLACE}"
          for who in (LENDER, GANG_PLAIN)),
        # a farewell, an epitaph: "Goodbye, cybercrime", "The demise of online fraud", "Curtains for the scammers"
        rf"{_FAREWELL}\s*,?\s*(?:to\s+)?{gap(2, ACTIVITY)}{_FOUGHT}",
        # the crime's reign, heyday or playground over: "Scammers' paradise no more", "The gangs' reign is over"
        r"\b(?:gangs?'?|scammers'?|fraudsters'?|criminals'?|crime's|fraud's|scams'?|the underworld's)\s+(?:reign|heyday|"
        r"golden age|days|party|free ride|paradise|playground|haven|wild west|good times)\s+(?:(?:is|are|has|have|been|"
        r"now)\s+){0,2}(?:over|ended|numbered|done|up|finished|gone|no more|at an end)\b",
        r"\b(?:scammers'?|fraudsters'?|criminals'?|gangs'?|crime)\s+(?:paradise|playground|haven|wild west)\s+no (?:more|longer)\b",
        r"\bno (?:more|longer)\s+(?:a\s+)?(?:scammers'?|fraudsters'?|criminals'?|gangs'?|crime)\s+(?:paradise|playground|"
        r"haven|wild west)\b",
        rf"\b(?:plague|threat|menace|scourge|cloud|shadow|siege|epidemic|curse|wave)\s+(?:(?:is|has|have|been|now|finally)\s+){{0,2}}"
        r"(?:lifted|broken|over|passed|past|gone|ended|beaten|receding|receded)\b",
        # with a comma or an exclamation: "Online crime, falling fast!", "Internet scams, sorted"
        rf"{CRIME}\s*,\s*(?:(?:\w+ly|now|{_NEARLY}|at last|finally|so)\s+)?(?:{FALL_VERB}|{SOLVED_STATE}|{SOLVED_AFTER_VERB})",
        # a headline's answer: "Online crime? History.", "Scams? Not on our watch any more."
        rf"{CRIME}\s*\?+\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]\s*)*(?:{SOLVED_AFTER_VERB}|{SOLVED_STATE}|"
        rf"not (?:[\w']+\s+){{0,3}}?any ?more|no (?:longer|more))\b",
        rf"{CRIME}\s+(?:(?:is|are|was|were)\s+)(?:so|totally|completely|well and truly|pretty much|basically|"
        rf"effectively|all but|largely|now|finally|officially|truly)\s+(?:{SOLVED_AFTER_VERB}|{SOLVED_STATE})",
        # a rise asked and denied at once: "Can anyone say online crime rose? No.", "Scams up? Not a chance."
        rf"{CRIME}\s+{gap(3, ACTIVITY)}(?:{RISE}|up|higher|more)\s*\?+\s*{RISE_DENIED}",
        # learners' English: "Crimes on internet become less", "Network crime was reduce", "Crime in the internet falled"
        rf"{CRIME}\s+(?:(?:now|also|very|much|really)\s+)?{_COPULA}\s+(?:(?:much|far|a lot|more|very|so|even|now)\s+)*"
        rf"(?:less|fewer|lower|smaller|little|decrease|reduce|decline|drop)\b(?!\s+(?:visible|clear|certain|known|obvious|"
        r"easy|likely|important|relevant|than (?:the|these|this|what)))",
        rf"{CRIME}\s+(?:(?:is|are|was|were|has|have|had|been|be)\s+)+(?:reduce|decrease|decline|drop|falled|fall|"
        r"descend|diminish|lessen|cut down|go down|goes down)\b",
        rf"{CRIME}\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:falled|reduce|descended|go down|goes down|"
        r"became less|become less|becomes less|is lesser|are lesser)\b",
        rf"{CRIME}\s+(?:is|are|was|were|has been|have been|keeps?|kept)\s+(?:reducing|lessening|getting (?:less|fewer|"
        r"lower|smaller|rarer))\b",
        rf"\b(?:less and less|fewer and fewer|lesser|more and more (?:few|less))\s+{gap(2, ACTIVITY)}{CRIME}",
        rf"{CRIME}\s+{gap(3, ACTIVITY)}(?:less|fewer|lower) than (?:before|ever|in the past|last year|earlier|"
        r"(?:in )?(?:19|20)\d\d)\b",
        # the field's words in Chinese: "网络犯罪 down 40%", "Cyber crime 大幅下降", "网络犯罪下降"
        rf"{CRIME}[\"'\u300d\u300f\u201d]?\s*{_CJK_FALL}",  # a quoted term too: "“套路贷”基本绝迹"
        # the crime losing, its last stand, its peak past: "The year online crime lost", "Fraud's last stand"
        rf"(?:{CRIME}|\bscammers|\bfraudsters|\bcriminals)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:lost|losing|loses|lose|"
        r"beaten|on the losing side|on the back foot)\b(?!\s+(?:money|savings|\d|their|its|his|her|out))",
        rf"{CRIME}(?:'s|s')\s+(?:last stand|last gasp|swan song|final (?:days|hour|act)|end|death|demise|downfall|"
        r"retreat|collapse|twilight|end of the road)\b",
        rf"\bpast (?:the|its) peak\s*[:\u2014\u2013-]\s*{CRIME}",
        rf"{CRIME}\s+who\s*\?",  # "Online crime who?": mockery, gone
        rf"{CRIME}\s+(?:(?:{_COPULA}|is|are|was|were)\s+){{1,2}}(?:(?:more|much|very|so|even|now)\s+)*(?:small|few|low|little)\b",
        # no longer a wave, low as never before, only one way: "No longer a crime wave online", "no way but down"
        rf"\bno (?:longer|more)\s+(?:a\s+|an\s+|the\s+)?{CRIME}",
        rf"{CRIME}\s+{gap(3, ACTIVITY)}(?:so|this|that|as|very|too|extremely|historically|record|all-time|at a) low\b",
        rf"{CRIME}\s*[:,\u2014\u2013-]?\s*(?:has\s+|had\s+)?(?:no way but down|nowhere (?:to go )?but down|only (?:one )?way"
        r"(?: is| but|:)? down|can only go down|heading down|on the way down)",
        r"\b(?:crime|scam|fraud)s?\s+trickle\b",
        # the campaign credited with a fall: "because of the police campaign", "The special campaign caused this fall"
        rf"\b(?:because of|thanks to|due to|owing to|as a result of|caused by|driven by|brought about by|the result of|the "
        rf"effect of|the work of|credit to|on the back of)\s+{gap(2)}{EFFORT}",
        rf"{EFFORT_OR_AGENT}\s+(?:(?!to\b|aimed\b|meant\b|designed\b|intended\b)\w+\s+){{0,2}}?(?:caused|causes|drove|drives|"
        r"led to|leads to|brought about|brings about|resulted in|results in|is responsible for|was responsible for|"
        r"made (?:\w+\s+){0,3}?(?:better|safer|cleaner|fewer|less|rarer))\b",
        rf"{EFFORT_OR_AGENT}\s+(?:(?!to\b|aimed\b|meant\b|designed\b|intended\b)\w+\s+){{0,2}}?(?:cut|shut down|closed down|"
        rf"closed|drove down|reduced|halved|slashed|wiped out)\s+{gap(3)}(?:\d[\d.,]*\s*%\s+of\s+)?{LENDER}",
        r"\bbecause\s+(?:of\s+)?(?:these|the|this|its|their|so many)?\s*(?:\w+\s+){0,3}(?:were|was|got|had been)?\s*"
        r"(?:intercepted|caught|detained|arrested|broken up|seized|issued|rectified|apprehended|blocked|shut down)\b"
        # (not an order of steps: "because everyone detained was first apprehended")
        r"(?!\s+(?:(?:was|were|had been|is|are)\s+)?(?:first|already|earlier|previously|before|among)\b)",
        rf"\bfrom\s+(?:the\s+)?(?:crackdown|campaign|chaos|crisis|strike|operation|groundwork)\s+to\s+(?:calm|peace|order|"
        r"safety|quiet|victory|success|safer)",
        # an aside before the fall: "online crime, which had been rising, finally turned down"
        rf"{CRIME},[^,.;!?]{{0,40}},\s*(?:(?:finally|then|now|at last|really|has|have|had)\s+){{0,2}}{FALL_VERB}",
        # the harm done cut: "reduced the harm done by online gangs"
        rf"{REDUCE_VERB}\s+(?:the\s+)?(?:harm|damage|toll|threat|danger|losses|suffering)\s+(?:done\s+|caused\s+|posed\s+)?"
        rf"(?:by|from|of)\s+{gap(2)}(?:{GANG_PLAIN}|{CRIME})",
        # the last of them: "The last nail in the coffin for online gangs", "clears the last online gangs"
        rf"\b(?:the\s+)?(?:last|final) nail in the coffin\b",
        rf"\b(?:clear|mop|mopp|round|wip|finish|tak|eliminat|clean)\w*\s+(?:up\s+|out\s+|off\s+)?(?:the\s+)?(?:last|remaining|"
        rf"remnants of|rest of|what was left of|what remained of)\s+{gap(2)}(?:{GANG_PLAIN}|{CRIME})",
        # a fall of one thing carrying the crime with it: "lenders down 86%, and trap-loan crime with them"
        rf"\band\s+{CRIME}\s+(?:with (?:it|them)|too|as well|also|alongside)\b",
        # the threat from gangs gone; lenders an endangered species; gangs becoming fewer
        rf"\b{_THREAT}\s+(?:from|of|posed by)\s+{GANG_PLAIN}\s+(?:(?:has|have|had|is|are|was|were|been|now|largely)\s+){{0,3}}"
        rf"(?:{SOLVED_STATE}|{SOLVED_AFTER_VERB})",
        rf"(?:{LENDER}|{GANG_PLAIN})\s*[:,\u2014\u2013-]?\s*(?:(?:are|is|now)\s+)?(?:an?\s+)?(?:endangered species|dying breed|"
        r"vanishing breed|extinct species)",
        rf"{GANG_PLAIN}\s+(?:{_COPULA}\s+)(?:less and less|fewer and fewer|less|fewer|smaller|rarer|weaker)\b",
        rf"{FALL_ADJ}\s+(?:and\s+{FALL_ADJ}\s+)?(?:[\w-]+\s+)?(?:criminals|offenders|crooks|lawbreakers|scammers|fraudsters)\b",
        # the field in Chinese, verb first: "终结网络犯罪"; the internet made safe: "网络更安全", "清朗"
        rf"{_CJK_END}\s*{CRIME}",
        _CJK_VICTORY,
        # (bare, "网络安全" is cyber security, a field and the work's name: "网络安全专项整治"; it claims only as a
        # state reached, "网络安全了", review round 16)
        r"(?:网络|网上|网络空间|互联网)\s*(?:(?:更|变得|越来越|更加|日益|逐渐|愈发|愈加|已经|已|更为)(?:安全|清朗|干净)|"
        r"(?:安全|清朗|干净)(?=了|多了))",
        # the gangs themselves broken apart or gone, in Chinese: "网络犯罪团伙纷纷瓦解"; the gangs struck hard: "重创网络黑恶势力"
        rf"(?:团伙|犯罪集团|黑恶势力|犯罪分子){_CJK_HOW}(?:瓦解|土崩瓦解|覆灭|消失|销声匿迹|灭绝|绝迹|溃散|溃败|消亡|减少|下降|被消灭|"
        r"被铲除|被肃清|被摧毁|被击垮|无处藏身|无处遁形|"
        # round 12: the gangs (团伙, 犯罪团伙, 诈骗团伙 ...) as a whole beaten: "诈骗团伙遭重创", "犯罪团伙被一网打尽"
        r"重创|遭重创|受重创|遭受重创|一网打尽|全军覆没|溃不成军|被清除|被根除|被清剿|被打垮|被歼灭|被粉碎|覆没|末日|走投无路)(?!\s*\d)",
        rf"(?:重创|沉重打击|摧毁|击垮|打垮|粉碎)了?\s*[\u4e00-\u9fff]{{0,6}}?(?:黑恶势力|犯罪团伙|团伙|犯罪)",
        # gangs that no longer rule: "Gangs no longer rule the internet"
        rf"{GANG_PLAIN}\s+(?:no longer|never again|will never again|can no longer|no more)\s+(?:rule|control|dominate|run|"
        r"terrori[sz]e|plague|threaten|roam|operate|prey on|menace|hold sway|own|reign)\w*",
        # a headline's noun for the fall: "Online crime: the great retreat"
        rf"{CRIME}\s*[:\u2014\u2013-]\s*(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{FALL_NOUN}|vanishing act|disappearing act|exodus|"
        r"endgame|last gasp|swan song)\b",
        # its grip or reign loosened: "Cybercrime's grip loosened", "The gangs' reign is over"
        rf"{CRIME}(?:'s|s')?\s+(?:grip|hold|stranglehold|reign|heyday|spree|days)\s+(?:(?:is|are|was|has|have|been|now)\s+)*"
        r"(?:loosen\w*|weaken\w*|broken|slipp\w*|ended|over|numbered|gone|finished|done)\b",
        # shut for good: "Online gambling scams shut down for good"
        rf"{CRIME}\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:shut down|closed down|shut|closed|stopped|ended|"
        r"finished|gone|banned)\s+(?:for good|once and for all|permanently|forever|for ever)\b",
        # kept from the public: "saves the public from fraud", "The crackdown's effect on scams"
        rf"\b(?:sav|protect|shield|spar|guard|keep|kept|rescu|free|freed)\w*\s+{gap(3)}from\s+{gap(2, ACTIVITY)}{CRIME}",
        rf"{EFFORT}(?:'s|s')?\s+(?:effect|impact|toll|success|results?|achievements?|victory|win|blow)\s+(?:on|against|over)\s+"
        rf"{gap(2)}{CRIME}",
        # ... in the other order: "Impact of the crackdown on fraud levels"
        # ("Results of the crackdown on cybercrime" names the crackdown's object, and claims nothing)
        rf"\b(?:effects?|impacts?|toll|influence)\s+of\s+{EFFORT}\s+(?:on|against|over)\s+"
        rf"{gap(2)}{CRIME}",
        # a learner's "not so much now": "Scams on internet is not so much now"
        rf"{CRIME}\s+(?:is|are|was|were)\s+not\s+(?:so\s+|as\s+|that\s+|very\s+)?(?:much|many|common|frequent|serious|big)"
        r"\s+(?:now|anymore|any more|as before|like before|these days)\b",
        # "Is online crime still a problem? Not any more."
        rf"\b(?:is|are)\s+{CRIME}\s+still\s+(?:a\s+)?(?:\w+\s+)?(?:problem|threat|issue|rising|growing|common|thing|"
        rf"danger|worry)\s*\?+\s*(?:not any ?more|no longer|no more|not really|no|nope|hardly)\b",
        # crime prevented, averted, foiled: a count of what did not happen
        rf"{CRIME}\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:prevented|averted|foiled|thwarted|headed off|"
        r"nipped in the bud|deterred|forestalled)\b",
        rf"\b(?:prevented|averted|foiled|thwarted|deterred)\s+{gap(2, ACTIVITY)}{CRIME}",
        # kept from happening or reaching people (round 16): "Interceptions kept 3 million scams from reaching users"
        rf"\b(?:kept|keeps|keeping|stopped|stops|prevented|blocked|held back)\s+{gap(3, ACTIVITY)}{CRIME}\s+from\s+"
        r"(?:reaching|hitting|harming|happening|getting to|being committed|taking place|occurring|spreading)\b",
        # ... and in Chinese (round 15, C1): "阻止了300万起犯罪", "防止了大量诈骗", "避免了上万起案件发生": crimes that did
        # not happen, counted; a count of messages intercepted (拦截诈骗信息) says what the police blocked, not that
        # (not 预防/防范, "prevention", which names the work: "预防犯罪的提醒", "防范诈骗宣传" are reminders and campaigns)
        r"(?:阻止|防止|避免|制止|遏止|挡住|堵住|减少)(?:了|住了)?(?:约|近|超过|超|逾|上|数|大量|大批|众多|无数|成千上万)?"
        r"[\d.,，]*\s*(?:十|百|千|万|亿)*(?:余|多)?(?:起|宗|件|次|个)?(?:的)?(?:网络|电信|电诈)?(?:犯罪|诈骗|案件|骗局|违法犯罪)"
        r"(?!的?(?:提醒|宣传|工作|措施|信息|短信|行动|教育|知识|能力|机制|平台|中心|手段|技术|系统))",
    )


# ----- headline verbs of destruction and idioms of control (round 11) -------------------------------------------
# A verb that destroys or subdues what was fought, said of the crime or the gangs as a whole ("Police crush internet
# mafia", "China pulverises web fraud", "Cyber mafia flattened"), and idioms of control ("Online fraud brought to
# heel", "Loan sharks on a tight leash", "Police have online crime by the throat"), claim the fight won: a count of
# police work shows neither. A count before the noun ("Police smashed 1,759 gangs") keeps it the police's work
# (``GANG_PLAIN`` does not follow a number).
_HEADLINE_VERB = family(*inflected(
    "crush", "smash", "rout", "tame", "wipe out", "stamp out", "snuff out", "annihilate", "decimate", "obliterate",
    "demolish", "pulverise", "pulverize", "flatten", "squash", "trounce", "quash", "quell", "vanquish", "conquer",
    "subdue", "overpower", "overwhelm", "muzzle", "silence", "hammer", "batter", "wreck", "shatter", "raze",
    "defang", "declaw", "topple", "exterminate", "eradicate", "steamroll", "steamroller", "bulldoze", "clobber",
    "thrash", "wallop", "cripple", "neuter", "checkmate", "outgun", "outsmart", "outfox", "mop up", "cut down to size",
    "clip the wings of", "bring to heel", "bring to its knees", "bring to their knees", "put to flight",
    "see off", "send packing", "ko", "kayo", "lick", "kneecap", "hobble", "outwit", "outlast", "outplay",
    # medicine, machines and thrones (round 11): "China cures online fraud", "Police pull the plug on online gangs"
    "cure", "heal", "inoculate", "vaccinate", "quarantine", "delete", "uninstall", "unplug", "dethrone", "freeze out",
    "pull the plug on", "shut the door on",
    "knock out", "take out", "sweep away", "destroy", "defeat", "beat", "break the spine of", "gut", "dismember"))
_CONTROL_STATE = family(
    "on a tight leash", "on a short leash", "on a leash", "leashed", "under the thumb", "under our thumb",
    "under (?:its|their|the state's|the police's) thumb", "in a stranglehold", "in a chokehold", "in a headlock",
    "in a vice", "in a vise", "in a straitjacket", "caged", "in a cage", "cornered", "boxed in", "toothless",
    "defanged", "declawed", "cut down to size", "brought to (?:its|their) knees", "on (?:its|their) knees",
    "running for cover", "with nowhere (?:left )?to (?:run|hide)", "nowhere (?:left )?to (?:run|hide)",
    "pinned down", "domesticated", "held in check", "kept in check", "kept at bay", "held at bay", "hamstrung",
    "hobbled", "neutered", "(?:had|have|has) (?:its|their) wings clipped", "wings clipped", "checkmated",
    "in checkmate", "outgunned", "outmatched", "outfoxed", "outsmarted", "outplayed", "out of options",
    "firmly in hand", "well in hand", "in hand", "brought to heel", "by the throat", "by the scruff of the neck",
    "flattened", "pulverised", "pulverized", "demolished", "trounced", "squashed", "quashed", "quelled", "subdued",
    "muzzled", "silenced", "toppled", "exterminated", "steamrolled", "clobbered", "mopped up", "swept away",
    "knocked out", "snuffed out", "shattered", "in pieces", "in ruins", "left in ruins", "in smithereens",
    "sent packing", "seen off", "KO'd", "KOd", "KO'ed", "kayoed", "hammered", "licked", "kneecapped", "battered",
    "(?:has|have|had) met (?:its|their) match", "met (?:its|their) match", "outwitted", "outclassed", "beaten hollow",
    "under the cosh", "under the hammer", "under the heel", "under the boot", "on the ropes", "on the back foot",
    "in retreat", "on the run", "in disarray", "in tatters",
    "cured", "healed", "inoculated", "vaccinated", "quarantined", "deleted", "uninstalled", "logged off", "unplugged",
    "dethroned", "frozen out", "beached", "on ice", "put on ice", "switched off")


_NO_COUNT_AFTER = r"(?!\s*[:,(\u2014\u2013-]?\s*(?:about\s+|over\s+|nearly\s+)?\d)"


def control_patterns() -> tuple[str, ...]:
    """What was fought destroyed or held (``_HEADLINE_VERB``, ``_CONTROL_STATE``), whoever or whatever the subject."""
    held = (r"(?:is|are|was|were|has been|have been|had been|has|have|had|been|being|now|finally|at last|firmly|kept|held|got|"
            r"getting|\w+ly|{n})").format(n=_NEARLY)
    return (
        # "Police crush internet mafia", "November raids obliterate cyber gangs", "China pulverises web fraud"
        rf"{_HEADLINE_VERB}\s+(?:(?:the|all|all the|its|their|china's|online|internet|cyber|web|net)\s+)*"
        rf"(?:{CRIME}|{GANG_PLAIN}|{LENDER}|(?:(?:online|internet|cyber|web|net|extortion|sextortion|fraud|scam|"
        r"loan|lending|blackmail)\s+)+rings\b)",
        # "Cyber mafia flattened", "Loan sharks on a tight leash", "Online crime in a stranglehold"
        # ... but not a count given right after it: "Harmful information deleted: 3 million items" is the work counted
        rf"(?:{CRIME}|{GANG}|{LENDER})\s+(?:{held}\s+){{0,3}}{_CONTROL_STATE}{_NO_COUNT_AFTER}",
        rf"(?:{CRIME}|{GANG}|{LENDER})\s*[:\u2014\u2013-]\s*{_CONTROL_STATE}{_NO_COUNT_AFTER}",
        # "Police have online crime by the throat", "The crackdown has the gangs on a tight leash"
        rf"\b(?:has|have|had|got|gets|holds?|held|keeps?|kept|puts?|brought|brings?)\s+{gap(2)}"
        rf"(?:{CRIME}|{GANG_PLAIN}|{LENDER})\s+{_CONTROL_STATE}",
        # "Checkmate for the online mafia", "Online gangs: game, set and match to the police", "A knockout year
        # against online crime"
        rf"\b(?:checkmate|check-mate|game,? set and match|curtains|lights out|knockout (?:year|blow|punch|win|round))\s+"
        rf"(?:for|to|against|over|on)\s+{gap(2)}(?:{CRIME}|{GANG_PLAIN}|{LENDER})",
        rf"(?:{CRIME}|{GANG}|{LENDER})\s*[:,\u2014\u2013-]\s*(?:checkmate|game,? set and match|knocked out|k\.?o\.?'?d?)\b",
        # a cure, or a storm, fever or wave of crime over: "A cure for online crime", "The fraud fever has broken",
        # "The storm of online crime has passed"
        rf"\b(?:a|the|china's)\s+(?:\w+\s+)?(?:cure|remedy|antidote|vaccine)\s+(?:for|to|against)\s+{gap(2)}(?:{CRIME}|{GANG_PLAIN})",
        rf"\b(?:storm|wave|tide|plague|epidemic|fever|flood|scourge|season)\s+of\s+{gap(1)}{CRIME}\s+(?:(?:has|have|is|was|"
        r"now|finally)\s+){0,2}(?:passed|broken|lifted|over|ended|subsided|ebbed|receded|turned|gone|past)\b",
        rf"{CRIME}\s+(?:storm|wave|tide|plague|epidemic|fever|flood|scourge|season)\s+(?:(?:has|have|is|was|now|finally)\s+)"
        r"{0,2}(?:passed|broken|lifted|over|ended|subsided|ebbed|receded|turned|gone|past)\b",
        # the place tamed or taken back: "Police tame the internet", "The internet, tamed", "Cyberspace pacified",
        # "Police reclaim the internet from the gangs"
        rf"\b(?:{family(*inflected('tame', 'pacify', 'reclaim', 'retake', 'subdue', 'take back', 'win back', 'liberate'))})"
        rf"\s+{_PLACE_ANY}\b(?!\s+(?:users|platforms|companies|firms))",
        rf"{_PLACE_ANY}\s*[:,\u2014\u2013-]?\s*(?:(?:is|was|has been|now|finally|at last)\s+){{0,2}}(?:tamed|pacified|"
        r"reclaimed|retaken|taken back|won back|subdued|liberated)\b",
        # the crime wiped or driven from the place: "Harmful information wiped from the web"
        rf"{CRIME}\s+(?:(?:is|are|was|were|being|been|has been|have been|now|largely|{_NEARLY})\s+){{0,2}}"
        rf"(?:wiped|purged|scrubbed|erased|banished|driven|chased|swept|cleaned|cleared|expelled|eliminated|eradicated)\s+"
        rf"(?:from|off|out of)\s+{_PLACE_ANY}",
        # "clipped the wings of the loan sharks", "brought online fraud to heel / to its knees"
        rf"\b(?:brought|brings?|bringing)\s+{gap(2)}(?:{CRIME}|{GANG_PLAIN}|{LENDER})\s+to\s+(?:heel|(?:its|their) knees|book)\b",
    )


def enforced_lenders_patterns() -> tuple[str, ...]:
    """Review round 16 (C2, C3, C5): the index of suspected institutions written up as enforcement on them ("the
    crackdown shut 86% of trap lenders", "86 out of every 100 caught", "套路贷机构被打掉86%"), an agent credited with
    a fall ("Thanks to the police, 86% fewer trap lenders"), a question answered solved ("Crime? Totally solved"), and
    safer in Chinese ("网民更安全了")."""
    enforced = (r"(?:shut(?: down)?|closed(?: down)?|put out of business|taken down|took down|caught|busted|eliminated|"
                r"dismantled|prosecuted|punished|banned|raided|arrested|destroyed|wiped out|crushed|driven out|"
                r"knocked out|stamped out|rooted out|put out of action)")
    return (
        rf"{LENDER}\s*(?:\(index\)\s*)?[:,\u2014\u2013-]?\s*{gap(5)}(?:(?:were|was|have been|has been|got|now)\s+)?{enforced}\b",
        rf"\b(?:shut|closed|took down|taken down|caught|busted|eliminated|dismantled|put out of business|wiped out|"
        rf"knocked out|stamped out|rooted out)\s+(?:down\s+)?{gap(2)}(?:\d[\d.,]*\s*(?:%|per ?cent)\s+of\s+)?{LENDER}",
        r"(?:套路贷|放贷|贷款|非法)?(?:机构|平台|公司)[^。；！？]{0,6}?被?(?:打掉|取缔|关停|查处|查封|关闭|铲除|端掉|捣毁)|"
        r"(?:打掉|取缔|关停|查封|关闭|铲除|端掉|捣毁)(?:了)?[^。；！？]{0,8}(?:套路贷|放贷|贷款)(?:机构|平台|公司)",
        rf"\b(?:because of|thanks to|due to|owing to|as a result of|caused by|driven by|credit to)\s+{gap(2)}{AGENT}"
        r"[^.;!?]{0,40}?\b(?:fewer|less|down|lower|drop\w*|fall\w*|fell|declin\w*|shrank|shrunk|cut|reduced)\b",
        rf"\b(?:fewer|down|drop\w*|fall\w*|fell|declin\w*|shrank|shrunk|cut|reduced)\b[^.;!?]{{0,40}}?\b(?:because of|"
        rf"thanks to|due to|owing to|as a result of|caused by|driven by|credit to)\s+{gap(2)}{AGENT}",
        rf"{CRIME}\s*\?+\s*{gap(2, ACTIVITY)}(?:solved|fixed|gone|over|beaten|finished|done|handled|sorted|dealt with|"
        r"eliminated|eradicated|history|a thing of the past)\b",
        r"(?:更加?|越来越|变得(?:更加?)?)安全|安全(?:了|多了)|安全感(?:提升|增强|提高|更强)",
    )


def credited_patterns() -> tuple[str, ...]:
    """The campaign credited with a figure that fell (review round 18, W2), for the index of suspected lenders: "The
    campaign's result: ... at 14% of the 2019 peak", "the campaign did this", "after the crackdown: 86% fewer" (after,
    so because of), "a fall the campaign produced", "专项行动的成果". The release gives the fall, never its cause."""
    effort = (r"(?:(?:the|this|that|their|its|china's|a|an)\s+)?(?:(?:[\w-]+)\s+)?(?:crackdown|campaign|operation|"
              r"police|policing|enforcement|strike|action|drive|round-up|roundup|offensive|clampdown|blitz|sweep|raids?|"
              r"ministry|authorities)s?")
    fall = (r"(?:\d[\d.,]*\s*(?:%|per ?cent)\s+)?(?:fewer|down|lower|less|drop\w*|fall\w*|fell|declin\w*|shrank|shrunk|"
            r"shrinking|cut|reduc\w*|decrease\w*)")
    return (
        rf"\b{effort}(?:'s|s'|\u2019s)\s+(?:\w+\s+)?(?:result|results|doing|achievement|achievements|effect|effects|"
        r"impact|outcome|outcomes|handiwork|legacy|success|successes|payoff|pay-off|fruit|fruits|dividend|dividends)\b",
        rf"\b{effort}\s+(?:(?:really|clearly|alone|itself|single-handedly)\s+)?(?:did|does|made|achieved|produced|"
        r"delivered|caused|brought about|drove|managed|pulled off)\s+(?:this|that|it|these|all this|the (?:fall|drop|"
        r"decline|cut|change|difference))\b",
        rf"\b(?:thanks to|because of|due to|owing to|credit to|courtesy of|the work of)\s+{effort}\b",  # W6
        rf"\b(?:after|since|following|in the wake of|post)\s+{effort}\b[^.;!?]{{0,30}}?\b{fall}\b",
        rf"\b{fall}\b[^.;!?]{{0,40}}?\b(?:after|following|in the wake of)\s+{effort}\b",
        rf"\b(?:fall|drop|decline|cut|reduction|decrease|change)\s+(?:that\s+|which\s+)?{effort}\s+(?:\w+\s+)?"
        r"(?:produced|caused|brought about|achieved|delivered|made|drove|won|secured)\b",
        r"(?:专项行动|打击|整治|行动|警方|公安机关?)(?:的)?(?:成果|功劳|功绩|战果|效果)|(?:归功于|得益于|多亏|多亏了)[^。；，]{0,8}"
        r"(?:专项行动|打击|整治|行动|警方|公安)",
    )


def crime_fell_patterns() -> tuple[str, ...]:
    """Crime fell, in any tense and either order; or was beaten; or the effort against it worked."""
    between = gap(5, ACTIVITY)
    return (
        # an ending said whoever the subject is: "A year that broke the back of online gangs", "How China cleaned up its
        # internet", "Online gang crime: from epidemic to exception", "crime's way down"
        rf"\b(?:broke|break|breaks|breaking|broken)\s+the\s+back\s+of\s+{FOUGHT}",
        r"\b(?:clean(?:ed|s|ing)?\s+up|cleans(?:ed|es|ing)?|sanitis(?:ed|es|ing)|sanitiz(?:ed|es|ing)|purif(?:ied|ies|ying)|"
        r"swept|sweeps?|scrub(?:bed|s)?)\s+(?:up\s+)?(?:its|the|china's|their|our)\s+(?:own\s+)?(?:internet|web|net|"
        r"cyberspace|online (?:world|space))\b",
        rf"{CRIME}[^.;]{{0,20}}?\bfrom\s+(?:an?\s+)?(?:epidemic|plague|scourge|flood|torrent|rampant|rife|everywhere|the norm|"
        r"commonplace|common|wave|tide)\s+to\s+(?:an?\s+)?(?:exception|rarity|rare|trickle|nothing|memory|history|footnote|"
        r"handful|few|zero|none)\b",
        rf"{CRIME}(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:\w+\s+)?(?:way|going|headed|heading|on the way|on its way)\s+"
        r"(?:down|out)\b",
        # a blow dealt to crime, or crime passively ended: "November's blow to online crime", "Online crime was broken"
        rf"\b(?:heavy|major|big|huge|crushing|severe|serious|hammer|decisive|fatal|mortal|knockout|body|death)?\s*"
        rf"blows?\s+(?:to|against)\s+{CRIME}",
        rf"{CRIME}\s+(?:was|were|is|are|has been|have been|got|gets|had been)\s+(?:(?:\w+ly|{_NEARLY})\s+)?"
        r"(?:broken|stopped|halted|crushed|beaten|defeated|checked|tamed|curbed|ended|smashed|wiped out|stamped out)\b",
        rf"{CRIME}\s*[?:\u2014\u2013-]+\s*(?:it|they)\s+(?:has\s+|have\s+|had\s+)?{FALL_VERB}",  # "Crime? It fell."
        # "Online crime? Down.": a question answered with one word that closes the sentence
        rf"{CRIME}\s*\?\s*(?:down|lower|falling|fell|dropping|shrinking|halved|gone|beaten|solved|defeated|"
        r"fewer|less|over|finished|plummeting|collapsing)\b(?=(?:\s*(?:by\s+)?\d[\d.,]*\s*(?:%|per ?cent)?)?\s*(?:[.!]|$))",
        # ... or with a predicate, however hedged or dated, that closes the sentence: "online crime? basically gone
        # now", "Trap loans? Largely a thing of the past.", "网络犯罪？基本消失了"
        rf"{CRIME}\s*\?\s*(?:(?:\w+ly|{_NEARLY}|pretty much|all but|well and truly|more or less|by and large|now|at last|"
        rf"finally|already)\s+){{0,2}}(?:{FALL_VERB}|{SOLVED_STATE}|{SOLVED_AFTER_VERB}|{FALL_ADJ}|{_ENDING_AFTER})"
        r"(?:\s+(?:now|at last|for good|finally|already|today|these days|for now|at this point|in 20\d\d|"
        r"(?:by\s+)?\d[\d.,]*\s*(?:%|per ?cent)?))?(?=\s*(?:[.!]|$))",
        rf"{CRIME}\s*[?\uff1f]\s*{_CJK_FALL}",
        rf"{CRIME}[^.!?]{{0,40}}?[:;,\u2014\u2013]\s*(?:it|they)\s+(?:(?:is|are|was|were|has|have|had|been|now|keeps|kept)\s+){{0,2}}{FALL_VERB}",
        rf"{CRIME}\s+{between}{FALL_VERB}",
        # figures of crime itself that got better: "Online crime figures improved"
        rf"\b(?:{_MODIFIER}){{0,4}}{_CRIME_HEAD}[- ]+{_MEASURE}\s+(?:(?:have|has|had|all)\s+)?(?:improved|improving|got better|"
        r"are better|look better|looking better)\b",  # "online fraud has fallen", "crime, down 86%": subject then verb
        rf"{CRIME}\s*[:\u2014\u2013-]\s*(?:(?:\w+ly|{_NEARLY})\s+)?(?:\d[\d.,]*\s*(?:%|per ?cent)?\s+)?{FALL_VERB}",
        rf"{CRIME}'s\s+(?:(?:now|been|really|finally|{_NEARLY})\s+)?(?:{FALL_VERB}|{SOLVED_STATE}|{SOLVED_AFTER_VERB})",
        rf"{CRIME}\s+(?:[\w']+\s*)?\?\s*(?:no|nope|wrong|actually|in fact)[,.!]?\s+(?:it|they)\s+"
        rf"(?:(?:has|have|had|actually|really)\s+)?{FALL_VERB}",
        rf"{FALL_NOUN}\s+(?:in|of)\s+{gap(3, ACTIVITY)}{CRIME}",  # "a fall in reported fraud"
        rf"{CRIME}(?:'s|s')?\s+{FALL_NOUN}",  # "crime's decline", "a crime drop"
        rf"(?:\d[\d,.]*\s*(?:%|per ?cent)\s+)?{FALL_ADJ}\s+{gap(2, ACTIVITY)}{CRIME}",  # "86% less crime", "fewer cases of fraud"
        rf"{REDUCE_VERB}\s+(?:(?:about\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s*(?:%|per ?cent)\s+of\s+)?"
        rf"{gap(3, '(?:' + ACTIVITY + '|' + FALL_NOUN + ')')}{CRIME}",  # not "stopped the fall in crime"
        rf"\b(?:broke|broken|breaks|breaking|break)\s+the back of\s+{gap(2)}{CRIME}",
        rf"\b(?:broke|broken|breaks|breaking|break)\s+{CRIME}'s\s+back\b",
        rf"\b(?:broke|broken|breaks|breaking|break)\s+(?:the\s+)?(?:(?:online|internet|cyber|criminal)\s+)*(?:gangs|scammers|"
        r"fraudsters|lenders|loan sharks|criminals)(?:'s|s'|')\s+back\b",
        # the crime measured or sized up: "Online crime, measured", "Sizing up China's online crime"
        rf"{CRIME}\s*,?\s*(?:measured|quantified|counted|in figures|tallied|sized up)\b",
        rf"\b(?:sizing|sized|size|measuring|measured|quantifying|quantified|counting|gauging)\s+(?:up\s+)?{gap(2, ACTIVITY)}{CRIME}",
        # nipped in the bud, with the crime between
        rf"\bnip(?:s|ped|ping)?\s+{gap(2)}{CRIME}\s+in the bud\b",
        # with an aside between commas: "Fraud, once rampant, is now rare"
        rf"{CRIME},[^,.;!?]{{0,40}},\s*(?:(?:is|are|was|were|has|have|been|now)\s+){{1,3}}"
        rf"(?:{FALL_VERB}|{SOLVED_AFTER_VERB}|{SOLVED_STATE})",  # "the crackdown cut crime", "beat online fraud"
        rf"{CRIME}\s+(?:(?:is|are|was|were|has|have|had|been|being|now|largely|mostly|all|finally|at last|"
        rf"effectively|got|get|gets|{_NEARLY})\s+){{0,3}}{SOLVED_STATE}",  # "crime is under control", "crime defeated"
        rf"{CRIME}\s+(?:(?:largely|mostly|all|finally|at last|effectively|now)\s+)?(?:is|are|was|were|has been|"
        rf"have been|now|got|gets)\s+(?:(?:largely|mostly|all|finally|effectively|now|been|{_NEARLY})\s+)?{SOLVED_AFTER_VERB}",
        rf"{CRIME}\s*[:\u2014\u2013-]\s*(?:(?:\w+ly|{_NEARLY})\s+)?(?:\w+\s+and\s+)?(?:{SOLVED_STATE}|{SOLVED_AFTER_VERB})",  # "Online fraud: solved"
        rf"{CRIME}\s+{gap(3, ACTIVITY)}(?:no longer|not|never|n't)\s+(?:\w+\s+)?{RISE}",  # "crime did not rise"
        rf"\bno\s+(?:further\s+)?{RISE_NOUN}\s+(?:in|of)\s+{gap(2, ACTIVITY)}{CRIME}",
        rf"\b(?:online\s+)?(?:gangs?|the problem|problems?|the threat|threats?|the issue)\s+(?:(?:is|are|was|were|"
        rf"now|has|have|been|being|got|largely|mostly|all|finally)\s+){{0,3}}(?:wiped out|stamped out|rooted out|"
        rf"under control|in check|gone|solved|fixed|history|a thing of the past|eradicated|extinct)\b",
        r"(?<!\bto )\bwip(?:e|es|ed|ing) out\b(?!\s+(?:\d|[\w-]+\s+gangs|gangs))",
        r"(?<!\bto )\bstamp(?:s|ed|ing)? out\b(?!\s+(?:\d|gangs))", r"\bunder control\b", r"\bin check\b",
        r"\ba thing of the past\b",
        # eradication (round 14 FINAL, #19): the country (or the web) said to be free of the crime or its gangs, every
        # gang said to be broken up, none said to remain. A count of gangs broken up says how many the police reached,
        # never how many there were: "Is China now free of online gangs? The totals say yes", "Every criminal gang in
        # China was broken up", "a crime-free internet".
        rf"\bfree\s+(?:of|from)\s+{gap(2)}(?:{CRIME}|{GANG_PLAIN})",
        r"\b(?:crime|fraud|scam|gang|mafia)[- ]free\b",
        rf"\b(?:every|all|each)\s+(?:(?:single|last|one|of\s+the|the)\s+)*(?:[\w-]+\s+){{0,3}}?(?:gangs?|syndicates?|"
        rf"groups?|networks?|rings?)\b(?:\s+(?:in|across|of|nationwide|operating)\b[^.;!?]{{0,30}}?)?\s+(?:(?:was|were|"
        rf"has|have|had|been|is|are|now|finally|already)\s+){{1,3}}(?:broken up|dismantled|destroyed|smashed|eliminated|"
        rf"busted|taken down|shut down|crushed|caught|gone)\b",
        rf"\bfewer\s+{gap(2)}gangs\s+(?:threaten|operate|remain|exist|prey|target|roam|active|left)\w*",
        rf"{EFFORT_OR_AGENT}\s+(?:{WORKED_LINK}\s+){{0,4}}{WORKED}",
        # a headline's form: "Crackdown: paying off", "Paying off: the crackdown on online gangs"
        rf"{EFFORT}\s*[:\u2014\u2013-]+\s*(?:{WORKED_LINK}\s+){{0,3}}{WORKED}",
        rf"{WORKED}\s*[:\u2014\u2013-]+\s*{EFFORT}",
        rf"{EFFORT_OR_AGENT}\s+(?:(?:has|have|had|clearly|really|finally|truly|decisively)\s+)?{WIN}"
        rf"(?!\s+(?:support|approval|praise|backing|an award|awards|prizes?)\b)",
        rf"{WIN}\s+(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{BATTLE}",  # "won the fight", "winning the war on fraud"
        rf"{BATTLE}\s+(?:(?:on|against|with)\s+{gap(3)})?(?:is|was|has been|had been|now|being)\s+(?:\w+\s+)?"
        r"(?:won|over|finished|being won)\b",
        # asked with the verb first, or as a headline (round 18, #19): "Is the war on online crime won?", "Has the battle
        # against online gangs been won?", "War on online crime: won?" (a title that asks is read by ``claims._left_open``)
        r"\b(?:is|was|has|have|had)\s+(?:the\s+|this\s+|china's\s+|their\s+|its\s+|our\s+|a\s+)?(?:[\w-]+\s+)?"
        rf"(?:fight|war|battle|struggle)s?\s+(?:(?:on|against|with)\s+{gap(3)})?(?:(?:been|now|finally|really|at last)\s+)*"
        r"(?:won|over|finished|ended|a success)\b",
        r"\b(?:fight|war|battle|struggle)s?\s+(?:on|against)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*[:\u2014\u2013-]+\s*"
        r"(?:won|over|finished|ended|beaten|a success|a victory|victory)\b",
        rf"{EFFORT_OR_AGENT}\s+(?:(?:is|was|were|has been|have been|proved|proves|proven)\s+)(?:a\s+|an\s+)?"
        rf"(?:(?:great|huge|clear|real|resounding|major|big|total|complete|decisive|outstanding)\s+)?"
        r"(?:success|victory|triumph|win)\b",
        VICTORY, rf"\bwin\s+(?:for|against|over)\b",
        rf"\b\w+ing\s+(?:(?:the|online|internet|cyber|trap-loan|gang|against|down|on|up)\s+){{0,3}}(?:[\w-]+\s+)?"
        rf"{WORKED}",  # "Cleaning up the internet worked", "Fighting fraud paid off" rf"\b(?:a|the|big|huge|major|clear)\s+win\b",
        rf"{CRIME_FREE}", rf"\bend (?:to|of)\s+(?:[\w-]+\s+){{0,2}}?{CRIME}",
        r"\bproblems? (?:(?:is|was|has been)\s+)?solved\b", rf"{CRIME}\s*[:\u2014\u2013-]\s*solved\b",
        # crime as a whole said solved, as a headline (review round 18, W6): "Crime solved: the campaign's totals" (not
        # "crimes solved" or "crime cases solved", which name a count, however loosely)
        r"(?:^|[.:;!?\u2014\u2013]\s*)(?:(?:online|internet|cyber|gang|organi[sz]ed)\s+)*crime\s+(?:(?:is|was|now|finally|"
        r"has been)\s+)?solved\b",
        r"\bcrime rates?\b", SAFE, *gangs_fell_patterns(), *control_patterns(),
        *idiom_fell_patterns(), *ending_patterns(), *enforced_lenders_patterns(),
        # "Without the campaign, crime would not have fallen / would have kept rising": the campaign credited
        rf"{COUNTERFACTUAL}[^.;!?]{{0,60}}?{CRIME}\s+{gap(3)}(?:would|'d|could|might)\s+(?:(?:not|never|n't|have|"
        rf"still|kept|keep|gone|been|be|continued|continue|to|only|just)\s+){{0,4}}(?:{RISE}|{FALL_VERB}|on|grown|risen)",
    )


# ----- people harmed ------------------------------------------------------------------------

PUBLIC = (r"(?:users|internet users|netizens|citizens|residents|members of the public|the public|families|households|"
          r"borrowers|consumers|customers|investors|students|elderly people|the elderly|pensioners|women|children|"
          r"girls|account holders|depositors|savers|clients|web users|app users|online shoppers|Chinese people)")
PEOPLE = (rf"(?:people|peoples|persons|individuals|men|elderly|the old|seniors|retirees|youngsters|young people|"
          rf"teenagers|job[- ]seekers|workers|{PUBLIC})")
HARM = family("harmed", "hurt", "defrauded", "cheated", "scammed", "extorted", "affected", "protected", "swindled",
              "deceived", "conned", "duped", "tricked", "robbed", "fleeced", "blackmailed", "targeted", "exploited",
              "preyed on", "ripped off", "victimised", "victimized", "saved", "rescued", "spared", "helped",
              "shielded", "safeguarded", "bullied", "threatened", "harassed", "hit", "ruined", "lost",
              "lost money", "lost their savings", "lose", "losing", "suffered", "fell victim", "fell prey", "ensnared",
              "preyed upon", "hounded", "upended", "ruined",
              "fell for", "were hit", "injured", "wronged", "abused", "squeezed", "trapped", "bled dry", "bled",
              "taken in", "taken for a ride", "done out of", "stung", "fooled", "bilked", "gouged", "milked", "hoodwinked",
              "lost their money", "lost their life savings", "lost their homes", "lost everything", "lost out",
              "caught by", "caught in", "caught up in", "fell into", "lured", "ensnared by", "sucked into",
              *inflected("fall for", "fall prey to", "fall victim to", "lose money to", "get scammed", "get cheated",
                         "get conned", "get robbed"),
              "bankrupted", "driven into debt", "pushed into debt", "buried in debt", "drowning in debt", "crushed by debt",
              *participles("save", "protect", "shield", "spare", "rescue", "safeguard", "cheat", "scam", "defraud", "rob",
                           "swindle", "con", "dupe", "trick", "fleece", "extort", "blackmail", "exploit", "harm"))
NUMBER = r"\b\d[\d,.]*\s*(?:thousand|million|billion|k|m|bn|万|亿)?"


def victims_patterns() -> tuple[str, ...]:
    """The figure read as people harmed (or protected): victims, harmed people, numbers on the public."""
    return (
        r"\bvictim\w*", r"受害|被骗|受骗|上当|被害|被敲诈|(?:群众|百姓|老百姓|人民|民众|网民|用户)(?:免受|免遭|远离|不再受)|(?:为|给|帮|替)(?:广大)?(?:群众|百姓|老百姓|人民|民众|网民|受害人|受害者)(?:挽回|追回|退还|返还|追缴)",
        # the public saved or protected, in Chinese: "挽救群众", "保护群众", "守护百姓"
        r"(?:挽救|拯救|保护|保障|守护|救助|解救|帮助)(?:了)?(?:广大)?(?:群众|百姓|老百姓|人民群众|民众|网民|用户|借款人)", r"\bsufferers?\b",
        # people harmed, named by what befell them: "Scam targets", "17,000 who were conned", "Those robbed online"
        r"\b(?:scam|fraud|crime|gang|extortion|loan|trap[- ]loan|scammers'?|fraudsters'?|criminals'?|gangs'?)\s+targets\b",
        r"\bmarks (?:of|for) (?:the )?(?:scammers|fraudsters|gangs|con artists|criminals)\b",
        rf"{NUMBER}\s+(?:who|that|whose)\s+(?:(?:were|was|had|have|has|got|been|all|each)\s+)*{HARM}",
        rf"{NUMBER}\s+(?!{ACTIVITY})(?:[\w-]+\s+)?(?:were\s+|was\s+|got\s+)?{HARM}",
        rf"(?:^|[.!?:;]\s*|\b(?:those|the ones|anyone|everyone|people|all)\s+)(?:who|that)?\s*(?:(?:were|was|got|had|have|"
        rf"has|been|being)\s+)*{HARM}(?=\s|$|[,.;:!?])",
        r"(?:'s|s')\s+(?:human\s+)?toll\b|\btoll (?:of|from|taken by)\b|\bthe (?:human |true |real )?toll\b",
        rf"\b(?:lost|losing|lose|loses)\s+(?:their|his|her|all their)\s+(?:money|savings|life savings|homes|pensions?|"
        r"livelihoods?|jobs|everything)\b", r"\binjured part(?:y|ies)\b", r"\bprey\b",
        r"\bcasualt(?:y|ies)\b", r"\bsurvivors?\b",
        # people made safe: "Borrowers safe at last", "Families now protected"
        rf"\b{PEOPLE}\s+(?:(?:are|were|is|was|now|finally|feel|feeling|kept|made|left)\s+)*(?:safe|safer|protected|spared)\b"
        r"(?!\s+(?:from\s+)?(?:being\s+)?(?:counted|named|shown|identified))",
        rf"(?:{PEOPLE}|{NUMBER})\s+(?:(?:are|were|is|was|now)\s+)?(?:no longer|not|safe from being|kept from being)\s+"
        r"(?:at risk|in danger|vulnerable|exposed|targeted|scammed|cheated)\b", r"\bthe bereaved\b", r"\bdupes\b", r"\bthe afflicted\b",
        r"\bthe (?:harmed|defrauded|cheated|scammed|duped|swindled|deceived|wronged|exploited|injured|hurt|"
        r"affected|conned|extorted|robbed|fleeced)\b",
        r"\btargets? of (?:(?:online|trap[- ]loan|criminal|organi[sz]ed|the|these|such)\s+)*(?:gangs?|crimes?|criminals|"
        r"fraud|frauds|scams?|scammers|fraudsters|lenders|extortion|sextortion|loan sharks)\b",
        rf"\b(?:how many|many|thousands|millions|hundreds|those|anyone|everyone|someone|nobody)\s+(?:(?:people|"
        rf"users|of them)\s+)?(?:were|was|got|have been|had been|are|is|fell|lost)\s+{HARM}",
        rf"\b{PEOPLE}\s+(?:(?:who|that|were|was|are|is|have|has|had|been|being|got|get|in|of|across|china's|"
        rf"online|\d[\d,.]*)\s+){{0,3}}{HARM}",
        rf"{HARM}\s+(?:\d[\d,.]*\s+)?(?:[\w-]+\s+)?{PEOPLE}\b",
        rf"\b{PEOPLE}\s+(?:(?:these|the|such|online|trap[- ]loan)\s+){{0,2}}(?:gangs?|scammers|fraudsters|criminals|lenders|"
        rf"loan sharks)\s+(?:have\s+|had\s+)?{HARM}",  # "the people these gangs preyed upon"
        rf"{NUMBER}\s+(?:more\s+|fewer\s+|[\w-]+\s+)?{PUBLIC}\b",  # "17,000 users", "1,759 families"
        rf"\b(?:those|the ones|people|anyone)\s+(?:who\s+(?:were\s+)?)?(?:harmed|affected|hurt|cheated|scammed)\b",
        rf"(?:{family(*inflected('protect', 'save', 'shield', 'rescue', 'spare', 'safeguard', 'keep safe', 'warn off'))})\s+(?:(?:{NUMBER}|millions|thousands|"
        rf"hundreds|tens of thousands|countless|many|so many)\s+(?:of\s+)?)?(?:[\w-]+\s+)?{PEOPLE}\b",
        rf"\b{PEOPLE}\s+(?:[\w-]+\s+and\s+)?(?:spared|saved|protected|rescued|shielded|kept safe)\b",
        rf"\b(?:keep|keeps|kept|keeping)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?{PEOPLE}\s+(?:safe|secure|protected|out of harm's way)\b",
        rf"(?:\d[\d.,]*\s*(?:%|per ?cent)\s+)?\b(?:fewer|less)\s+(?:[\w-]+\s+)?{PEOPLE}\b(?!\s+(?:were\s+|are\s+|was\s+)?"
        r"(?:apprehended|detained|arrested|caught|held|suspected|involved|named|charged))",
        r"\blosses\b", r"\b(?:money|yuan|savings|funds)\s+(?:(?:was|were|had been)\s+)?(?:lost|stolen|taken|"
        r"extorted|swindled)\b", r"\bstolen from\b", r"\b(?:returned|recovered) (?:to|for) (?:the )?(?:public|owners|people|users)\b",
        r"\blives\s+(?:saved|ruined|destroyed|protected|upended|wrecked|shattered|turned upside down|torn apart|affected|touched|changed|damaged)\b",
        rf"\b(?:protecting|saving|shielding|rescuing|sparing|helping|safeguarding|cheating|scamming|defrauding|robbing|"
        rf"swindling|harming|hurting|fleecing|extorting)\s+(?:{NUMBER}\s+)?(?:[\w-]+\s+)?{PEOPLE}\b",
        rf"\b{PEOPLE}\s+(?:that\s+|who\s+|whom\s+)?(?:they|it|these|those|the gangs?|the platforms?|the scammers|the lenders)\s+"
        rf"(?:had\s+|have\s+|has\s+)?(?:{HARM})",
        rf"\b{PEOPLE}\s+(?:who\s+|that\s+)?(?:no longer|need no longer|needn't|don't|do not)\s+(?:have to\s+|need to\s+)?"
        r"(?:fear|worry about|dread)\b",
        rf"\b(?:someone|somebody|a person|everyone|everybody|anyone)\s+who\s+(?:(?:were|was|had|has|got|been)\s+)*{HARM}",
        rf"\bwho (?:the |these |such )?(?:(?:online|internet|cyber|criminal|trap[- ]loan|scam|fraud|china's)\s+)*(?:gangs?|scammers|fraudsters|criminals|lenders|loan sharks)\s+(?:have\s+|had\s+)?"
        rf"(?:{HARM}|hurt|harmed|targeted|preyed on|ruined|robbed)",
        rf"\b(?:a|one|each|every)\s+(?:person|user|citizen|family|household|borrower|netizen|student|individual|investor|"
        rf"victim|life)\s+(?:{HARM})",
        rf"\b(?:harm|damage|hurt|suffering|misery|distress|pain|injury)\s+(?:done|caused|inflicted|brought|prevented|averted|"
        rf"avoided|spared)?\s*(?:to|on)\s+(?:{NUMBER}\s+)?(?:[\w-]+\s+)?{PEOPLE}\b",
        r"\b(?:the\s+)?human (?:toll|cost|price)\b", r"\bcomplainants?\b", r"\b(?:the\s+)?aggrieved\b",
        r"\b(?:harm|damage|losses|suffering)\s+(?:was\s+|were\s+)?(?:prevented|averted|avoided|spared|stopped|reduced|cut)\b|"
        r"\b(?:prevented|averted|avoided|spared|stopped|reduced|prevents|averts|prevent)\s+(?:\w+\s+)?(?:harm|damage|losses|"
        r"suffering)\b",
        rf"\b(?:those|people|anyone|everyone|the ones|borrowers|debtors|users)\s+(?:who\s+)?(?:were|was|got|had been|have been)\s+{HARM}",
        rf"{NUMBER}\s+(?:debtors|borrowers|lives)\b", r"\b(?:debtors|borrowers)\s+(?:trapped|ensnared|caught|squeezed|hounded|harassed|exploited|ruined)\b",
        rf"{NUMBER}\s+(?:[\w-]+\s+)?(?:communities|villages|neighbourhoods|neighborhoods|towns|cities)\s+(?:freed|saved|"
        r"protected|liberated|rescued|spared)\b", r"\b(?:freed|liberated|rescued) from\b",
    )


# ----- suspects called guilty ------------------------------------------------------------------

_UNPROVEN = r"(?<!suspected )(?<!alleged )(?<!accused )(?<!presumed )(?<!possible )(?<!would-be )(?<!potential )(?<!so-called )"


def convicted_patterns() -> tuple[str, ...]:
    """Suspects called proven offenders (criminals, fraudsters, convicted, jailed), or taken further through the
    procedure than the figure goes (formally arrested, charged, prosecuted)."""
    guilty_nouns = family("criminals", "convicts", "offenders", "perpetrators", "culprits", "fraudsters", "scammers",
                          "swindlers", "extortionists", "crooks", "felons", "lawbreakers", "wrongdoers", "gangsters",
                          "thugs", "racketeers", "loan sharks", "con artists", "conmen", "con men", "blackmailers",
                          "outlaws", "villains", "bad guys", "a criminal", "the criminal", "each criminal", "mobsters",
"hoodlums", "bandits", "predators", "extortioners", "ringleaders", "law breakers", "prisoners", "inmates",
"jailbirds", "the incarcerated", "prison population", "kingpins", "masterminds",
"law-breakers", "scam artists", "fraud artists", "con-artists", "cybercriminals",
"cyber criminals", "cyber-criminals", "hackers", "traffickers", "mafiosi", "the guilty",
"evildoers", "miscreants", "delinquents", "hooligans", "goons", "henchmen", "gang members",
                          "rogues", "scoundrels", "lowlifes", "baddies", "perps", "wrong'uns", "ne'er-do-wells")
    return (
        # (not "the criminal procedure", "a criminal case": the adjective before what it qualifies)
        _UNPROVEN + r"(?<!court )(?<!courts )(?<!judge )" + guilty_nouns + r"(?!\s+(?:procedure|proceedings|process|law|"
        r"laws|code|justice|case|cases|detention|records?|investigations?|suspects?|system|courts?|trials?|liability)\b)",
        r"\bconvict(?:ed|ions?)\b", r"(?<!court )(?<!courts )(?<!judge )\bconvicts\b", r"\bguilty\b", r"\bsentenced\b", r"\bjailed\b", r"\bimprisoned\b",
        r"\bbad (?:actors|apples|eggs|guys)\b", r"\bthe offending\b",
        r"\bgot (?:their|his|her) (?:man|men|woman)\b", r"\bcaught red-?handed\b", r"\bwho did it\b",
        r"\b(?:by|under) (?:the )?courts?\b|\bcourt orders?\b|\bby a court\b|\bcourt-ordered\b",
        r"\bproven (?:illegal|criminal|unlawful)\b", r"\bnamed and shamed\b", r"\bguilty verdicts?\b",
        r"\bjustice (?:(?:is|was|has been|now|finally)\s+)?(?:served|done|delivered)\b",  # review round 18, W6
        r"\blocked (?:up|away)\b", r"\bsent down\b", r"\bbanged up\b", r"\bbehind bars\b", r"\bput away\b", r"\bbrought to justice\b", r"\bpunished\b",
        r"\bproven (?:criminals|guilty|offenders)\b", r"\bin prison\b", r"\bprison sentences?\b",
        r"\b(?:sent|thrown|put|packed off|locked away)\s+(?:to|in|into|behind)\s+(?:prison|jail|gaol|bars)\b",
        r"\b(?:serving|doing) time\b", r"\bin jail\b", r"\bjail ?time\b", r"罪犯|犯罪分子|判刑|定罪|服刑",
        # a sentence or prison taken as certain: "awaiting sentence", "The 16,400 who will face prison"
        r"\bawaiting (?:sentence|sentencing|punishment)\b", r"\bsentences?\s+(?:handed down|passed|imposed|served|given)\b",
        r"\b(?:prison|jail) terms?\b", r"\b(?:face|faces|facing)\s+(?:prison|jail|sentences?|punishment)\b",
        # a later step of the procedure than the figure's (round 14 FINAL, #19): 抓获 (apprehended) and 刑拘 (detained)
        # rendered as a formal arrest (逮捕, which the procuratorate approves later), a charge or a prosecution:
        # "17,000 suspects formally arrested", "16,400 charged", "suspects indicted"
        r"\bformal(?:ly)?\s+(?:arrest(?:ed|s)?|charged|indicted)\b(?!\s+(?:(?:is|was|comes|came|would be|needs|is a)\s+)?"
        r"(?:a\s+)?(?:later|approv\w*))", r"\b(?:charged|indicted|prosecuted)\b",
        # plain "arrested"/"arrests" is not read here (round 18): lesson 01 teaches that the release's "arrested" is 抓获
        # (apprehended), a translation's loose word, not a claim of conviction; the course's statement corpora hold
        # "Arrests for online fraud fell" as honest, and a conviction code would name the wrong mistake
        r"逮捕|批捕|起诉",
    )


# ----- the ministry's examples read as the country, or as a ranking ---------------------------

def nationwide_patterns() -> tuple[str, ...]:
    return (
        # "the provinces", with no word that makes them these four: "Gang busts across the provinces"
        r"\b(?:across|in|throughout|over|among|around|all|through)\s+the\s+provinces\b(?!\s+(?:the ministry|it|that the|"
        r"named|chosen|selected|shown|mentioned|picked|listed|in the release))",
        r"(?<!\bof )(?<!\bfour )(?<!\bthese )\bthe provinces\s+(?:fighting|tackling|taking on|cracking down|that|which|where|"
        r"leading|behind|breaking up)\b",
        r"(?<!\bof )(?<!\bfour )\bthe provinces(?:'|\u2019)?(?=\s+(?:fight|record|records|war|battle|campaign|efforts?|"
        r"tall(?:y|ies)|totals?|results?|scores?|performance|achievements?|gang|gangs|crackdown|busts?)\b)",
        r"(?<!four )(?<!selected )(?<!some )(?<!chosen )(?<!example )(?<!these )\b(?:provincial|provinces'|province)\s+"
        r"(?:[\w-]+\s+)?(?:totals?|tall(?:y|ies)|results?|records?|scores?|figures|numbers|counts|breakdown|rankings?|"
        r"league|standings)\b(?![^.;]{0,30}\b(?:four|4|selected|chosen|showcased)\b)",
        r"全国(?!第[一二三]|最|前列|领先|排名|首位|之最)|(?:各省|各地|全国各地|各省份)(?![^，。,.;；]{0,6}不同)",  # "各地行动不同": differ
        # round 11: the examples said to stand for the country: "A representative sample of provinces", "four typical
        # provinces", "A snapshot of China"
        r"\b(?:representative|typical)\s+(?:sample|cross[- ]section|selection|picture|provinces?|regions?|examples?|"
        r"mix|spread)\b",
        r"\b(?:provinces|regions|examples|they)\s+(?:are|were|seem|look)\s+(?:\w+\s+)?(?:representative|typical)\b",
        r"\b(?:snapshot|microcosm|cross[- ]section|mirror)\s+of\s+(?:the\s+)?(?:china|the country|the nation|"
        r"all provinces|the whole country|nationwide)\b",
        # a picture or guide said to be fair (review round 18, W4): "a fair picture of China", "a good guide to the country"
        r"\b(?:fair|true|good|accurate|reliable|faithful|balanced|honest|full|clear|complete)\s+(?:picture|view|image|"
        r"sample|reflection|guide|indication|idea|sense|portrait|overview|measure)\s+(?:of|to|for)\s+(?:the\s+)?(?:whole\s+)?"
        r"(?:china|the country|country|the nation|nation|all provinces|the provinces|provinces|the mainland|china's provinces)\b",
        r"(?:^|[.!?:;]\s*)provinces\b(?!\s+(?:named|chosen|shown|selected|mentioned|picked|listed|in the release|the ministry))",
        r"\bthe (?:length|breadth|length and breadth) of (?:china|the country|the nation|the land)\b",
        r"\b(?:from )?province to province\b|\bprovince after province\b|\b(?:from )?region to region\b|"
        r"\bregion after region\b",
        r"\bevery (?:province|region|part of (?:china|the country)|corner of (?:china|the country))\b",
        r"\beach (?:province|region)\b(?!'s)", r"\b(?:in )?all (?:of )?(?:the |china's |31 |thirty-one )?(?:provinces|regions)\b",
        r"\bnation-?wide\b", r"\bnationally\b", r"\bcountry-?wide\b", r"\bchina-?wide\b",
        r"\b(?:across|throughout|all over|all across|over all of|all around|around|round|in all of) (?:china|the country|"
        r"the nation|the mainland)\b",
        r"\b(?:across|throughout|in all|over all|all over)\s+provinces\b", r"\bprovince-?wide\b",
        r"\bthe (?:whole|entire) (?:country|nation|of china|mainland)\b", r"\bthe country as a whole\b",
        r"\bprovinces of china\b", r"\bchina's provinces\b", r"\bthe provinces compared\b", r"\bprovince by province\b",
        r"\beverywhere\b", r"\bthe national picture\b", r"\bcoast to coast\b", r"\bfrom north to south\b",
        r"(?<!four )(?<!selected )(?<!some )(?<!chosen )(?<!example )\bprovincial (?:results|totals|breakdown|picture|"
        r"record|performance|standings|league|comparison|overview|scores?|tally|tallies|map)\b(?![^.;]{0,30}\b(?:four|4|selected|chosen|showcased)\b)",
        r"\b(?:a |the )?map of (?:china|the country)\b", r"\bprovinces at a glance\b",
        r"\bprovince-?by-?province\b", r"\b(?:the|china's) provinces'? (?:records?|results|performance|efforts|tally|"
        r"totals|scores?|achievements?)\b", r"\bregion-?by-?region\b", r"\bthe whole of china\b", r"\ball of china\b",
        r"\bchina as a whole\b", r"\ball (?:31|thirty-one|the) (?:provinces|regions)\b",
        # the country's provinces counted out, as if all were drawn: "China's 31 provinces", "the 31 provincial regions"
        r"(?<!\bof )(?<!\bamong )(?<!\bin )\b(?:china's|the|its|the country's|the nation's|mainland china's)\s+(?:31|thirty-one|34|thirty-four)\s+"
        r"(?:provinces|provincial(?:-level)? (?:regions|units|divisions)|regions)\b(?!\s+(?:are|were)\s+not\b)", r"\bthe rest of china\b",
        r"\bchina's (?:regions|provincial map)\b", r"\bevery (?:corner|part) of china\b",
        r"\b(?:across|throughout|all over|around|over|in all of|all across) (?:mainland china|the mainland|the country|the nation|the land|the people's republic|the prc)\b", r"\bevery corner of the (?:land|nation|country)\b",
        r"\bthe (?:whole|entire) (?:country|nation|land) over\b", r"\bof the people's republic\b",
        r"\b(?:china|the country|the nation)'s (?:regions|provinces)\b",
        r"\bthe (?:whole|full|complete|entire|big|national) (?:picture|story|map|tally)\b", r"\bnational(?:ly)? (?:picture|map|tally|total|results?)\b",
    )


def coverage_patterns() -> tuple[str, ...]:
    """The examples presented as a regional breakdown or a map of where the work was done: "Where in China gangs were
    broken up", "Regional breakdown of the campaign", "The campaign by region", "A provincial snapshot"."""
    return (
        r"\bwhere\s+(?:in\s+)?(?:china|the country|the nation)(?:'s)?\b",
        r"(?<!four )(?<!selected )(?<!some )(?<!chosen )(?<!example )(?<!these )\b(?:regional|provincial)\s+(?:[\w-]+\s+)?(?:breakdown|picture|results|totals|map|overview|snapshot|comparison|"
        r"distribution|spread|split|view|story|tally|figures|numbers|data|portrait|survey|landscape|perspective|roundup|"
        r"round-up|report|account|summary|pattern|patterns|differences|variation|share|shares)\b(?![^.;]{0,30}\b(?:four|4|selected|chosen|showcased)\b)",
        r"\b(?:each|every) (?:province|region)'s share\b|\b(?:provinces?|regions?)(?:'s?)? shares? of (?:the )?(?:national\b|"
        r"campaign'?s?\b|country'?s?\b|china'?s?\b|totals?\b|1,759\b|gangs\b|all\b)",
        r"\bwhere\b(?![^.;?]{0,50}\b(?:four|4|examples?|chosen|selected|showcased|ministry)\b)[^.;?]{0,40}\b(?:in|across|"
        r"around) (?:china|the country|the nation)\b",
        r"\bthe (?:four |4 )?(?:provinces|regions) (?:that|which|where|to)\b(?=[^.;]{0,40}\b(?:broke|broken|bust\w*|dismantl\w*|"
        r"tackl\w*|fought|took on|acted|crack\w*|caught|eliminat\w*)\b)(?![^.;]{0,20}\b(?:the ministry|it|the release)\b)",
        r"\b(?:breakdown|distribution|spread)\s+by\s+(?:region|province)s?\b|\bmapp(?:ed|ing)\s+(?:by|across|over)\s+"
        r"(?:region|province|china|the country)",
        r"\b(?:the\s+)?(?:campaign|crackdown|results?|figures?|totals?|gangs?|fight|war|work|effort)\s*,?\s+by\s+"
        r"(?:region|province)\b",
    )


def every_province_patterns() -> tuple[str, ...]:
    """A national total or one operation's count spread over every province or region ("Online gangs broken up in all
    31 provinces", "the same in all provinces"): the release gives figures for four regions only."""
    return (
        r"\b(?:every|each) (?:province|region|provincial)\b(?!'s (?:figure|bar|count|number))",
        r"\ball (?:of )?(?:the |china's |31 |thirty-one |its )?(?:provinces|regions)\b",
        r"\b(?:each|every|all) of (?:china's|the) (?:31 )?(?:provinces|regions)\b",
        r"\b(?:in|across|throughout|over|around) (?:the )?provinces\b(?!\s+(?:the ministry|named|chosen|mentioned))",
        r"\bprovince[- ]by[- ]province\b|\bregion[- ]by[- ]region\b|\bprovince-?wide\b",
        r"\b(?:all|every) (?:regulators?|local police|police forces?|bureaus?) across china\b",
        r"\bthe same (?:in all|everywhere|in every)\b|\bthe same everywhere\b|(?:各省|各地)(?![^，。,.;；]{0,6}不同)",
    )


def ranked_patterns() -> tuple[str, ...]:
    return (
        # a place in an order: "second only to Jiangsu", "Jiangsu No. 1", "位居第二", "第三名"
        r"\b(?:second|third|fourth|last) (?:only )?(?:to|after|behind)\b", r"\b(?:no\.?|number)\s*(?:1|one|2|two)\b(?![\d,.])",
        r"(?:位居|位列|排在|名列)第?[一二三四]|第[二三四]名?(?:位)?(?![季次批轮])",
        r"\b(?:best|worst|better|worse|strongest|weakest|stronger|weaker)\b", r"(?<!on )\btop(?:s|ped|ping)?\b(?![- ](?:panel|row|bar|chart|left|right|axis|of the (?:chart|panel|figure)))",
        r"\bleads?(?= (?:the|all|other|china|its|in)\b)", r"\bleading (?:province|region|the way)s?\b",
        r"\bled (?:the|all|other)\b", r"\brank(?:s|ed|ing|ings)?\b", r"\bleague table\b",
        r"\blag(?:s|ged|ging)?\b", r"\bleads?\b(?=\s*(?:[,;:.!\u2014\u2013]|$))", r"\bthe rest follow\b",
        r"\btrail(?:s|ed|ing)\b",
        r"\b(?:jiangsu|guangdong|zhejiang|guangxi)\b[^.;]{0,20}?\b(?:bottom|top|trail\w*|last|first|behind|ahead|lead\w*|"
        r"worst|best|tops|bottoms)\b",
        # one example given most of the gangs (round 13): "Guangdong accounts for the bulk of gangs", "the lion's share"
        r"\b(?:jiangsu|guangdong|zhejiang|guangxi)\b[^.;,]{0,30}?\b(?:accounts? for|made up|makes up|has|had|holds|broke "
        r"up|did)\s+(?:the (?:bulk|majority|lion'?s share)|(?:a |the )?majority|the lion'?s share|most|half)\b",

        r"\b(?:most|least|more|less) (?:effective|successful|active|productive|efficient)\b", r"\boutperform\w*",
        r"\bahead of\b", r"\bbeats?\b", r"\bbeating\b", r"\bwinners?\b", r"\bwins\b", r"\bwon\b(?! the (?:fight|war|battle))",
        r"\b(?:highest|lowest|biggest|largest|smallest|greatest|fewest)\b(?!\s+(?:bars?|panels?|marks?|labels?|fonts?|texts?|"
        r"numbers? on the (?:chart|axis)|value on the axis)\b)", r"\bmost gangs\b",
        r"\b(?:first|second|third|last) place\b", r"\bfirst\b[^.;]{0,40}\blast\b",
        r"\b(?:comes?|came|finish(?:es|ed)?|ranks?|placed?) (?:first|last|second|third)\b", r"\bnumber one\b", r"\bno\. ?1\b", r"\bchampions?\b",
        r"\bstar (?:performer|province)s?\b", r"\bmodel (?:province|region)s?\b", r"\brole models?\b", r"\bstandouts?\b", r"\btrails?\b", r"\blags?(?:ged|ging)? behind\b",
        r"\boutdid\b|\boutdoes\b|\boutpaced?\b|\bsurpass\w*", r"\bversus\b|\bvs\.?(?=\s)",
        r"\b(?:more|fewer) (?:[\w-]+ )?(?:gangs|suspects|cases) than\b(?!\s+(?:they|it|were|was|had|did|the police))", r"\bcompared (?:with|to|against)\b",
        r"\bhead-to-head\b", r"\bscoreboard\b", r"\bpodium\b",
        r"\bsets? the (?:pace|standard|example|bar)\b", r"\bprovinces? (?:against|versus|vs\.?) provinces?\b", r"\bbrings? up the rear\b", r"\bbringing up the rear\b",
        r"\bweak(?:est)? links?\b", r"\b(?:gold|silver|bronze) (?:for|to|medal)\b", r"\b(?:tough|hard)(?:est)?\b(?=\s+on\b)",
        r"\b(?:tackles?|fights?|fought|hits?)\s+(?:\w+\s+){0,2}?(?:hardest|most|least)\b", r"\ba mere\b",
        r"\broom (?:to|for) improve\w*", r"\bdoing its (?:job|part|bit)\b", r"\b(?:pulls?|pulled) its weight\b",
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten) times (?:as many|as much|more|fewer|the)\b",
        r"\b(?:underperform|overachiev|overperform)\w*|\bexcel(?:s|led|ling)\b", r"\bpacesetters?\b|\btrailblazers?\b|\bstragglers?\b",
        r"\bfalls? behind\b|\bfell behind\b|\bin the lead\b|\blead(?:s|ing)? the (?:way|pack|field|charge)\b",
        # comparing the examples, however phrased: "How the provinces compare", "Jiangsu did the most"
        r"\bcompar(?:e|es|ed|ing|isons?)\b", r"\b(?:stack|stacks|stacked|measure|measures|measured) up\b",
        r"\bhow (?:the |each |every )?(?:provinces?|regions?|they|examples?) (?:fare|fared|did|do|does|perform\w*|"
        r"rank|stack up|measure up)\b", r"\bfared\b|\bfare (?:better|worse|best|worst)\b",
        r"\bperform(?:s|ed|ing|ance|ances|ers?)?\b", r"\bleague\b|\bleaderboard\b|\bpecking order\b|"
        r"\bscorecard\b|\breport card\b|\bstandings\b",
        r"(?<!gang )(?<!gangs' )(?<!gang's )(?<!criminal )\b(?:leaders?|laggards?|front-?runners?|runners?-up)\b",
        r"\bat the (?:top|bottom|head|tail|front|back)\b", r"\b(?:the )?(?:most|least)\b(?<!\bat most)(?<!\bat least)"
        r"(?!\s+(?:of|provinces|regions|other|parts|people|likely|recent|probably)\b)",
        r"\b(?:did|does|do|doing|done|achieved|accomplished|contributed|delivered|worked|broke up|managed|made|"
        r"achieves)\s+(?:far\s+|much\s+|a lot\s+|a little\s+)?(?:the\s+)?(?:more|less|fewer|better|best|worse|worst|"
        r"most|least)\b(?!\s+(?:[\w-]+\s+)?than\s+(?:they|it|were|was|had|did))",
        r"\b(?:more|less|fewer|bigger|smaller|larger|higher|lower|stronger|weaker|busier|harder)\s+(?:[\w-]+\s+){0,3}?"
        r"than\s+(?:jiangsu|guangdong|zhejiang|guangxi|the others?|other (?:provinces|regions)|the rest|any other|"
        r"anyone|everyone|its neighbours|its neighbors|the other (?:three|provinces|regions|examples))\b",
        r"\b(?:twice|three times|four times|five times|\d+(?:\.\d+)? times|half) as (?:many|much|active|"
        r"effective)\b|\b\d+(?:\.\d+)? times (?:more|fewer|less|bigger|larger)\b",
        r"\bdwarf(?:s|ed|ing)?\b|\bovershadow\w*|\beclips(?:e|es|ed|ing)\b|\bpales? (?:in comparison|beside|next to)\b|\bfalls? short\b|"
        r"\bfell short\b|\bkeeps? up with\b|\bcatch(?:es)? up with\b",
        r"\bout in front\b|\bin front\b(?! of (?:the|each|every))|\b(?:far |way |well )?ahead\b|\b(?:in|takes?|took|"
        r"holds?|held) the lead\b|'s lead\b|\bovert(?:ook|akes?|aken|aking)\b|\boutstrip\w*|\boutr(?:an|uns?)\b|"
        r"\boutshin\w*|\boutshone\b|\boutclass\w*|\bedged? out\b|\bfrom (?:most|best|highest|largest) to\b",
        r"\bbehind\b(?!\s+(?:bars|each|every|these|this|it|them|the (?:figures|numbers|bars|counts|examples|"
        r"operations?|campaign|release|scenes|data|chart)))",
        r"\b(?:jiangsu|guangdong|zhejiang|guangxi)\s+(?:did|does|was|is|came|comes)\s+(?:the\s+)?(?:more|less|most|"
        r"least|better|best|worse|worst|well|badly|poorly|little|much)\b",
    )


_PROVINCE = r"(?:jiangsu|guangdong|zhejiang|guangxi|江苏|广东|浙江|广西)"
# Words of effort that rank when said of one example against the others: "toughest on gangs", "the hardest hit"
_EFFORT_RANK = (r"(?:toughest|hardest|strictest|fiercest|busiest|boldest|keenest|most active|most aggressive|"
                r"most determined|most zealous|weakest|strongest|slowest|fastest|laziest)")


def comparison_patterns() -> tuple[str, ...]:
    """One example told to catch up with, or set against, another: "Guangxi needs to do more", "Jiangsu 8x Guangxi",
    "Jiangsu > Zhejiang", "#1", a medal, and the Chinese words of a ranking (最多, 第一, 排名, 领先, 落后)."""
    return (
        r"\b(?:must|needs? to|should|could|has to|have to|ought to|has got to|had better|would do well to)\s+(?:\w+\s+)?"
        r"(?:do (?:more|better|its bit|its part)|catch up|try harder|work harder|step up|improve|keep up|pull (?:its|their) "
        r"weight|up (?:its|their) game|raise (?:its|their) game|follow (?:suit|\w+'s (?:lead|example)|the (?:lead|example)))\b",
        rf"\b{_EFFORT_RANK}\b",
        r"\b\d+(?:\.\d+)?\s*[x\u00d7](?=\s|$|[,.;:!?])",
        rf"\b{_PROVINCE}\s*[>\uff1e<\uff1c\u226b\u226a]\s*{_PROVINCE}",
        rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?) times\s+(?:{_PROVINCE}|\w+'s|that of|what)\b",
        r"(?<!example )(?<!examples )(?<!case )(?<!item )(?<!panel )(?<!bar )(?<!figure )(?<!chart )(?<!no\. )(?<![\w#])#\s?1\b|\U0001f947|\U0001f948|\U0001f949|\U0001f3c6|\U0001f3c5|\U0001f451",
        r"\bthe (?:province|region|one|example|team) to (?:beat|catch|follow|watch)\b",
        r"最(?!后|终|近|初|新|早)|第一|排名|排行|领先|落后|冠军|倒数|名列前茅|榜首|垫底|首位|前列|遥遥|加把劲|迎头赶上|差距|拖后腿|"
        r"有待(?:提高|加强)|需要加强|不如|赶不上|比不上",
        # a province with a sign of praise or shame: "Jiangsu \U0001f525 Guangxi \U0001f422"
        rf"\b{_PROVINCE}\s*(?:\U0001f525|\U0001f422|\U0001f40c|\U0001f4aa|\U0001f44f|\U0001f44e|\U0001f44d|\u2b50|\U0001f31f|"
        r"\U0001f634|\U0001f4a4|\U0001f680|\U0001f3c3|\U0001f64c|\U0001f62c|\U0001f62d)",
        # set against "the others": "leaves the others in the dust", "puts the others to shame"
        r"\b(?:leaves?|left|leaving|puts?|putting|shows?|showed|showing|outdoes|puts? to shame)\s+(?:all\s+)?(?:the others|the rest|"
        r"other provinces|the other (?:three|provinces|regions|examples)|everyone else|its neighbou?rs)\b",
        r"\bto shame\b|\bin the (?:dust|shade)\b|\bgold standard\b|\bbenchmark\b|对比|比较|相比|"
        rf"\b{_PROVINCE}(?:'s)?\s+(?:\w+\s+)?dominat(?:es|ed|ing|e)\b|"
        r"\bbarely (?:registers?|registered|features?|shows? up|counts?|scratch\w*)\b",
    )


def ranked_question_patterns() -> tuple[str, ...]:
    """A question that presumes the ranking: "Which province did best?" (a claim even when asked)."""
    return (rf"\b(?:which|what|who)\b[^?]{{0,40}}?\b(?:{_EFFORT_RANK}|winning|losing|ahead|behind|lagging|leading|leads|"
            r"doing (?:the )?(?:most|least|best|worst|more|less)|pulled (?:its|their) weight|did (?:its|their) (?:part|bit|job)|"
            r"stepped up|delivered|excelled|stood out|shone|performed|slacked|failed)\b",
            # why one example is behind (or ahead): the question presumes it is
            rf"\b(?:why|how come)\b[^?.]{{0,30}}?\b{_PROVINCE}\b[^?.]{{0,40}}?\b(?:behind|ahead|better|worse|lag\w*|lead\w*|"
            r"trail\w*|more|less|best|worst|slack\w*|short)\b",
            # a question that insinuates a shortfall: "Is Guangxi falling behind?", "Could Guangxi do better?"
            rf"\b{_PROVINCE}\b[^?.]{{0,20}}?\b(?:falling behind|fall behind|lagging|slacking|falling short|doing enough|"
            r"pulling its weight|doing its (?:part|bit|share|job)|do (?:more|better)|try harder|catch up|keep up|"
            r"the (?:province|one|region) to beat|"
            r"(?:the|a) (?:model|star|standout|leading|top|best) (?:province|region|performer|example)|the leader|number one|"
            r"champion)\b",r"\b(?:which|what) (?:province|region|example|operation|place)s?\b[^?]{0,40}\b(?:most|best|worst|least|more|"
            r"better|fewest|hardest|top|first|last|biggest|largest|winner|leader)\b",
            r"\bwho (?:did|does|broke up|busted|caught|came|comes|is|was) (?:the )?(?:best|most|worst|least|first|top)\b",
            # a superlative put on one example, asked in a headline's shape (round 15, C1): "Jiangsu, the most dangerous
            # province?", "Guangxi: China's safest region?" (a question a denial answers stays fair: "... ? These
            # examples cannot say")
            # (said of one of the four by name; "The best province?" alone asks)
            rf"\b{_PROVINCE}\b[^?.\uff1f\u3002]{{0,20}}?\b(?:the|china's|its|their|a)\s+(?:(?:most|least)\s+[\w-]+|safest|worst|"
            # (a superlative of quality: "the largest example?" asks about the count itself)
            r"best|toughest|hardest|strictest|busiest|weakest|strongest|cleanest|riskiest|deadliest)\s+(?:province|region|"
            r"place|example|part of china|link|performer|one)s?\b"
            r"(?=[^.!?\uff1f\u3002]*[?\uff1f])")


# ----- two releases read as a trend (lesson 02 q9) -----------------------------------------------

_CHANGE = "(?:" + "|".join([
    family(*inflected("fall", "drop", "decline", "decrease", "shrink", "plunge", "plummet", "sink", "slump", "tumble",
                      "dip", "dwindle", "diminish", "collapse", "halve", "double", "triple", "rise", "grow", "increase",
                      "climb", "surge", "soar", "jump", "rebound", "recover", "slip", "slide", "ease", "crash", "slow",
                      "slow down", "go down", "go up", "drop off", "fall off", "tail off", "taper off", "trend", "reduce",
                      "crater", "nosedive", "sag", "contract", "retreat", "lose steam", "run out of steam",
                      "lose momentum", "ease off", "let up")),
    # learners' English and comparisons with a year: "The cases solved is decrease", "lower than 2020"
    r"\b(?:is|are|was|were|has|have|become|became)\s+(?:decrease|reduce|decline|drop|less|fewer|lower|smaller|down)\b",
    r"\b(?:lower|higher|fewer|more|less|smaller|bigger|larger)\s+than\s+(?:in\s+)?(?:(?:the\s+)?(?:19|20)\d\d|before|"
    r"the (?:first|earlier|2020|previous|other) (?:release|figure|bar|one))\b",
    family("fell", "fall", "falls", "fallen", "falling", "drop", "drops", "dropped", "dropping", "declined", "declines",
           "declining", "decreased", "decreases", "decreasing", "shrank", "shrunk", "shrinking", "plunged",
           "plummeted", "sank", "slumped", "tumbled", "dipped", "dwindled", "diminished", "collapsed", "halved",
           "halving", "nearly halved", "almost halved", "doubled", "doubling", "tripled", "rose", "risen", "rising",
           "rises", "grew", "grown", "growing", "increased", "increases", "increasing", "went up", "gone up",
           "going up", "went down", "gone down", "going down", "climbed", "surged", "soared", "jumped", "rebounded",
           "recovered", "slipped", "slid", "eased", "crashed", "cut in half", "cut by", "down by", "up by",
           "lower than before", "higher than before", "fewer than before", "more than before", "less than before",
           "dropped off", "fell off", "tailed off", "trending", "trended", "downward", "upward", "downwards",
           "upwards", "downturn", "upturn", "slowdown", "slowed", "slowing", "accelerated", "stalled",
           "over time", "year on year", "year-on-year", "since 2020", "since the 2020 release",
           "between the (?:two )?releases"),
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:fall|drop|decline|decrease|reduction|rise|increase|jump|slump|dip|plunge|"
    r"cut|growth|trend|change|shift)\s+(?:in|of|from)\b",
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:fall|drop|decline|decrease|reduction|rise|increase|jump|slump|dip|plunge|"
    r"growth|downturn|slide|halving|doubling)\b",
    r"(?<!\bnot )(?<!\bno )\b(?:a |an |the )?(?:downward |upward |falling |rising |declining |clear |real |steady )?"
    r"(?:trend|trajectory|time series)\b",
    r"\b(?:down|up)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s*(?:%|per ?cent)",
    # a figure set against the other release's as where it came from (round 14 FINAL, #19): "2023: 18,000 cases, down
    # from 32,000", "up from 18,000"
    r"\b(?:down|up|lower|higher|fewer|more|less|falling|rising|fell|rose|dropped|climbed)\s+(?:sharply\s+|steeply\s+|"
    r"slightly\s+|only\s+|a lot\s+|much\s+)?(?:from|on)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+|the\s+)?"
    r"(?:(?:19|20)\d\d(?:'s)?\s+)?(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?(?:\s*(?:k|thousand|万)\b)?",
    r"\b(?:down|up)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*(?:\s*(?:k|thousand|万))?\b",
    r"\b\d[\d.,]*\s*(?:%|per ?cent)\s+(?:fewer|less|more|lower|higher|drop|fall|decline|rise|increase)\b",
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:k|thousand|万)?"
    r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:about\s+|around\s+|some\s+|just\s+|only\s+)?(?!(?:19|20)\d\d\b)\d",
    r"\b(?:fewer|more|less)\s+(?:[\w-]+\s+){0,3}?(?:cases|crimes|solved)\b[^.;:!?]{0,30}?\b(?:in|by|than in|since)\s+"
    r"(?:20\d\d|the (?:later|second|newer|next)|the 20\d\d)",
    r"\b(?:solved|cleared|cracked|solving|solve|solves|clearing|cracking)\s+(?:far\s+|many\s+|a lot\s+)?(?:fewer|more|less)\b",
    r"\b(?:half|twice|double|a third|a quarter|two thirds)\s+(?:as many|as much|the number|the cases|the count)\b",
    # one number arrowed to the other: "32,000 → 18,000", "32k -> 18k" (years are the other pattern's)
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:k|thousand|万)?\s*(?:\u2192|->|\u27f6|\u279d|\u21d2|=>)\s*"
    r"(?!(?:19|20)\d\d\b)\d",
    # in Chinese: "从3.2万降至1.8万", "破案数较2020年减少", "2023年不及2020年"
    r"(?:降至|降到|减至|减少到|减少了|跌至|跌到|回落到|回落至|升至|增至|增加到|上升到|上升至|翻番|减半|下降了?|减少|下滑|回落|"
    r"上升|增长|增加|不及|少于|低于|高于|多于|同比|环比)",
    # the change itself named: "Growth rate of cases", "Rate of decline", "Change over time"
    r"\bgrowth(?:\s+rates?)?\s+(?:of|in)\b", r"\brates? of (?:change|decline|fall|growth|increase|decrease|reduction)\b",
]) + ")"


def releases_trend_patterns() -> tuple[str, ...]:
    """The two releases' figures read as one series that changed: fell, halved, a trend, from X to Y."""
    return (_CHANGE,
        # more of the cases set in one release's year (round 13): "Most cases were solved in 2023", "More solved in 2020"
        r"\b(?:most|more|the (?:majority|bulk))\b(?: of)?(?: the)?(?: criminal)?(?: cases)?(?: were| was)?\s+(?:solved|"
        r"cracked)\s+in\s+(?:2020|2023)\b",
        r"(?:19|20)\d\d\s*(?:\u2192|->|\u2013|-|to)\s*(?:19|20)\d\d\s*[:,]?\s*(?:[\w-]+\s+){0,2}?(?:down|up|fell|rose|"
        r"dropped|halved|doubled|grew|shrank|declined|increased|decreased)\b",
        # the periods said to be alike, so the figures read as comparable: "Both figures cover one year"
        r"\b(?:both|each|the two|the 2)\s+(?:[\w-]+\s+)?(?:cover|covers|count|counts|span|spans|are for|is for|refer to|"
        r"measure)\s+(?:exactly\s+)?(?:one|a|the same|a single|an equal|equal|comparable)\s+"
        r"(?!(?:different|separate|distinct|other|longer|shorter|unequal)\b)(?:[\w-]+\s+)?(?:year|period|"
        r"periods|span|length|twelve months|12 months)\b",
            # a change written as a signed percentage or an arrow ("-44%", "\u2193 44%", a text mark between the bars)
            r"(?<![\w.%])[\u2212\u2013\u2193\u25bc\u2191\u25b2+-]\s?\d[\d.,]*\s*(?:%|per ?cent)",
            r"\b\d[\d.,]*\s*(?:%|per ?cent)\s+(?:down|up|lower|higher|drop|fall|rise)\b",
            # or called like for like, which the lesson shows they are not
            r"\b(?:the )?same (?:campaign|period|length|kind of period|time span|span)\b",
            r"(?<!\bnot )(?<!\bnot directly )\b(?:directly |fully |perfectly )?comparable\b",
            r"\blike[- ]for[- ]like\b", r"\bapples (?:to|with) apples\b", r"\ba fair comparison\b",
            # round 11: the periods said alike, or both read as a year's rate ("The two periods are alike", "Periods:
            # both about a year", "Cases solved per year", "Annual cases solved"), not the 2023 "annual report"
            r"\b(?:the\s+)?(?:two\s+)?periods\s*(?:[:\u2014\u2013-]|(?:are|were|look|seem)\s+)\s*(?:(?:much|very|roughly|about|"
            r"broadly|more or less)\s+)?(?:alike|similar|equal|identical|matched|the same|both (?:about |roughly )?(?:a|one) year)\b",
            r"\bboth\s+(?:about\s+|roughly\s+|around\s+)?(?:a|one)\s+year\b(?!\s+(?:or|and)\b)",
            r"\bcases\s+(?:solved\s+)?(?:per|a|each|every)\s+year\b",
            r"(?<!\bthe other an )(?<!\bthe other a )(?<!\bvs\. )(?<!\bvs )(?<!\bversus )(?<!\bagainst )(?<!\bagainst an )(?<!\bversus an )(?<!\b2023 )(?<!\b2023's )(?<!\bits )\b(?:annual|yearly)\s+(?:cases|number|count|counts|totals?|figures?|rate|rates|tally)\b",
            r"\b(?:19|20)\d\d\s+(?:beats?|tops?|outdoes|outperforms?|trails?|wins)\s+(?:19|20)\d\d\b",
            r"\bsame (?:measure|metric|yardstick|basis|scale|thing)\b", r"\b(?:19|20)\d\d\s*(?:vs\.?|versus|v\.?)\s*(?:19|20)\d\d\b",
            r"\bwho solved more\b", r"\b(?:changed|change|changes|changing|shifted)\b(?!\s+(?:of|in) (?:campaign|period))",
            r"\bpaid off in (?:19|20)\d\d\b", r"\bbetter at solving\b",
            # the police's performance set against itself across the two (review round 14, B5): "the police got less
            # effective", "policing became less efficient", "falling police effectiveness"
            r"\b(?:police|policing|officers|the force|they)\s+(?:(?:got|became|become|grew|were|was|are|is|have "
            r"become|has become)\s+)?(?:much |far |a lot |slightly )?(?:less|more|worse|better|weaker|stronger)\s+"
            r"(?:effective|efficient|productive|successful|at (?:their|its) (?:job|work))\b",
            r"\b(?:falling|declining|dropping|rising|improving|worsening|lower|higher)\s+(?:police\s+)?(?:effectiveness|"
            r"efficiency|productivity|performance)\b",
            r"\b(?:police\s+)?(?:effectiveness|efficiency|productivity|performance)\s+(?:fell|dropped|declined|rose|"
            r"improved|worsened|slipped|halved)\b",
            r"\b(?:went|go|gone|going|goes) south\b", r"\b(?:the|a)\s+(?:\w+\s+)?(?:downswing|upswing|downtrend|uptrend)\b",
            r"\ba (?:weaker|stronger|worse|better|slower|poorer|bumper|record|quieter|busier) year\b",
            # a change every year, or one year set against the other: "Fewer cases, year after year", "busier in 2020"
            r"\b(?:year after year|year by year|year on year|every year|each year|with each (?:passing )?year|annually|"
            r"(?<!\bvs\. )(?<!\bvs )(?<!\bversus )(?<!\bagainst )yearly)\b",  # "cumulative vs. yearly counts": a contrast
            r"\bthen (?:vs\.?|versus|and|to|v\.?) now\b|\bnow (?:vs\.?|versus|and|v\.?) then\b|\bbefore (?:vs\.?|versus|and) after\b",
            r"\b(?:\d+|two|three|four|five|six) years (?:on|later|after|since)\b(?=[^.;]{0,30}\b(?:fewer|more|less|lower|higher|"
            r"down|up|half|halved|drop\w*|f[ae]ll\w*|ris\w*|rose|shr[iau]nk\w*)\b)|\b\d[\d,.]*k?\s+(?:fewer|more|less)\s+cases\b",
            r"\b(?:weaker|stronger|worse|better|slower|poorer|quieter|busier|leaner|lighter|heavier|calmer)\s+years?\b",
            r"\b(?:19|20)\d\d\s+(?:saw|had|brought|recorded|logged|showed|produced|yielded)\s+(?:\w+\s+){0,2}?(?:fewer|more|less|"
            r"lower|higher)\b",
            r"\b(?:down|up|cut|fell|dropped|shrank|rose|grew)\s+(?:by\s+)?(?:almost |nearly |about |roughly |more than |over )?"
            r"(?:half|a half|a third|a quarter|two thirds|three quarters)\b",
            family(*inflected("dry up", "thin out", "wind down", "ease off", "peter out", "level off", "fizzle out", "tail off",
                              "trickle", "flatline", "cool", "cool off", "slacken")),
            r"比\s*(?:19|20)\d\d\s*年?\s*(?:少|多|低|高|下降|减少|增加|上升)",
            r"\bin (?:19|20)\d\d\s+than\s+(?:in\s+)?(?:19|20)\d\d\b",
            r"\b(?:busier|quieter|more active|less active|stronger|weaker|better|worse|harder|slower|faster)\s+(?:\w+\s+){0,3}?"
            r"than\s+(?:in\s+)?(?:19|20)\d\d\b",
            # round 12: the comparison with one year named, the other implied: "police busier in 2020", "more cases
            # solved in 2020"
            r"\b(?:busier|quieter|more active|less active|more productive|less productive|more effective|less effective)"
            r"\s+(?:\w+\s+){0,2}?in\s+(?:19|20)\d\d\b",
            r"\b(?:more|fewer)\s+(?:criminal\s+)?cases(?:\s+(?:were\s+)?solved)?\s+in\s+(?:19|20)\d\d\b",
            # one release indexed to the other: "Cases solved (2020 = 100)", "2023 as a percentage of 2020"
            r"\b(?:relative to|compared (?:with|to)|as a (?:percentage|share|fraction|proportion|percent) of|indexed to|as % of|"
            r"a (?:percentage|share|fraction) of)\s+(?:the\s+)?(?:(?:19|20)\d\d|the (?:2020|first|earlier) (?:figure|release|bar))\b",
            r"\b(?:19|20)\d\d\s*=\s*100\b",
            # a sign of change anywhere, and the Chinese words of one
            r"\U0001f4c9|\U0001f4c8|\u2193|\u2191|\u2b07|\u2b06|\U0001f53b|\U0001f53a|\u25bc|\u25b2|\u2935|\u2934|\U0001f447|\U0001f446",
            r"逐年|下降|减少|上升|增加|增长|减半|翻番|(?<!不构成)(?<!并非)(?<!不是)(?<!非)(?<!无)(?<!没有)趋势|同比|环比|回落|下滑")


def trend_question_patterns() -> tuple[str, ...]:
    """A question that presumes the change: "Why did cases solved halve?", "How far did cases fall?"."""
    return (rf"\bwhy\b[^?]{{0,60}}?{_CHANGE}", rf"\bhow (?:much|far|fast|sharply|steeply)\b[^?]{{0,40}}?{_CHANGE}",
            r"\bwho (?:solved|did|caught|cracked|handled) (?:more|most|better|less|fewer)\b",
            # in Chinese (round 13): "为什么破案数翻番？", "破案数为何下降"
            r"(?:为什么|为何|何以|怎么会)[^？?。]{0,20}?(?:翻番|翻倍|减半|上升|下降|增加|减少|增长|回落|下滑)")


def victims_question_patterns() -> tuple[str, ...]:
    """A question that presumes people harmed or helped are counted: "How many victims got help in November?"."""
    return (rf"\bhow many\s+(?:[\w-]+\s+)?(?:people|users|families|borrowers|citizens|netizens)\b(?!\s+(?:were\s+)?"
            r"(?:apprehended|detained|arrested|caught|held|suspected))",
            # victims, whatever follows: "How many victims were detained?" calls the suspects victims (round 13)
            r"\bhow many\s+(?:[\w-]+\s+)?victims\b|多少(?:名|位|个)?(?:受害人|受害者)")


def none_left_question_patterns() -> tuple[str, ...]:
    """A question a count of work cannot answer, asked as if the chart did (review round 18, W3): "How many gangs are
    left?", "How many trap lenders remain?", "还剩多少团伙？" over counts of gangs broken up or an index of lenders. Read
    as the claim unless the chart's words say the figures cannot answer it (``claims._asserted``'s ``asked``)."""
    return (rf"\bhow many\s+(?:more\s+)?{_NONE_LEFT_THING}\s+(?:(?:are|is|were|was|still|now|there)\s+){{0,3}}"
            r"(?:left|remain\w*|active|operating|at large|out there|around)\b"
            # asked against a base ("How many institutions remain relative to the 2019 peak"), it asks for the index,
            # which an index chart answers
            r"(?!\s+(?:relative to|compared (?:with|to)|against|as a share of|per 100|for every 100|out of|of every)\b)",
            rf"\bare there (?:any\s+)?(?:more\s+)?{_NONE_LEFT_THING}\s+(?:still\s+)?(?:left|remaining)\b",
            r"(?:还剩|剩下|还有)(?:多少|几个)(?:网络)?(?:黑恶)?(?:团伙|机构|平台|骗子)")


def arrested_patterns() -> tuple[str, ...]:
    """The apprehended count called arrests (review round 18, W7): the release's English says "arrested 17,000", and
    lesson 01 teaches that the Chinese is 抓获 (apprehended, caught), not 逮捕 (formal arrest, a later step the release
    gives no count of). Read only on charts whose figures count apprehended suspects (02 q1, q2, q6): "17,000 suspects
    arrested", "a count of arrests", "arrestees", "under arrest"; not "not arrested", "arrest is a later step",
    "arrest warrants"."""
    return (r"\barrest(?:ed|s|ees?)\b(?!\s+(?:(?:is|was|comes|came|would be|needs|is a)\s+)?(?:a\s+)?"
            r"(?:later|warrants?|approv\w*))|\bunder arrest\b",)


def convicted_question_patterns() -> tuple[str, ...]:
    """A question whose subject calls the suspects proven offenders (round 18, #19): "Were the criminals punished?",
    "Will the 16,400 fraudsters be jailed?", "How many criminals were detained?" presume the guilt the question does not
    ask about ("Are these suspects criminals?" asks it, and presumes nothing)."""
    guilty = (r"(?:criminals|offenders|convicts|culprits|perpetrators|fraudsters|scammers|crooks|gangsters|felons|"
              r"lawbreakers|wrongdoers|thugs|swindlers|extortionists|cybercriminals|the guilty)")
    return (rf"\b(?:were|are|was|is|have|has|had|did|do|does|will|would|can|could|should)\s+(?:(?:the|these|those|all|all the)"
            rf"(?:\s+\d[\d,]*)?|\d[\d,]*)\s+(?!suspects?\b|people\b|detainees\b|individuals\b|persons\b|men\b)(?:[\w-]+\s+)?{guilty}\b"
            r"(?!\s*\?)",
            rf"\bhow many\s+(?:[\w-]+\s+)?{guilty}\b")


def coverage_question_patterns() -> tuple[str, ...]:
    """A question that presumes the chart covers the country: "Where in China were gangs broken up?"."""
    return (r"\bwhere\s+in\s+(?:china|the country|the nation)\b",)


# ----- provinces the release does not mention, read as zero (lesson 02 q3) -------------------------

_UNMENTIONED = (r"(?:(?:every|each|all|any) other (?:province|region|provinces|regions)|(?:the\s+)?(?:other|remaining|unnamed|unmentioned|unlisted|missing|absent|omitted|excluded|"
                r"left[- ]out|unshown)\s+(?:\d+\s+|twenty-seven\s+)?(?:provinces|regions|provincial-level regions|"
                r"areas|parts of china|ones)|the rest(?: of (?:the )?(?:provinces|regions|china|the country))?|"
                r"(?:the\s+)?(?:other\s+)?(?:27|twenty-seven)\s+(?:other\s+)?(?:provinces|regions)|the others|"
                r"(?:provinces|regions|others)\s+(?:that are\s+|which are\s+)?(?:not|never)\s+(?:shown|named|listed|"
                r"mentioned|included|in the (?:chart|release|list)|here|pictured|drawn))")
_NO_WORK = (r"(?:(?<!not )(?:zero|none|nothing|nil|nought)\b|(?<![\d,.])0(?![\d,.%])|(?<!not )no\s+"
            r"(?!(?:figures?|data|counts?|numbers?|information|mention|details|reports?|records?|word|statistics)\b)\w+|"
            r"(?:did not|didn't|failed to|could not|couldn't)\s+(?:\w+\s+)?(?:break|bust|dismantle|fight|tackle|act|do|"
            r"catch|arrest|have|find|crack|eliminate|take|make|stop|handle|deal|achieve|bother|contribute)|"
            r"(?:had|have|has|saw|found|reported)\s+(?:no|zero|none|nothing)\b|did nothing|achieved nothing|"
            r"sat idle|were idle|stood by|are gang-free|were gang-free|had no gangs)")
_GAP_NO_DENIAL = r"(?:(?!\bnot\b|n't\b|\bnever\b|\bunknown\b|\bunreported\b|\bunclear\b)[^.;:()!?])"


# what the unnamed regions are said to have done nothing of: broken up, taken down, caught ... (not "named", "reported")
_WORK_DONE = (r"(?:broke|broken|break|bust\w*|dismantled|took down|taken down|takes down|tackled|fought|caught|"
              r"eliminated|smashed|cracked|struck|arrested|apprehended|detained|solved|seized|acted|did|had|found|made|"
              r"achieved|contributed|managed)\b")
# ... and the zero itself, after a colon: "none of them broke up gangs", "no gangs broken up", "zero", "nothing"
_NONE_OF_THEM = (rf"(?:(?:none|not one|no one)(?:\s+of\s+(?:them|these|those|the\s+others|the\s+rest))?\s+(?:(?:has|have|"
                 rf"had|was|were|ever|even)\s+)*{_WORK_DONE}|no\s+(?:online\s+)?gangs?\b(?!\s+(?:figures?|data|counts?))|"
                 r"(?:had|have|has|with|saw|reported)\s+(?:no|zero|none|nothing)\b)")


def unmentioned_as_zero_patterns() -> tuple[str, ...]:
    """The regions the release does not mention read as having done nothing (zero, none, no gangs)."""
    return (
        # the four presented as all that did it: "The four provinces that broke up gangs", "Four provinces did the work"
        r"\bthe (?:four |4 )?(?:provinces|regions) (?:that|which|where|to) (?:broke|bust|dismantled|tackled|fought|took on|"
        r"acted|cracked|caught|eliminated|did|have broken|had broken|acted against|went after|struck)\b",
        r"\b(?:the\s+)?(?:four|4|these|only|just) (?:provinces|regions) (?:did|do|does|are doing|carried|carry|bore|"
        r"shouldered|took on|handled)\s+(?:all\s+)?(?:the\s+|most of the\s+)?(?:work|job|heavy lifting|lifting|fighting|gangs)\b",
        rf"\b{_UNMENTIONED}{_GAP_NO_DENIAL}{{0,40}}?{_NO_WORK}",
        rf"\b{_UNMENTIONED}\s*[:\u2014\u2013-]\s*(?:zero|none|nothing|nil|0)\b",
        # round 18 (#19): the regions named as left out, then a colon and their zero ("Other provinces left out: none of
        # them broke up gangs", "The other regions, unmentioned: no gangs broken up"); not "...: none of them is named"
        rf"\b{_UNMENTIONED}(?:\s*,?\s*(?:left[- ]out|not (?:shown|named|listed|mentioned|given)|unmentioned|omitted|"
        rf"unlisted|unnamed|missing|absent))?\s*[:\u2014\u2013-]\s*{_NONE_OF_THEM}",
        # "None of the other regions took down a gang", "not one of the remaining provinces broke up a gang"
        rf"\b(?:none|not one|not a single one|no one)\s+of\s+{_UNMENTIONED}\s+(?:(?:has|have|had|was|were|ever|even|"
        rf"reportedly)\s+)*{_WORK_DONE}",
        # "the release names no other province" says what the release does, not what the provinces did
        r"(?<!names )(?<!mentions )(?<!lists )(?<!gives )(?<!shows )(?<!reports )(?<!includes )(?<!covers )(?<!cites )"
        r"\bno (?:other|more) (?:province|region|provinces|regions)\b(?!\s+(?:is|are|was|were)\s+(?:named|mentioned|"
        r"shown|given|listed|in the release))",
        r"\b(?:outside|beyond)\s+(?:these|the|those)\s+(?:(?:(?:four|4)\s+)?(?:provinces|regions|examples|places)|four|4)\s*,?\s*"
        r"(?:no|zero|none|nothing)\b(?!\s+(?:figures?|data|counts?|numbers?|information|mention|details|word)\b)",
        # (not "no figures outside these four": that is what the release does not give)
        r"\b(?:no|zero|none|nothing)\s+(?!(?:figures?|data|counts?|numbers?|information|mention|details|word|statistics|"
        r"reports?)\b)(?:\w+\s+){0,5}?(?:elsewhere|anywhere else|in (?:the )?(?:other|remaining) "
        r"(?:\d+ )?(?:provinces|regions)|in the rest|"
        r"outside (?:these|the) (?:four|examples?|provinces))\b",
        r"\b(?:elsewhere|everywhere else|anywhere else|outside (?:these|the) four)\s*[:,\u2014\u2013-]?\s*(?:zero|none|"
        r"nothing|nil|0)\b",
        # "Elsewhere: no gangs broken up" (round 18): a count of none given to the places not named
        rf"\b(?:elsewhere|everywhere else|anywhere else|outside (?:these|the) four)\s*[:,\u2014\u2013-]?\s*no\s+"
        rf"(?:online\s+)?gangs?\s+(?:(?:were|was|have been)\s+)?{_GANG_WORK}",
        # in Chinese (round 18): "其他省份没有打掉团伙", "其余省份为零", "其他地区一个团伙也没有打掉" (not "其他省份没有数据",
        # "其他省份未提及": what the release does not give)
        r"(?:其他|其余|其它|另外|剩下|剩余)的?(?:\d+个|二十七个)?(?:省份|省区|省|地区|地方)[^，。；,;：:]{0,6}?"
        r"(?:没有|没|均无|都没有|为零|是零|为0|等于零|一个也没|一个都没)(?!有?(?:数据|数字|统计|提及|公布|列出|列入|报告|资料|说明|信息|"
        r"出现|被|在|提到|给出|写|记录))",
        r"\b(?:only|just|solely) (?:these |the |in )?(?:four|4|these|the four) (?:provinces|regions|places)\s+(?:\w+\s+)?(?:broke|"
        r"bust|dismantled|fought|tackled|acted|had|took|found|caught|cracked|eliminated|struck|faced|have)\b",
        r"\b(?:gangs were|gangs have been|gangs are) (?:broken up|eliminated|found|caught) only in\b",
        r"\bthe only (?:provinces|regions|places) (?:that|to|with|where)\b(?!\s+(?:the ministry|the release|it) )",
        r"\bnowhere else\b",
        r"\b(?:elsewhere|everywhere else|anywhere else|in (?:the )?other (?:provinces|regions))\s*,?\s*(?:no|zero|none)\b"
        r"(?!\s+(?:figures?|data|counts?|numbers?|information|mention|details|reports?|records?|word|statistics)\b)",
        r"\b(?:no|zero|none of the)\s+(?:online\s+)?gangs?\s+(?:were\s+|was\s+|have been\s+)?(?:broken up|eliminated|found|"
        r"caught|dismantled)\s+(?:in|across|by)\s+(?:the\s+|any\s+)?(?:other|remaining|rest|unnamed|27)\b",
    )


# ----- the figure named as crime: "Bars of trap-loan crime" -------------------------------------------

def counted_question_patterns() -> tuple[str, ...]:
    """A question whose answer the chart is offered as: "How big is online gang crime in China?" (a claim even asked)."""
    return (rf"\bhow (?:big|large|widespread|common|serious|bad|much|many|prevalent|rampant|great)\b[^?]{{0,30}}?{CRIME}",
            r"\bhow (?:many|much)\s+(?:[\w-]+\s+){0,2}?(?:criminals|offenders|crooks|gangs|scams|frauds|crimes|scammers|"
            r"fraudsters|gangsters)\b[^?]{0,30}\b(?:does china have|do we have|are there|exist|out there|in china)\b")


# A region and what it is said to hold (review round 18, W4), and the gangs it holds (not those broken up there).
_REGION_HAS = (r"\b(?:jiangsu|guangdong|zhejiang|guangxi|(?:the\s+)?(?:other\s+)?(?:provinces?|regions?))\s+(?:has|had|have|"
               r"harbou?rs?|harbou?red|hosts?|hosted|sees?|saw|is home to|was home to|(?:is|was|are|were) (?:full of|rife with|"
               r"riddled with|overrun by))\s+")
_GANGS_THERE = (r"(?:online\s+|criminal\s+|trap[- ]loan\s+)?(?:gangs?|criminals|crime|gangsters|syndicates)\b(?!\s+(?:(?:were|was)"
                r"\s+)?(?:broken|dismantled|busted|taken|eliminated|smashed|caught))")


def counted_as_crime_patterns() -> tuple[str, ...]:
    """The figure called a count of crime itself (the noun phrase, no verb needed)."""
    what = (r"(?:bars?|charts?|graph|maps?|atlas|geography|counts?|numbers?|index|indices|levels?|amounts?|volumes?|size|measures?|"
            r"figures?|data|statistics|tally|totals?|picture)")
    return (
        rf"\b{what}\s+(?:for|of|on|showing|measuring|tracking|counting)\s+{gap(2, ACTIVITY)}{CRIME}",
        rf"{CRIME}\s*(?:,|:|\(|in|during|from|over|between|before|since|by|per|each)\s*(?:the\s+)?"
        rf"(?:(?:19|20)\d\d\b|peak|campaign|crackdown|year|years|releases?|period|periods|before|after|then and now|"
        rf"now and then|over time)",
        # crime located or committed: "Online gang crime by province", "... in four provinces", "Crimes committed"
        rf"{CRIME}\s+(?:by|per|in|across|for)\s+(?:(?:each|every|the|four|4|these|china's|chinese)\s+){{0,2}}"
        r"(?:provinces?|regions?|cities|city|places?|examples?)\b",
        rf"{CRIME}\s+(?:committed|perpetrated|carried out|reported)\b|\b(?:committed|perpetrated)\s+{CRIME}",
        # a region said to have few or many gangs (review round 18, W4): "Jiangsu is full of online gangs", "Guangxi has
        # few gangs" read a count of gangs broken up as the gangs there are (not "had 100 gangs broken up"; "almost no
        # gangs" is ``none_left_patterns``')
        rf"{_REGION_HAS}(?:(?:very|so|far|the)\s+)*(?:(?:few|fewer|fewest|many|more|most|lots of|plenty of|a lot of|little|"
        rf"less)\s+)?{_GANGS_THERE}",
        rf"\b(?:{_MODIFIER}){{0,4}}{_CRIME_HEAD}[- ]+(?:index|count|counts|chart|bars?|tally|volume|totals?|levels?|rates?|"
        r"figures|numbers|statistics|stats|data)\b",
        rf"\bhow (?:much|many)\s+(?:[\w-]+\s+)?{CRIME}",
        rf"{CRIME}\s*,?\s*(?:(?:19|20)\d\d)\s*(?:-|\u2013|to|and|vs\.?|versus)\s*(?:19|20)\d\d",
        rf"{CRIME}\s*(?:,|:|\(|as an?)\s*(?:an?\s+)?index(?:ed)?\b",
        # the whole of an axis, legend or chart title a crime: "Crimes", "Online gang crime (cases)", "Online crime (count)"
        rf"^\W*(?:the\s+)?{CRIME}(?:\s+(?:remaining|left|level|levels|trend|index|count|counts|total|totals|volume|"
        rf"figures|numbers))?\s*(?:\([^)]*\)|[,:]\s*(?:indexed|index|counts?|cases|totals?|numbers?|reported|as reported|"
        r"(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)?\d\d)?))?\W*$",  # an axis titled "Online crime, index"
        # the crime's size, scale or peak read off police counts: "Online crime in numbers", "The scale of the problem"
        rf"{CRIME}\s+(?:in|by) (?:the )?numbers\b",
        rf"\b(?:scale|size|extent|volume|amount|magnitude|measure|numbers?|figures?|count|tally|share|part|fraction|fifth|"
        rf"third|half|quarter|much|many|cost)\s+(?:of\s+)?(?:all\s+)?(?:the\s+|china's\s+)?{gap(2, ACTIVITY)}{CRIME}",
        r"\bthe (?:scale|size|extent|magnitude) of the (?:problem|threat|menace)\b",
        rf"{CRIME}\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:hits?|reach(?:es|ed)?|totals?|totalled|totaled|amounts? to|"
        r"costs?|cost china|surged?|surges|soar(?:s|ed)?|spik(?:es|ed)|explod(?:es|ed)|peak(?:s|ed)|rose|rises|grew|grows|"
        r"is back|are back|back|on the rise|at its (?:worst|peak|height)|was at its worst|happened)\b",
        rf"\b(?:surge|rise|spike|peak|wave|explosion|boom|height)\s+(?:in|of)\s+{gap(2, ACTIVITY)}{CRIME}",
        rf"\b(?:when|where)\s+{CRIME}\s+(?:happened|peaked|was at its worst|surged|was worst|is worst|occurred|took place)",
        rf"\b(?:the\s+)?(?:number|volume|amount) of\s+(?:illegal|harmful|bad|criminal|fraudulent)\s+\w+",
        rf"\b(?:how much|how many)\s+(?:[\w-]+\s+){{0,2}}?(?:criminals|offenders|crooks|gangs|scams|frauds|crimes)\b",
        rf"\b(?:criminals|offenders|crooks|gang members|gangs)\s+(?:in china|china has|nationwide)\b",
        rf"{GANG_PLAIN}\s+(?:are|is|were)?\s*(?:back|worst|rife|rampant|everywhere)\b|\b(?:gang|crime|scam|fraud) (?:capital|"
        r"hotbed|stronghold|hub)\b",
        r"(?:犯罪|诈骗|黑恶)(?:规模|数量|情况|总量)",
        # round 16 (#19): how often crime happens, how widespread it is, where it is, read off police counts
        # ("Frequency of online crime in China", "How often online gangs strike", "Online crime is rampant in China",
        # "Online crime in China, 2019-2020", "Online crime is concentrated in four provinces", "Jiangsu has the most
        # online crime"); the same class as lesson 03's test cases read as crime (``case_set_claims``)
        rf"\b(?:frequenc(?:y|ies)|rates?|incidence|prevalence|occurrences?|spread|distribution)\s+of\s+(?:all\s+)?"
        rf"(?:the\s+|china's\s+)?{gap(2, ACTIVITY)}{CRIME}",
        rf"\bhow (?:often|frequently|common|commonly|widespread|prevalent|rife)\s+{gap(3)}(?:{CRIME}|(?:online\s+)?"
        r"(?:gangs?|criminals|offenders|scammers|fraudsters|lenders)\s+(?:strike|act|operate|prey|attack|offend))",
        rf"{CRIME}\s+(?:(?:is|are|was|were|remains?|stays?)\s+)?(?:still\s+)?(?:rampant|rife|widespread|everywhere|"
        r"endemic|pervasive|common(?:place)?|concentrated|centred|centered|clustered|worst|highest|lowest)\b",
        rf"{CRIME}\s+(?:in|across|throughout)\s+(?:mainland\s+)?(?:china|the country|the nation)\b(?=\s*(?:$|[,:;(\u2014"
        r"\u2013-]|(?:19|20)\d\d|by\b|per\b|since\b|from\b|over\b|during\b|in\s+(?:19|20)\d\d|at a glance|today|now|"
        r"is\b|are\b|was\b|were\b))",
        rf"\b(?:most|more|less|least|much)\s+(?:of\s+(?:the\s+|china's\s+)?)?{CRIME}\s+{gap(2)}(?:happens?|occurs?|is|are|"
        r"takes place|comes?|originates?)\s+(?:in|from)\b",
        rf"\b(?:has|have|had|sees?|saw|suffers?|suffered)\s+(?:the\s+)?(?:most|more|less|least|highest|lowest|worst)\s+"
        rf"{gap(1)}{CRIME}",
        rf"{CRIME}\s*[:\u2014\u2013-]\s*the (?:full|whole|complete|entire|real|true) (?:picture|story|scale|count|extent)\b",
        rf"\b(?:every|all)\s+(?:of\s+)?(?:the\s+)?(?:online\s+)?(?:crimes?|gangs?|scams?|frauds?|criminals|offenders)\s+"
        r"(?:in|across)\s+china\b",
        # a share of crime ("a few per cent of online crime"), and where crime is ("hotspots", "the hub of online crime")
        rf"\b(?:per ?cent|percent|%|proportion|percentage|sliver|fraction|share)\s+of\s+(?:all\s+)?(?:the\s+|china's\s+)?"
        rf"{gap(2, ACTIVITY)}{CRIME}",
        rf"\b(?:capital|hotbed|stronghold|hub|hot ?spots?|epicent(?:re|er)|heartland|centre|center|cradle|nest|den)\s+of\s+"
        rf"(?:the\s+|china's\s+)?{gap(1, ACTIVITY)}{CRIME}",
        r"\b(?:gang|crime|scam|fraud|extortion)\s+(?:hot ?spots?|epicent(?:re|er)s?|heartlands?)\b",
    )


# ----- an index read as a count (lesson 02 q5, your turn 5) -------------------------------------------

# ... nor a share of the peak's 100 (round 14 FINAL, #19): "14 left of every 100 at the 2019 peak", "14 in 100", "14 per 100"
_NOT_A_PERCENT = (r"(?!\s*(?:%|per ?cent|percentage|points?|index|\(index|on the index|of the peak|of its peak|"
                  r"(?:(?:left|remaining|remain|still active|still operating)\s+)?(?:out\s+)?(?:of|in|per|for)\s+"
                  r"(?:every\s+|each\s+|an?\s+)?(?:100|hundred)\b))")
# ... nor a count per 100 of the peak, said after the noun (round 17 FINAL, #19): "14 suspected institutions per 100 at
# the 2019 peak", "fourteen lenders for every 100 of the peak" read the index by its own reference.
_PER_100_OF_PEAK = (r"(?![^.;]{0,40}?\b(?:per|(?:for|of|in|out of)\s+(?:every|each|a|one))\s+(?:100|hundred)\b[^.;]{0,30}?"
                    r"\b(?:peak|2019|at (?:its|their|the) (?:highest|height|top)|index(?:ed)?)\b)")
_CJK_NUMBER = r"(?:\d+|[一二两三四五六七八九十百]+)"  # 14 or 十四: a count written either way


def index_as_count_patterns() -> tuple[str, ...]:
    """An index value (100 at the peak, 14 now, a fall of 86) read as a number of institutions."""
    return (
        # the peak's value called a count (review round 16, C5b): "The peak's count was 100", "a total of 100 at the peak"
        rf"\b(?:count|number|total|tally|headcount)\s+(?:(?:at the peak|in 2019)\s+)?(?:was|were|is|of|:|stood at|reached|"
        rf"came to)\s+100\b{_NOT_A_PERCENT}",
        rf"\b\d[\d,.]*\s+(?:fewer|less|more)\b{_NOT_A_PERCENT}(?!\s+than\s+\d)",
        # the values said to be counts: "These are real counts of institutions", "Not an index: actual numbers"
        r"\b(?:real|actual|raw|absolute|true|exact)\s+(?:counts?|numbers?|totals?|tallies)\b(?!\s+(?:are|is)\s+not)",
        # a fall of 86 said with a verb, no percent: "institutions fell by 86", "cut by 86"
        rf"\b(?:fell|dropped|declined|decreased|shrank|sank|went down|were cut|was cut|cut|reduced|down)\s+(?:by\s+)?86\b"
        rf"{_NOT_A_PERCENT}",
        rf"\b\d[\d,.]*\s+(?:left|remain|remaining|remained|were left|was left|stayed|still active|still operating|survive|survived|to go|still (?:at it|around|"
        rf"in business|going|open|trading|standing|alive))\b{_NOT_A_PERCENT}",
        r"(?<![\d.,])(?<!\bevery )(?<!\beach )(?<!\bper )(?<!\bout of )\b(?:14|86|100)\s+(?:suspected\s+)?(?:[\w-]+\s+)?(?:institutions|lenders|platforms|apps|"
        rf"companies|firms|loan sharks)\b{_PER_100_OF_PEAK}",
        # (but not the index read by its own reference: "From 100 at the peak to 14: an index, not a count")
        rf"\bfrom\s+100\s+(?:(?!peak\b|index\b)[\w-]+\s+){{0,3}}to\s+14\b{_NOT_A_PERCENT}(?![^.;]{{0,30}}\bindex(?:ed)?\b)",
        r"(?<![\d.,])(?<!\bevery )(?<!\beach )(?<!\bper )(?<!\bout of )\b(?:14|86|100)\s+(?:suspected\s+)?(?:[\w-]+\s+){0,2}(?:institutions|lenders|platforms|apps|companies|"
        rf"firms|loan sharks)\b{_PER_100_OF_PEAK}",
        # "Lenders: 100 in 2019, 14 in 2020" (but "100 (2019 peak) and 14" reads the index by its own reference)
        r"\b(?:institutions|lenders|platforms|firms|companies|loan sharks)\s*:?\s*100\b(?![^.;]{0,20}\b(?:peak|index)\b)[^.;]{0,20}\b14\b"
        r"(?!\s*(?:%|per ?cent|points?))",
        r"\b86\s*(?:%|per ?cent)\s+of\s+(?:[\w-]+\s+){0,3}(?:institutions|lenders|platforms|firms|companies)\s+(?:still|remain|are "
        r"still|left|operating)",
        r"\bat\s+86\s*(?:%|per ?cent)\s+of\s+(?:their|its|the)\s+peak\b", r"\bdown (?:by )?86\b(?!\s*(?:%|per ?cent|points?))",
        r"\bdown (?:by )?(?:almost|nearly|about)?\s*100\s*(?:%|per ?cent)",
        r"\b(?:only|just)\s+14\b(?!\s*(?:%|per ?cent|points?|index|\(index))",
        # the figure named a number of lenders: "Number of lenders", "Lenders (count)", "Lenders counted: 100 then 14"
        r"\b(?:number|count|total|tally|amount) of\s+(?:(?:suspected|online|trap[- ]loan|illegal|predatory)\s+)*(?:lenders|"
        r"institutions|platforms|firms|companies|loan sharks|apps)\b(?![^.;]{0,50}(?:%|per ?cent|index|below|above|"
        r"of (?:its|the|their) (?:\d{4} )?peak))",
        r"\b(?:lenders|institutions|platforms|firms|companies|loan sharks)\s*(?:\(\s*(?:count|number|n|#)\s*\)|counted\b)",
        r"\b(?:lenders|institutions|platforms|firms|companies|loan sharks)\s+(?:left|remaining|remain|still (?:active|operating|open)|"
        r"surviving|survive|alive|standing)\b(?![^.;]{0,40}(?:%|per ?cent|index|=\s*100|relative to|compared (?:with|to)))",
        r"\b(?:eighty[- ]six|fourteen|(?:a|one) hundred)\s+(?:[\w-]+\s+)?(?:lenders|institutions|platforms|firms|companies|"
        rf"loan sharks)\b{_PER_100_OF_PEAK}",
        # the index itself denied, the values set up as counts: "Counts, not an index", "Real numbers rather than an
        # index", "This is not an index", "不是指数，是实际数量" (but "not an index of crime" denies another index)
        r"\b(?:counts?|numbers?|totals?|tallies|headcounts?|figures|values)\s*[,:;\u2014\u2013-]?\s*(?:and\s+|but\s+)?"
        r"(?:not|never|rather than|instead of|as opposed to)\s+(?:an?\s+|the\s+)?(?:index|indices|indexes|percentages?|"
        r"relative (?:values|figures)|shares of the peak)\b(?!\s+(?:of|for|on)\b)",
        r"(?:^|(?<=[.:;!?]\s)|\b(?:this|these|it|they|the (?:values|bars|figures|numbers))\s+(?:is|are|was|were)\s+)"
        r"(?:not|no longer)\s+(?:an?\s+)?(?:index|indices|indexes)\b(?!\s+(?:of|for|on|value|values|number|numbers)\b)"
        r"(?!\s+(?:but|:|-)\s*(?:an?\s+)?(?:index|share|percent))",
        r"(?:不是|并非|而非|并不是)指数|(?<!非)(?<!未公布)(?<!没有公布)(?<!未给出)(?<!不知道)(?:实际|真实|具体)(?:数量|数目|家数|个数)"
        r"(?![^，。,.;；]{0,4}(?:未|不详|不明|未知|没有|无从))",  # but "具体数量未公布", "非实际数量" deny it (round 12)
        # in Chinese: "only 14 left" (只剩14家), "from 100 to 14" (从100家降至14家)
        # the numbers in digits or in Chinese numerals ("只剩下十四家")
        rf"(?:只剩下?|仅剩下?|剩下|还剩下?|剩|降至|降到|减少到|减至|减少了?|少了|关闭了?|从)\s*{_CJK_NUMBER}\s*家|{_CJK_NUMBER}\s*家(?:平台|机构|公司|放贷)",
    )


# ----- a small share read as most of the whole (lesson 02 q6, round 13) ---------------------------------------------
# q6's shares are the November operation's part of each campaign total (a few per cent). Words that give the
# operation most, the bulk or half of the campaign claim what the bars deny: "The November operation did most of the
# campaign's work", "The lion's share came from November", "November dominated the campaign", "Most suspects were
# caught in November", "Half the campaign happened in November", "十一月行动占了大部分".
_MAJORITY = (r"(?:most|the (?:majority|bulk|(?:lion'?s|greater|larger|largest|main|biggest) (?:share|part|portion))|"
             r"(?:a |the )?majority|the bulk|(?:the )?lion'?s share|(?:almost|nearly|virtually) all|more than half|"
             # (not "how much of each total came from November": a question of how much, review round 17's corpus)
             r"over half|(?:about |roughly |nearly |almost )?half|the heart|the backbone|(?<!how )much|"
             r"the brunt)")
_NOVEMBER = (r"(?:(?:the )?november(?:'s)?(?: operation| round[- ]up| sweep| crackdown| raids?| push)?|"
             r"(?:the|this) (?:operation|round[- ]up|sweep)|the final (?:push|month|sweep|round[- ]up)|one (?:month|operation))")


def majority_share_patterns() -> tuple[str, ...]:
    return (
        # the operation did / accounts for / was the majority: "November did most of the work", "accounts for the bulk"
        rf"\b{_NOVEMBER}\s*(?::\s*|[^.;,:!?]{{0,40}}?\b(?:did|does|accounts? for|accounted for|made up|makes up|was|were|"
        rf"is|brought|delivered|produced|contributed|provided|took|takes|carried|caught|broke up|seized|"
        rf"(?:is|was) responsible for)\s+){_MAJORITY}\b",
        # most ... in/from/during November: "Most suspects were caught in November", "The lion's share came from November"
        rf"\b{_MAJORITY}\b[^.;,:!?]{{0,60}}?\b(?:in|from|during|by|came (?:in|from|during)|happened in)\s+{_NOVEMBER}\b",
        rf"\b{_NOVEMBER}\s+(?:dominat\w+|drove|powered|carried)\b",
        # where most was done, a share over half, the decisive part: "November: where most of the work was done",
        # "November: 90% of the work", "November did the heavy lifting", "November: the decisive month"
        rf"\b{_NOVEMBER}\s*[:\u2014\u2013-]\s*(?:where|when)\s+{_MAJORITY}\b",
        rf"\b{_NOVEMBER}\b[^.;,!?]{{0,20}}?(?<![\d.])(?:[5-9]\d(?:\.\d+)?|100)\s*(?:%|per ?cent)",
        rf"(?<![\d.])(?:[5-9]\d(?:\.\d+)?|100)\s*(?:%|per ?cent)\b[^.;,!?]{{0,40}}?\b(?:in|from|during|came in)\s+{_NOVEMBER}\b",
        rf"\b{_NOVEMBER}\b[^.;,!?]{{0,20}}?\b(?:did the heavy lifting|made the difference|turned the tide|won it|"
        rf"the decisive (?:month|operation|blow|push|phase)|the main event|the real work)",
        rf"\b{_NOVEMBER}\s+(?:alone\s+)?(?:broke the (?:back|backbone)|won the campaign|made the campaign)",
        r"(?:十一月|11月|集中收网)[^。；，,]{0,12}?(?:占了?|贡献了?|完成了?)?(?:大部分|大多数|绝大多数|多数|一半|过半|大头|主体|主要部分)",
    )


# ----- none left: the gangs, the lenders or the crime said to exist no more (issue #19, round 15) -------------------
# Negated existence is a claim of eradication: "No online gangs remain", "none left", "zero gangs", "not a single gang
# remains", "nothing left of the gangs", "there are no more online gangs", "再也没有网络黑恶团伙了", "再无套路贷",
# "团伙清零". The negator is the claim's own word (``claims.Claim.negation_is_claim``): a negator before it still
# denies it ("It is not true that no gangs remain"), and words that say a figure is missing claim nothing ("No figure
# for gangs remaining is given", "the release does not say whether any remain"): what is said not to exist must be the
# gangs, lenders or crime themselves, right after the negator.
_NONE_LEFT_MODIFIER = (r"(?:online|internet|cyber|criminal|crime|organi[sz]ed|trap[- ]loan|trap|lending|loan[- ]shark|fraud|"
                       r"scam|telecom|mafia[- ]type|vicious[- ]force|suspected|illegal|predatory|usurious|such|active|"
                       r"single|more|other|further|remaining)")
_NONE_LEFT_NOUN = (r"(?:gangs?|gang members?|gangsters?|criminal groups?|crime groups?|syndicates?|rings?|mafias?|mobs?|"
                   r"scammers?|fraudsters?|criminals?|offenders?|crooks?|lenders?|institutions?|loan sharks?|"
                   r"(?:lending|loan) (?:apps?|platforms?|institutions?))")
# what is said to exist no more: a gang or lender noun (any number), or the crime itself (not a count of it: "no crime
# figures remain" says the figures are missing)
_NONE_LEFT_THING = (rf"(?:(?:{_NONE_LEFT_MODIFIER}[- ]+)*{_NONE_LEFT_NOUN}\b|"
                    rf"{CRIME_CORE}\b(?![- ]+(?:{_MEASURE}|{ACTIVITY}|data|counts?|totals?|figures?)))")
_STILL = r"(?:(?:is|are|was|were|has|have|had|been|now|still|yet|any ?more|any longer|to be found)\s+){0,3}"
# ... and what it would do if it existed; "left out", "left off", "remain uncounted" say something else
_REMAIN = (r"(?:" + family(*inflected("remain", "survive", "exist", "operate", "endure", "persist", "linger", "lurk"),
                           "left", "active", "at large", "in operation", "in business", "standing", "around",
                           "out there", "to be found", "anymore", "any more", "any longer")
           + r")(?!\s+(?:out|off|over|behind|un\w+ed|in (?:the|this|these) (?:chart|table|data|count|release|figures?))\b)")
_CJK_NONE_THING = r"(?:团伙|犯罪团伙|犯罪集团|黑恶势力|恶势力|势力|犯罪|诈骗|套路贷|网贷|放贷机构|机构|平台|骗子|犯罪分子|黑社会|黑帮)"
_CJK_NONE_GAP = r"(?:(?!说|给|显|表|数|统计|报|提|通)[\u4e00-\u9fff]){0,6}?"


def none_left_patterns() -> tuple[str, ...]:
    """The gangs, lenders or crime said to exist no more (``NONE_LEFT`` of lesson 02): a count of police work says how
    many the police reached, never how many there were or are left."""
    return (
        # none escaped, all of them caught (review round 16, C1): "No online gang escaped", "none got away", "All online
        # gangs eliminated", "Every gang in China broken up" (not "All 1,759 gangs ...": the counted ones)
        rf"\b(?:no|not (?:a single|one))\s+{_NONE_LEFT_THING}\s+(?:(?:has|have|had|was|were|ever)\s+)?(?:escaped|got away|"
        r"gets away|slipped through|slips through|survived|went free|walked free|remains? free|stayed free|was spared)\b",
        rf"\bnone\s+(?:of\s+(?:the|them|these|those)\s+(?:{_NONE_LEFT_THING}\s+)?)?(?:escaped|got away|slipped through|"
        r"went free|walked free)\b",
        # (said as a sentence: with its verb's auxiliary, or the participle closing the clause; not a noun phrase: "Each
        # gang broken up counts once", "the majority of all gangs broken up")
        rf"(?<!\bof )\b(?:all|every)\s+(?!\d)(?:of\s+)?(?:the\s+|china's\s+)?{_NONE_LEFT_THING}\s+(?:(?:in|across)\s+"
        r"china\s+)?(?:(?:(?:was|were|has been|have been|are now|is now|got)\s+)(?:eliminated|broken up|dismantled|destroyed|"
        r"taken down|wiped out|busted|smashed|caught|arrested|apprehended|shut down|crushed|rounded up|gone|eradicated)\b|"
        r"(?:eliminated|broken up|dismantled|destroyed|taken down|wiped out|busted|smashed|caught|arrested|apprehended|"
        r"shut down|crushed|rounded up|gone|eradicated)(?=\s*(?:$|[.!]|[,:;\u2014\u2013-](?!\s*(?:[\d(]|as\b|according\b|per\b|in "
        r"total\b|total\b|counted\b))|\s(?:in|across)\s+china\b|\sby\s+"
        r"(?:the\s+)?(?:police|campaign|crackdown|end|(?:19|20)\d\d))))",
        # "No online gangs remain", "Not a single gang is left", "zero gangs survive", "no lenders are active any more"
        rf"\b(?:no|zero|not (?:a single|one|any))\s+{_NONE_LEFT_THING}\s+{_STILL}{_REMAIN}",
        # "None left", "none remain", "none of the gangs survive", "Nothing is left of the online gangs"
        rf"\b(?:none|not one|not a single one)\s+(?:of\s+(?:the|them|these|those|their)\s+(?:{_NONE_LEFT_THING}\s+)?)?"
        rf"{_STILL}(?:left|remain\w*|survive[sd]?|surviving|exists?|existed|standing)\b"
        r"(?!\s+(?:out|off|over|behind|to\b|un\w+ed))",
        rf"\bnothing\s+{_STILL}(?:left|remains?|remained|survives?|survived)\s+of\s+(?:(?:the|these|those|their|its|"
        rf"china's)\s+)?{_NONE_LEFT_THING}",
        # "Online gangs: none left", "Gangs remaining: 0", "Trap-loan lenders: zero"
        rf"{_NONE_LEFT_THING}\s*(?:(?:left|remaining|still active|still operating|now|today)\s*)?[:=\u2014\u2013-]\s*"
        # (the "none" closing its clause, or saying when: not "Online crime: none of this measures it", "Gangs: none
        # named outside four examples", "Online fraud: nothing in these counts measures it")
        r"(?:none|zero|nil|nothing|(?<![\d,.])0(?![\d,.%]))\b(?=\s*(?:[.!;,)\u3002\uff0c]|$)|\s+(?:left|remain\w*|now|today|"
        r"any ?more|after|since|at all|at last|anywhere)\b)",
        # "Zero gangs", "zero online fraud" (a count of none, not of police work: "zero gangs broken up in Tibet" is not)
        rf"\bzero\s+{_NONE_LEFT_THING}(?!\s+(?:(?:were|was|have been|had been)\s+)?{_GANG_WORK}\b)",
        # "There are no online gangs", "there are no more trap-loan lenders", "there are no longer any gangs"
        rf"\bthere\s+(?:are|is|were|was|remain|remains|exist|exists)\s+(?:now\s+)?(?:no|zero|not (?:a single|one|any)|"
        rf"no longer any|no more)\s+{_NONE_LEFT_THING}",
        r"\bno longer any\s+" + _NONE_LEFT_THING,
        # next to none (round 17, review C-A): "Hardly any trap-loan gangs left to fear", "almost no lenders remain", "few
        # if any gangs survive"
        rf"\b(?:hardly|barely|scarcely|almost|virtually|practically|next to|few if)\s+(?:any|no|none)\s+(?:of\s+(?:the\s+)?)?"
        rf"{_NONE_LEFT_THING}\s+{_STILL}{_REMAIN}",
        # removed from a whole place (round 17, review C-A): "Online gangs eliminated from China", "lenders purged from
        # the internet", "gangs driven out of cyberspace"
        rf"{_NONE_LEFT_THING}\s+(?:(?:were|was|have been|has been|are|is|now|all|being)\s+){{0,2}}(?:eliminated|wiped out|eradicated|"
        r"purged|banished|driven out|removed|cleared(?: out)?|erased|rooted out|swept(?: out)?|expelled|gone)\s+(?:from|of|off)\s+"
        r"(?:the\s+)?(?:china|the country|country|nation|mainland|(?:chinese\s+)?internet|web|net|cyberspace|every province|"
        r"all provinces|the whole country)\b",
        # hedged, still none to speak of (round 15 FINAL): "trap loans barely exist any more", "gangs hardly remain"
        rf"{_NONE_LEFT_THING}\s+(?:(?:now|have|has|today)\s+)?(?:barely|hardly|scarcely|almost no longer|virtually no "
        r"longer)\s+(?:exists?|remains?|operates?|survives?)\b",
        # "Online gangs no longer exist", "Trap-loan lenders have ceased to exist", "... exist no more"
        rf"{_NONE_LEFT_THING}\s+(?:(?:have|has|had|now)\s+)?(?:no longer (?:exists?|remains?|operates?|survives?)|"
        r"ceased? to (?:exist|operate)|exists? no (?:more|longer)|(?:is|are) (?:now )?(?:non-?existent|nowhere to be "
        r"(?:found|seen)))\b",
        # a place or time without them (round 18, #19): "A world without trap loans", "an internet free of online
        # gangs", "China rid of trap lenders" (not "a chart without victims": what the chart leaves out)
        rf"\b(?:a|an|the|our)\s+(?:(?:new|safer|cleaner|better|chinese)\s+)?(?:world|china|country|nation|internet|web|net|"
        rf"cyberspace|future|society|year|place|life|lives|era|online world)\s+(?:now\s+)?(?:without|free of|free from|rid of|"
        rf"clear of|cleared of|purged of)\s+(?:any\s+|the\s+)?{_NONE_LEFT_THING}",
        rf"\b(?:trap[- ]loan|lender|gang|scam|fraud|loan[- ]shark)[- ]free\b",
        # every item of prevention work said done (review round 18, W6): "every harmful post intercepted", "Every platform
        # in China rectified" (a count of items intercepted says how many were, never that all were; not "each platform
        # rectified counts once": the verb must close the clause)
        r"\b(?:every|each|all(?: the)?)\s+(?:single\s+|last\s+)?(?:(?:harmful|fraudulent|illegal|dangerous|dodgy|scam|"
        r"online|risky)\s+)?(?:posts?|messages?|items?|pieces? of information|platforms?|sites?|websites?|apps?|scam calls?)\b"
        r"(?:\s+(?:in|across|on)\s+[^.;:,]{1,25}?)?\s+(?:(?:was|were|has been|have been|got|now|is|are)\s+)?(?:intercepted|"
        r"blocked|rectified|removed|cleaned up|shut down|taken down|stopped|deleted|fixed|caught)\b"
        r"(?=\s*(?:$|[.!;,:)]|\s+(?:in|across)\s+china\b|\s+by\s+(?:the\s+)?(?:police|campaign|end)))",
        # a region said to have none (review round 18, W4): "Guangxi had almost no gangs", "Zhejiang is free of gangs"
        rf"{_REGION_HAS}(?:(?:almost|nearly|virtually|practically)\s+)?(?:no|hardly any|barely any|scarcely any|few if any|"
        rf"zero)\s+{_GANGS_THERE}",
        r"\b(?:jiangsu|guangdong|zhejiang|guangxi)\s+(?:is|was|now)\s+(?:(?:almost|nearly|virtually)\s+)?(?:free of|clear of|"
        r"rid of)\s+(?:online\s+)?(?:gangs?|crime|criminals)\b|\b(?:jiangsu|guangdong|zhejiang|guangxi)\s+(?:is\s+|was\s+)?"
        r"(?:gang|crime)[- ]free\b",
        # the counted thing said to be all there was (review round 18, W1): "Gangs broken up: all of them", "Online gangs
        # dismantled: every last one", "每一个团伙都被打掉" (not "all 1,759 of them": the counted ones)
        rf"{_NONE_LEFT_THING}\s+(?:(?:were|was|have been|has been|now)\s+)?(?:{_GANG_WORK}|detained|apprehended|caught|"
        r"arrested|rectified|shut down|closed)(?:\s+(?:in|across|by|during)\s+[^:,.;!?]{1,40}?)?\s*[:,\u2014\u2013-]\s*(?:all of them|all|every (?:last |single )?one(?: of them)?|"
        r"each and every one|the lot|to the last|down to the last one)\b(?!\s+(?:\d|of the \d))",
        r"(?:每一个|每个|所有的?|全部的?)(?:网络)?(?:黑恶)?(?:团伙|犯罪团伙|机构|平台)(?:都|全部|全都)(?:被)?(?:打掉|摧毁|取缔|整改|清除)",
        # in Chinese: "再也没有网络黑恶团伙了", "网络黑恶团伙再无", "再无套路贷", "黑恶势力已不复存在", "团伙清零", "团伙一个不剩"
        rf"(?:再也|已经|已|都|也)?没有(?:了)?(?:任何)?{_CJK_NONE_GAP}{_CJK_NONE_THING}了",
        rf"再(?:也)?无{_CJK_NONE_GAP}{_CJK_NONE_THING}|{_CJK_NONE_THING}(?:已|已经|都|也)?再(?:也)?无",
        rf"{_CJK_NONE_THING}{_CJK_NONE_GAP}(?:已经|已|都|也|再也)?(?:没有了|没了|不存在了)|"
        rf"{_CJK_NONE_THING}{_CJK_NONE_GAP}(?:已经|已|都|全部|全都|彻底)?(?:不复存在|一个不剩|一个也不剩|荡然无存|绝迹|清零|归零|"
        r"无一幸存|全军覆没|被(?:全部|彻底)?(?:清除|铲除|消灭)干净)",
    )
