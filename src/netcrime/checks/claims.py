"""What a chart's words claim: titles, subtitles, descriptions and axis titles read as claims.

A chart is an argument, and its title makes the argument. A lesson declares a
small, explicit vocabulary of claims its figures cannot support (``Claim``: a
code, the claim in a few words, the patterns that say it, and why the figure
cannot support it); ``claim_rule`` makes a chart rule that reads every text of
a chart's spec and names the claim, quoting the words it read as the claim
and where they were.

Reading is deliberately simple and explicit, so that a verdict can always say
which words it read: words denied in their clause ("not a measure of crime",
"says nothing about whether crime fell", "a fall in crime is not shown") or
asked ("Did crime fall?") are not a claim. A denial must govern the claim's
own words (a negator a few words before them in their clause, or right after
them); a negator that affirms ("without doubt", "not by chance", "not only")
or one in another clause ("Not only were suspects caught, crime fell too")
leaves the claim asserted, and a question mark asks only its own sentence. Assertions in other shapes
are read as such: a question answered at once ("Crime fell? Yes."), a rhetorical question ("Didn't crime
fall?", "Who can deny the crackdown worked?"), a negation of what would stop or doubt the claim
("Nothing stopped the fall in crime", "no denying", "crime has never been lower", "crime did not
rise"). Words that only name a purpose ("a campaign to cut crime") or a misreading ("easy to misread
as a fall in crime") claim nothing. The words of each class of claim are built in ``claim_words``.
``required_statement`` is the other side: a rule that a chart's words state what the question asks
them to state (a limitation, a scope).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .claim_words import COUNTERFACTUAL, FALL_VERB, RISE, RISE_DENIED, inflected
from .compare import Rule
from .kept_patterns import compile_kept, required_kept
from .required_literals import admits
from .vegalite import read_once, views

# A hedge is not a denial (round 11): "Crime may well have fallen", "Perhaps the crackdown worked" still claim a fall
# from an activity count, so may/might/maybe/perhaps/possibly are not negators; a hedge that says either way ("may
# or may not", "may have risen or fallen") or denies ("might not have fallen") is still read as a denial.
# A denial counts only when it governs the claim's own words: a negator at most GOVERNS words before the
# claim in its clause ("not a fall in crime", "says nothing about whether crime fell", "does not show crime
# fell"), or right after it ("a fall in crime is not shown", "Victims are not counted").
NEGATION = re.compile(
    r"\b(not|no|never|neither|nor|cannot|can't|without|nothing|none|whether|if|rather than|instead of|"
    r"hardly|barely|scarcely|nobody|until|unless|"
    r"unknown|unclear|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|"
    # a rise or a fall, either way; a misreading
    r"rose or fell|risen or fallen|rise or fall|rising or falling|up or down|increase or decrease|or not|"
    r"fell or rose|fallen or risen|fall or rise|falling or rising|down or up|decrease or increase|rise and fall|"
    r"rises and falls|ups and downs|up and down|either way|"
    r"misread\w*|mistak\w*|misinterpret\w*|myths?|illusions?|falsely|wrongly|"
    # words that warn against the claim or doubt it: "avoid reading a fall in crime", "a supposed victory"
    r"avoid\w*|refrain\w*|warn\w* against|beware|caution\w* against|doubt|doubts|doubted|doubtful|questionable|"
    r"debatable|unproven|uncertain|unsure|unconfirmed|unsupported|unverified|false|wrong|mislead\w*|illusory|"
    r"spurious|bogus|so-called|so called|supposed|supposedly|purported|alleged|allegedly)\b|n't\b"
    # Chinese negators and "whether" (no word boundaries in Chinese; not a bare 不, which begins 不断, "continuously")
    r"|不是|并非|并不|不能|无法|没有|未能|不代表|不等于|不意味着|不说明|不表明|不反映|无从|难以|是否|能否|不一定|并未|不可|不宜|"
    # "does not show / prove / indicate": 不 before a verb of showing (a bare 不 would take 不断, "continuously")
    r"不(?:表示|显示|证明|足以|可能|会|意味|反映|揭示|体现)|看不出|看不到|无从得知|未(?:显示|表明|说明|证明|反映)|"
    r"不应|不必|无须|未必|"
    # 非 before a noun ("非犯罪总量", not the total of crime), but not 非法 (illegal), 非常 (very), 非凡, 非洲
    r"非(?!法|常|凡|洲)",
    re.IGNORECASE)
GOVERNS = 4
# ... and the later items of a list it begins: "not counts of crime, victims or convictions", "not of people or of crimes".
NEGATED_LIST = re.compile(r"\b(?:not|no|nor|neither|never|without)\b(?:\s+[\w'-]+){0,6}(?:\s*,\s*(?:[\w'-]+\s*){1,3})*"
                          r"\s*(?:,|\bor\b|\bnor\b|,\s*or\b)\s*(?:(?:a|an|the|of|any)\s+)?$", re.IGNORECASE)
# A subject that negates its own verb, however long: "None of these people has been convicted", "No one here was".
NEGATED_SUBJECT = re.compile(r"\b(?:none|no one|nobody|not one|neither)\b(?:\s+of\s+(?:the|these|those|them))?"
                             r"(?:\s+[\w'-]+){0,3}?\s+(?:has|have|had|is|are|was|were|will|can|could)(?:\s+yet)?(?:\s+been|\s+be)?"
                             r"(?:\s+(?:found|proven|proved|declared|judged|shown|ruled|tried and))?\s+$",
                             re.IGNORECASE)
# A negator reaches the second item of a short list: "not a count of crime or victims".
LISTED_AFTER_NEGATOR = re.compile(r"^(?P<head>(?:\s*[\w'-]+){0,%d})\s+(?:or|nor)\s+(?:(?:a|an|the|of)\s+)?$" % GOVERNS,
                                  re.IGNORECASE)
# A denial that frames its whole clause, however far the claim's words are: "not a measure of (whether) the
# campaign cut gang crime", "no evidence that ...", "says nothing about ...".
DENIAL_FRAME = re.compile(
    r"\b(?:not|no|nothing|never|cannot|can't)\s+(?:\w+\s+){0,4}?(?:measures?|evidence|proof|proves?|signs?|"
    r"indicators?|indications?|guides?|gauges?|about|tells?|shows?|says?|reveals?|means?|claims?|suggestion|"
    r"implication|assertion)\b"
    # the whole clause said false (round 16): "It is not true that crime fell", "It is false that ...", "It is not the
    # case that ...", "It is a myth that ...", "Wrong to say that ..."
    r"|\b(?:(?:not|never|hardly)\s+(?:\w+\s+){0,2}?(?:true|the case|correct|accurate|right|so|fair to (?:say|claim))|"
    r"untrue|false|a myth|wrong to (?:say|claim|think)|mistaken to (?:say|claim|think))\s+that\b", re.IGNORECASE)
# Right after the claim: up to two linking words, then the negator ("is not shown", ": not shown", "it is unknown").
# A bare "not" right after the claim denies it only with what it denies ("Crime fell: not shown", "Victims:
# not counted", "Crime fell - not!"); otherwise it contrasts something else ("Crime fell in 2020, not in 2019").
_DENIED_WHAT = (r"necessarily|shown|proven|proved|true|so|really|exactly|quite|at all|the case|what|something|anything|"
                r"any|established|supported|measured|counted|known|clear|certain|demonstrated|evidenced|confirmed|"
                r"implied|claimed|backed|here|in (?:these|this|the)|from (?:these|this|the)|per|according|"
                r"a (?:conclusion|fact|finding)|visible|given|reported|stated|said|deducible|inferable|the point|"
                r"included|recorded|available|covered|part of|listed|tracked|captured|represented|yet|by (?:these|this|the)|"
                r"evident|obvious|proof|in evidence|on (?:this|the) chart|our claim|a claim")
DENIED_AFTER = re.compile(
    r"^[\s,:\u2014\u2013-]*(?:(?!but\b|and\b|so\b)[\w'-]+\s+){0,3}?(?:(?:is|are|was|were|has|have|had|been|be|it|this|"
    r"that|which|yet|still)\s+){1,2}"
    r"(?:not|never|cannot|can't|\w+n't|unknown|unclear|unproven|unshown|untrue|false|doubtful|questionable|"
    r"uncertain|debatable|unsupported|unconfirmed|unverified|a myth|an illusion|wrong|misleading)\b"
    r"|^[\s,]*(?:or\s+(?:fallen|fell|falling|dropped|declined|risen|rose|rising|grown|grew|gone up|increased|"
    r"stayed (?:flat|the same|level)|held steady)|(?:fallen|fell|falling|dropped|declined|risen|rose|rising|grown|grew|"
    r"gone up|increased|stayed (?:flat|the same|level)|held steady)\b(?=[^.;!?]*\bor\b))\b"
    r"|^[\s,:\u2014\u2013-]*(?:cannot|can't|\w+n't|unknown|unclear|unproven|unshown|untrue|false|doubtful|"
    r"questionable|uncertain|debatable|unsupported|unconfirmed|unverified|a myth|an illusion|wrong|misleading|"
    r"or not|or did it|or has it|or is it|or was it|or did they|or have they|or are they|maybe not|perhaps not|"
    r"supposedly|allegedly|or so (?:it|they) (?:seems?|says?|claims?))\b"
    rf"|^[\s,:\u2014\u2013-]*(?:not|never)\b(?!\s+necessarily\s+(?:typical|representative|complete|exhaustive|all|every|"
    rf"the whole|nationwide)\b)(?:\s*(?:[.!?;)]|$)|\s+(?:{_DENIED_WHAT})\b)"
    # "ranks none", "ranks no province", "shows nothing of the kind": the verb's object denies it
    r"|^\s+(?:none|nothing|neither|no\s+(?!less\b|fewer\b|more\b|doubt\b|wonder\b|end\b|small\b|little\b|mean\b)[\w'-]+)\b"
    # "Convictions reported: none yet", "Victims counted: zero": the count of the claim's words given as none
    r"|^\s+(?:reported|counted|recorded|shown|given|known|listed|made|so far|to date|in the release|here)\s*[:\u2014\u2013-]\s*"
    r"(?:none|nothing|nil|zero|0)\b"
    # "Crime may have risen or fallen: these counts cannot say"
    r"|^[\s,:\u2014\u2013-]*(?:(?!(?:so|therefore|thus|hence|which means|meaning|because)\b)[\w'-]+\s+){0,4}?"
    r"(?:cannot|can't|can not|do not|don't|does not|doesn't|did not|would not|wouldn't|need not|needn't|"
    r"didn't|could not|couldn't|never)\s+(?:\w+\s+)?(?:say|tell|show|know|prove|confirm|establish|reveal|read|mean|"
    r"imply|indicate|"
    r"inferred|infer|seen|see|drawn|concluded|measured|shown)\b",
    re.IGNORECASE)
# A claim's words as the subject of the limitation they name (round 18, #19): "provinces it does not name are simply
# absent, not zero", "Victims are absent from these totals", "Crime levels the release does not give are unknown",
# "Convictions: missing". The words may carry a relative clause ("the release does not give", "it leaves out") or
# "itself"; what follows says they are not in the figures, which is the honest reading the lessons teach. A
# preposition after the claim ("Crime fell in provinces that are missing") starts no relative clause, so is not read.
LIMITATION_AFTER = re.compile(
    r"^(?:\s+(?:itself|themselves|as such|alone|here))?"
    r"(?:\s+(?:that|which|who|whom|it|they|we|the|this|these|its|their|our|not|left|never)\b[^,;:.!?]{0,60}?)?"
    r"(?:\s*[:\u2014\u2013-]\s*|\s+(?:is|are|was|were|remains?|remained|stays?|stayed|goes|go|went|simply|just|still)\s+"
    r"(?:(?:simply|just|still|also|entirely|wholly|completely|here|in the release|from the release)\s+)?)"
    r"(?:absent|missing|unknown|unreported|unmentioned|unlisted|unnamed|unstated|unrecorded|uncounted|omitted|"
    r"excluded|left out|blank|not (?:zero|given|reported|shown|listed|named|mentioned|counted|included|covered|known|"
    r"in (?:the|this|these)\b))\b",
    re.IGNORECASE)
# A hedge is a claim (above), unless its own sentence goes on to say the figure cannot settle it: "Crime may have
# fallen, but these counts cannot show it" (not "Crime may have fallen, and arrests rose").
HEDGE = re.compile(r"\b(?:may|might|maybe|perhaps|possibly|could)\b|可能|或许|也许", re.IGNORECASE)
HEDGE_THEN_UNSHOWN = re.compile(
    r"[^\n]{0,160}?(?:\b(?:but|yet|though|although|however)\b|[,:;.\u2014\u2013\uff0c\uff1a\uff1b\u3002])[^\n]{0,120}?"
    r"(?:\b(?:cannot|can't|can not|do not|don't|does not|doesn't|did not|didn't|could not|couldn't|no way to|nothing to|"
    r"(?:nobody|no one|none) (?:can|could))\s+(?:\w+\s+)?(?:say|tell|show|prove|confirm|establish|know|reveal|settle)\b"
    # the other way said as well: "Crime may have fallen. Or not.", "... may have fallen, may have risen"
    r"|\bor (?:maybe |perhaps )?not\b|\bor (?:it |they )?(?:may |might |could )?(?:have |has )?(?:risen|rose|grown|increased|"
    r"gone up|stayed (?:flat|the same))\b|\b(?:may|might|could)\s+(?:also\s+|equally\s+|just as well\s+)?(?:have\s+)?"
    r"(?:risen|rose|grown|increased|gone up|stayed (?:flat|the same)|not)\b"
    r"|无法(?:说明|判断|证明|显示)|不能(?:说明|证明)|也可能(?:上升|增加|没有))",
    re.IGNORECASE)
# The claim's words inside an indirect question ("how common online crime is", "whether crime fell"): not asserted
# when the sentence goes on to say the figure cannot settle it (``HEDGE_THEN_UNSHOWN``).
INDIRECT_QUESTION = re.compile(r"\b(?:how|whether|what|where|when|which|why)\b|是否|多少|如何", re.IGNORECASE)
# A tag that asks for agreement with what was just said ("Crime fell, didn't it?", "..., right?").
TAG = (r"(?:isn't|aren't|wasn't|weren't|didn't|doesn't|don't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|"
       r"shouldn't)\s+(?:it|they|we|you|there|he|she|that|this)|(?:did|does|is|has|have|was|were)\s+(?:it|they)\s+not|"
       r"right|no|eh|huh|yes|correct|agreed|true|surely|innit|ok|okay|see|you know|wouldn't you say|don't you think|"
       r"wouldn't you agree|don't you agree|am i right|isn't (?:that|it) (?:\w+\s*){0,3}|who (?:would|could)(?:'ve| have) "
       r"(?:thought|guessed)|who knew|how about that|what (?:a|an) (?:\w+\s*){1,2}")
TAG_QUESTION = re.compile(rf"[,;:\u2014\u2013-]\s*(?:{TAG})\s*\?+\s*$", re.IGNORECASE)
# Phrases with a negator that affirm rather than deny ("Without doubt, crime fell", "Crime fell, not by
# chance", "Not only were suspects caught, crime fell too"): blanked out before negators are looked for.
AFFIRMING_IDIOMS = re.compile(
    r"(?:\b|(?=n't\b))(?:(?:the )?rise and (?:fall|decline) of|'s rise and (?:fall|decline)|without (?:a |any )?(?:doubt|question|fail|trace)|no (?:doubt|question|wonder)|not only|not just|not merely|"
    r"not (?:by |a |an )?(?:chance|accident|coincidence|fluke|luck)|not surprisingly|not surprising|nothing but|"
    r"never before|no longer|no more(?! than)|not (?:[\w']+\s+){0,3}?any ?more|without fear|never again|"
    r"no way but down|nowhere (?:to go )?but down|"
    r"(?:is|are|was|were) not (?:so |as |that |very )?(?:much|many|common|frequent|serious|big)(?=\s+(?:now|anymore|"
    r"any more|as before|like before|these days)\b)|"
    # what would stop, doubt or deny the claim, denied: "Nothing stopped the fall", "no denying"
    r"(?:nothing|no one|nobody|none|not|never|n't)\s+(?:(?!of\b|crimes?\b|fraud\b|scams?\b|harm\b|losses\b)\w+\s+){0,2}?"
    r"(?:stop|stopp|halt|slow|revers|prevent|"
    r"hold back|held back|interrupt|dent|derail|deny|denie|doubt|question|disput|argu|mistak)\w*\b"
    # ... but not when what is stopped is crime itself: "not prevented crime" denies the claim (review round 14, B6)
    r"(?!\s+(?:[\w-]+\s+)?(?:crimes?|fraud|scams?|offen[cs]es?|victimi[sz]ations?)\b"
    r"(?!\s+(?:from\s+)?(?:fall|fell|declin|drop|shrink|going down|sinking)\w*))|"
    r"no denying|there is no denying|undeniabl\w*|beyond (?:any )?doubt|make no mistake|not in doubt|"
    r"never been (?:lower|rarer|safer|better|less)|"
    # a rise denied asserts a fall (or at least no rise): "crime did not rise", "no rise in fraud"
    r"(?:not|never|no longer|n't)\s+(?!necessarily\b|always\b|clearly\b)(?:\w+\s+)?(?:ris\w*|rose|grow\w*|grew|"
    r"increas\w*|go up|went up|gone up|climb\w*|surg\w*|spik\w*|rebound\w*|return\w*|come back|came back)"
    r"(?!\s*(?:,\s*)?(?:or|nor)\s)|"
    r"no (?:further )?(?:rise|increase|growth|surge|uptick|spike|rebound|comeback|return)|"
    # emphasis, not denial: "not a guess", "no fewer than", "if anything", "like it or not", "hard to deny"
    r"not (?:a |an |just |mere |merely |only )?(?:guess\w*|speculation|hunch|opinion|theory|rumou?r|hype|myth|fluke|"
    r"exaggeration|fantasy|fiction|wish|dream|hope|joke|lie|accident|coincidence|one-off|blip)(?!\s+(?:we|you|i|that|"
    r"this|the|these|to|of)\b)|"
    r"no (?:guess\w*|exaggeration|joke|lie|myth|fairy tale|fantasy|illusion|kidding|contest|argument|ifs|two ways about it|exception|small feat|mean feat)|"
    r"not kidding|(?:no|not) (?:fewer|less) than|nothing (?:short|less) of|nothing less than|not least|not to mention|"
    r"not forgetting|not in vain|not for nothing|none other than|not for the first time|if anything|if you ask me|"
    r"if nothing else|(?:whether (?:you|we|they|one|people) )?like it or not|regardless|"
    r"(?:cannot|can not|can't|hard to|impossible to|difficult to|tough to)\s+(?:be\s+)?(?:deny|denie|denied|doubt|"
    r"doubted|question|questioned|disput|disputed|argue with|ignore|ignored|miss|missed)\w*|"
    r"(?:n't|not|never)\s+(?:just|only|merely|simply)\b(?!\s+(?:show|shows|showing|mean|means|prove|proves|tell|"
    r"tells|say|says|count|counts|measure|measures|reflect|reflects)\b)|"
    # "didn't fall, it collapsed": the negator makes way for a stronger verb
    r"(?:n't|\bnot)(?=\s+(?:just\s+|merely\s+|simply\s+|only\s+)?\w+\s*[,;:\u2014\u2013-]+\s*(?:it|they)\s+"
    r"(?:\w+\s+)?(?:collaps|plung|plummet|crash|vanish|disappear|tumbl|nosediv|sank|sunk|halv|crater|evaporat|"
    r"nose-?div|sink|dropp|disintegrat))|"
    # "Never has crime fallen so far", "crime never fell so fast": the superlative of a claim
    r"(?:^|(?<=[.!?:;]\s))\W*never\s+(?:before\s+)?(?:has|have|had|did|was|were|is|are)\b|not since\b|"
    r"\bnever\b(?=\s+(?:[\w']+\s+){0,4}?(?:(?:so|as|this|that) (?:fast|far|much|low|quickly|sharply|steeply|hard|"
    r"rapidly|dramatically|steep|sharp|big|deep|many|few|little)|faster|further|farther|lower|more sharply|more steeply|"
    r"quicker|harder|deeper|rarer|fewer)\b)|"
    # exclamations and tags: "- isn't that great", "who knew", ", didn't it", ", right?"
    r"(?:isn't|ain't|is not|is it not)\s+(?:that|it|this)\s+(?:\w+\s+){0,2}?(?:great|amazing|wonderful|good|"
    r"something|remarkable|impressive|incredible|fantastic|brilliant|excellent|marvell?ous|terrific|superb|obvious|"
    r"clear|the truth|a relief|news|telling|striking|nice|cool|fabulous|stunning)|who (?:would|could)(?:'ve| have) "
    r"(?:thought|guessed)|who knew|how about that|imagine that|"
    rf"[,;:\u2014\u2013-]\s*(?:{TAG})\s*(?=[?!.]|$)|"
    # "Crime rose? No, it fell": the "no" answers the question, it does not deny the fall
    rf"(?:no|nope|wrong)(?=[,.!]?\s+(?:it|they)\s+(?:(?:has|have|had|actually|really)\s+)?{FALL_VERB}))\b",
    re.IGNORECASE | re.MULTILINE)
# A rise asked and denied at once asserts the fall: "Can anyone say online crime rose? No." (the "No" is blanked).
RISE_DENIED_AFTER = re.compile(rf"((?:{RISE}|\bstill\b)[^.!?]{{0,40}}\?+\s*)({RISE_DENIED}|not any ?more|no longer|no more)",
                               re.IGNORECASE)
# A question that asserts: answered at once, or asked so that only one answer is possible.
_UNDENIED = r"(?![^.!?]{0,40}?(?:\b(?:not|no|never|few|nobody|none|hardly)\b|n't\b))"  # no negator in the answer
ANSWERED_YES = re.compile(
    # "It did.", "It certainly did.", "They sure have." (not "It did not")
    r"^\s*(?:it|they)\s+(?:\w+ly\s+|sure\s+|really\s+|so\s+|indeed\s+)?(?:did|does|has|have|is|are|was|were)\b(?!\s*n't|\s+not\b|\s+never\b)"
    r"|^\s*[\"'\u201d\u2019)]*\s*(?:yes|yep|yeah|yup|absolutely|indeed|of course|certainly|definitely|sure|surely|"
    r"clearly|obviously|undoubtedly|without (?:a )?doubt|no doubt|you bet|"
    r"correct|right|true|exactly|totally|for sure|big time|by far|"
    r"by \d|and how|you better believe|almost|nearly|down|look at|see the|just look)\b"
    # answered yes in Chinese: "网络犯罪下降了吗？是的。", "……？当然。", "……？没错"
    r"|^\s*(?:是的|当然|没错|确实如此|确实|肯定|毫无疑问|答案是肯定的|的确|对(?=[。！!，,\s]|$)|是(?=[。！!，,\s]|$))"
    r"|^\s*[\w' ,.]{0,40}?\b(?:says?|said|shows?|prove|proves|confirms?|answers?|answered)\s+(?:yes|so|it did|they did|it is|"
    r"it has)\b"
    # answered yes in other words (round 14 FINAL, #19): "Answer: yes", "The numbers speak for themselves", "The totals
    # agree", "The figures leave no doubt", "They say it all"
    r"|^\s*(?:the\s+)?(?:short\s+|simple\s+|our\s+)?answer(?:\s+is)?\s*[:\u2014\u2013-]?\s*(?:an?\s+)?(?:clear\s+|"
    r"resounding\s+|emphatic\s+)?yes\b"
    rf"|^{_UNDENIED}\s*[\w' ,.]{{0,40}}?\b(?:speak|speaks) for (?:themselves|itself)\b"
    rf"|^{_UNDENIED}\s*[\w' ,.]{{0,40}}?\b(?:agree|agrees|says? it all|tells? the story)\b"
    r"(?!\s+(?:only|little|nothing|otherwise)\b)"
    r"|^\s*[\w' ,.]{0,40}?\b(?:leaves?|leaving) (?:no|little) (?:doubt|room for doubt)\b", re.IGNORECASE)
CONTRACTED = re.compile(r"^\W*\w+n't\b", re.IGNORECASE)  # a rhetorical opening that asks only in a question
RHETORICAL = re.compile(
    r"^\W*(?:isn't|aren't|didn't|doesn't|hasn't|haven't|wasn't|weren't|can't|couldn't|won't|wouldn't|shouldn't|"
    r"who (?:can|could|would|will) (?:deny|doubt|question|argue)|how can (?:anyone|anybody|you|we) doubt|"
    r"what (?:better|more) (?:proof|evidence|sign)|is there (?:any|a) doubt|need (?:we|i) say more|"
    r"need we say more|can (?:anyone|anybody|you|we|one|someone) (?:really |seriously |honestly |still )?"
    r"(?:doubt|deny|question|dispute|argue)|who (?:would|could)(?:'ve| have) (?:thought|guessed|believed|imagined))\b",
    re.IGNORECASE)
# ... and questions whose whole sentence says they assert: "Is this the end of online fraud?", "Could crime be any lower?"
RHETORICAL_SENTENCE = re.compile(
    r"^\W*is this (?:really )?(?:the end|the beginning of the end|goodbye|farewell|curtains)\b|"
    r"^\W*(?:could|can|will) [^?]*\b(?:ever|any|possibly) (?:be |get |go |look )?(?:lower|better|safer|cleaner|fewer|"
    r"less|rarer|smaller)\s*\?", re.IGNORECASE)
# A question in a headline's shape asserts: a statement with a question mark and nothing after it ("Online crime: over
# at last?", "Cyber scams: a thing of the past?"). A question in a question's shape ("Did crime fall?") asks, and so
# does any question the text goes on to answer or doubt ("Crime fell? The release does not say").
INTERROGATIVE = re.compile(r"^\W*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might|"
                           r"must|shall|who|whom|whose|what|which|when|where|why|how|whether|if|has|am)\b|\bwhether\b",
                           re.IGNORECASE)
# A question's shape may begin after a headline's topic and a colon, comma or dash (round 13, #19): "Crackdown - is it
# paying off?", "Crackdown, is it working?", "Online gangs: has the crackdown worked?" ask; "Online crime: a thing of the past?" (no question's opening
# anywhere) is the headline's claim. In Chinese a question ends in 吗/么/呢 before its mark, or asks 是否/能否/是不是
# ("打击见效了吗？", "专项行动是否遏制了网络犯罪").
HEADLINE_TOPIC = re.compile(r"\s[-\u2014\u2013]+\s|[:,\u2014\u2013\uff1a\uff0c]")
# ... and a headline's question asserts only when its words presume the answer (round 13): an ending, a victory or
# "at last" ("Online crime: over at last?", "Cyber scams: a thing of the past?"); "Online crime: falling?" and
# "Crackdown paying off?" ask in a headline's shorthand.
HEADLINE_PRESUMES = re.compile(
    r"\b(?:at (?:long )?last|finally|for good|once and for all|(?:a )?thing of the past|history|over|(?:the )?end|gone|"
    r"no more|no longer|beaten|won|defeated|dead|finished|vanquished|wiped out|crushed|solved|cured|eliminated|"
    r"eradicated|under control|(?:a )?victory|(?:a )?success|mission accomplished)\b|终于|彻底|成为历史|一去不复返|终结|胜利",
    re.IGNORECASE)
CHINESE_QUESTION = re.compile(r"(?:吗|么|呢|与否|没有)\s*[?\uff1f]|是否|能否|可否|是不是|有没有|会不会|能不能|算不算|"
                              r"[\u4e00-\u9fff](?:不|没)[\u4e00-\u9fff]?\s*[?\uff1f]")
# A doubt about a denial asserts: "Who says online crime did not fall?", "Nobody can say crime did not fall". The
# frame and the negator it doubts are blanked (``_blanked``), and its question mark asks nothing.
DOUBTED_DENIAL = re.compile(
    r"(?:^|(?<=[.!?;:]\s))\W*(?:who (?:says|said|claims|thinks|believes|can say|could say|would say|would claim|"
    r"can claim|dares? (?:to )?say)|(?:nobody|no one|none) (?:can |could |would |will |may )?(?:says?|claims?|"
    r"thinks?|believes?|argues?|pretends?))(?: that)?\b[^.!?;]*?(?:\bnot\b|\bnever\b|n't\b)",
    re.IGNORECASE | re.MULTILINE)
# Another's words, reported: "The ministry says online crime fell; these counts cannot show it", "Claims that crime
# fell need other data". Read as the student's claim unless the text keeps its distance (DISTANCE after it).
ATTRIBUTION = re.compile(
    r"\b(?:says?|said|claims?|claimed|claiming|reports?|reported|announced|announces|asserts?|asserted|argues?|"
    r"argued|insists?|insisted|maintains?|according to|in the words of|"
    + "|".join(inflected("present", "credit", "call", "describe", "hail", "tout", "celebrate", "portray", "frame",
                         "boast", "proclaim", "declare", "see", "view", "believe", "consider", "regard", "deem", "paint",
                         "trumpet", "herald", "praise", "laud", "announce", "report", "claim", "say", "tell",
                         "suggest", "attribute", "think", "insist", "conclude", "count as", "treat as")) + "|"
    r"told|thought|saw|seen|states|stated|"
    r"(?:ministry|release|police|government|"
    r"official|officials)'s? (?:claim|view|statement|account|words))\s+(?:that\s+)?(?:[\w'-]+,?\s+){0,5}$",
    re.IGNORECASE)
DISTANCE = re.compile(r"\b(?:cannot|can't|not|no|none|never|needs?|needed|only|just|merely|other (?:data|sources?|evidence|figures)|"
                      r"suspects?|alleged|untried|yet to be|nothing more|no more than|on (?:their|its) own|"
                      r"by (?:them|it)sel(?:f|ves)|alone|by itself|in themselves|"
                      r"(?:these|this|they|it) (?:are|is) (?:only |just |merely )?(?:(?:its|their|his|her|the ministry's|the police's|"
                      r"police|official) )?(?:counts?|a count|figures|numbers|bars|"
                      r"an index|activity|police work)|"
                      r"(?:the|these|this|its|our) (?:bars?|chart|counts?|figures?|index|panels?|shares?|data|points?) "
                      r"(?:count|counts|show|shows|measure|measures|record|records|give|gives)|"
                      r"unverified|unproven|untested|unconfirmed|check\w*|doubt\w*|whether|independent\w*|"
                      r"beyond (?:these|this|what)|more than (?:these|this) (?:counts?|chart|figures?))\b|n't\b",
                      re.IGNORECASE)
# An attribution beside the claim is enough: "Recorded sextortion starts to fall (as reported)", "when, it says, ...".
NEAR_ATTRIBUTION = re.compile(r"^[^.;!?]{0,12}?\((?:as |so )?(?:reported|claimed|stated|announced|the ministry says|"
                              r"according to [^)]{1,30}|says the ministry|per the (?:ministry|release))\)", re.IGNORECASE)
INLINE_ATTRIBUTION = re.compile(r",\s*(?:it|they|the ministry|the release|officials|the police)\s+(?:says?|said|claims?|"
                                r"claimed|reports?|reported),\s*(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# Words that make the claim a purpose, not a fact: "a campaign to cut crime", "efforts aimed at reducing fraud".
PURPOSE = re.compile(
    r"\b(?:to|aim(?:s|ed|ing)? (?:at|to)|in order to|designed to|meant to|intended to|seeks? to|seeking to|"
    r"trying to|tries to|tried to|attempts? to|attempting to|bid to|efforts? to|goal of|aim of|hopes? to|"
    r"hoped to|wants? to|wanted to|plans? to|planned to|set out to|in the hope of|with the aim of|"
    r"for the purpose of|would|should)\s+$", re.IGNORECASE)
# ... but "to" after these nouns is not a purpose: "Loss to victims", "money returned to users".
NOT_PURPOSE = re.compile(r"\b(?:loss|losses|harm|damage|returned|given|refunded|paid|compensation|help|aid|support|owed|"
                         r"lost|belonging|next|close|according|relief|threats?|danger|risk|costs?|pain|injury|refunds?|"
                         r"letters?|warnings?|reminders?|messages?|calls?|led|leads?|leading|contributed|contributes|"
                         r"contributing|due|thanks|owing|rise|down|way|path|road|turn(?:ed|s)?|"
                         # evidence that points somewhere, not a purpose: "These numbers point to less crime"
                         r"point(?:s|ed|ing)?|amount(?:s|ed|ing)?|add(?:s|ed|ing)? up|testif(?:y|ies|ied)|attest(?:s|ed)?|"
                         r"speak(?:s)?|spoke|equal(?:s|led)?|equates?|equated|corresponds?|translates?|translated|"
                         r"boils? down|comes? down|came down|adds?|led up)\s+to\s+$", re.IGNORECASE)
# ... nor "to" after a "from": "From new law to falling crime", "From groundwork to victory".
FROM_TO = re.compile(r"\bfrom\b[^.;:!?]{1,60}\bto\s+$", re.IGNORECASE)
# Words quoted to be named, not said: "'Trap-loan crime down 86%' was the draft's claim".
MENTIONED = re.compile(r"\b(?:claims?|claimed|draft'?s?|headlines?|titles?|wording|words|phrase|slogan|wrote|written|reads|"
                       r"read|called|calls|says|said|label(?:led|ed|s)?)\b", re.IGNORECASE)
# Reading as a misreading: "easy to read fewer lenders as less crime".
MISREAD = re.compile(r"(?:\b(?:to|not|never|n't|could|can|might|may|would|easily|wrongly|falsely|avoid|don't|do not)\s+"
                     r"(?:\w+\s+)?read(?:s)?|\breading|\b(?:taken|interpreted|treated|seen|mistaken|confused))\b[^.;!?]{0,60}\bas\s+"
                     r"(?:(?:a|an|the|any|some|proof of|evidence of|a sign of|signs of)\s+)?(?:[\w-]+\s+(?:or|and)\s+(?:a\s+|an\s+)?)?"
                     r"(?:['\"\u2018\u201c][^'\"\u2019\u201d]*)?$"
                     r"|\bas (?:if|though)\s+(?:[\w'-]+\s+){0,3}$"
                     # a misreading a chart would invite (round 18): "a sorted chart would read like a league table"
                     r"|\b(?:would|could|might)\s+(?:\w+\s+)?(?:read|look|seem|appear)\s+(?:like|as if)\s+"
                     r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$"
                     # "not to be added or compared as a trend": a use of the figures denied (round 11)
                     r"|\b(?:not|never)\s+(?:to\s+be\s+)?(?:[\w-]+\s+(?:or|and|nor)\s+)?(?:compared|read|taken|treated|"
                     r"seen|joined|added|summed|shown)\s+as\s+(?:(?:a|an|the|one)\s+)?$"
                     r"|\b(?:tempting|tempted|easy|natural|wrong|a mistake|misleading|unwise|careless|premature)\s+(?:\w+\s+){0,2}?"
                     r"(?:to\s+)?(?:read|see|infer|assume|conclude|think|say|claim)\s+(?:(?:that|in|into|off|from)\s+)?"
                     r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A negation counts only inside the claim's clause: from the last of these before the claim ...
CLAUSE_START = re.compile(r"[;:!?\n\u2014\u2013|()\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09\u3002\u3001]|[.,](?!\d)|\bbut\b|\bhowever\b|\band\b|但", re.IGNORECASE)
# ... to the first of these after it (a colon or comma does not end it: "Crime fell: not shown" and
# "Crime fell, it is not shown" are denied; DENIED_AFTER reads only the words right after the claim).
CLAUSE_END = re.compile(r"[;!?\n|()\uff1b\uff01\uff1f\uff08\uff09\u3002]|\.(?!\d)|\bbut\b|\bhowever\b|\band\b|但", re.IGNORECASE)
# A question is a whole sentence ending in "?" (or the full-width "？" of Chinese text): "Crime? It fell." asks nothing
# about "It fell", and "网络犯罪明显下降？不能这样读" asks whether crime fell, then denies that reading.
QUESTION_MARKS = ("?", "\uff1f")
SENTENCE_END = re.compile(r"[!?\n\uff01\uff1f\u3002]|\.(?!\d)")  # "17,000" and "8.6" do not end anything

TEXT_KEYS = ("title", "subtitle", "description")
SKIPPED_KEYS = ("data", "datasets", "config", "usermeta", "$schema")
CHANNEL_KEYS = ("x", "y", "x2", "y2", "color", "size", "shape", "row", "column", "facet", "tooltip")


@dataclass(frozen=True)
class Claim:
    """A claim a chart's words can make and a question's figure cannot support.

    ``code`` and ``description``: the misconception it reveals. ``claim``: the
    claim in a few words ("crime fell"). ``patterns``: regular expressions
    (case-insensitive) that say it. ``why``: the sentence that tells the
    student why the figure cannot carry it.
    """

    code: str
    description: str
    claim: str
    patterns: tuple[str, ...]
    why: str
    not_after: str | None = None
    negation_is_claim: bool = False
    headline_asserts: bool = False
    asked_patterns: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()

    def find(self, text: str, context: str = "", titled: bool = False) -> str | None:
        """The words of ``text`` read as this claim (asserted, not denied or asked), else None.

        Words inside a denied match stay denied: in "No evidence that online gangs were
        wiped out" the pattern with the subject is denied, so the bare "wiped out" is too.
        Of several asserted readings, the verdict quotes the first in the text, and the longest there.
        ``not_after``: words that, just before a match, make it another noun's object ("arrests *for*
        online fraud fell": the arrests fell, not fraud), so it is not this claim. ``negation_is_claim``:
        the claim itself is a "none" ("the other provinces broke up no gangs"), so a negator inside its
        words is part of it; one before or right after still denies it. ``headline_asserts``: a statement
        with a question mark and nothing after it is a headline's claim ("Online crime: a thing of the past?"),
        not a question. ``asked_patterns``: words that claim even in a question, because the question
        presupposes the claim ("Which province did best?" presumes the examples rank). ``anchors``: for speed
        only, regular expressions that begin many patterns (the crime noun phrase): a pattern that begins with one
        is tried only where the anchor matches, rather than at every position of the text (same matches).
        The text is read with hyphens between words as spaces and curly quotes as straight ones
        ("Province-by-province", "didn’t"); the verdict quotes the student's own characters.
        ``context``: the chart's other words, where an attribution in this text may be held at a distance
        (a title "The ministry reports that crime fell" and a description "These bars count police work only").
        ``titled``: the text is the chart's title or subtitle, where a question left open suggests its claim
        (``_left_open``).
        """
        return _find(self, text, context, titled)

    def _compiled(self) -> list[re.Pattern]:
        return _compile(self.patterns)


@lru_cache(maxsize=8192)
def _find(claim: "Claim", text: str, context: str, titled: bool = False) -> str | None:
    """``Claim.find``, remembered: a chart's words are read by every rule of a question and again by each of its
    parts, and a lesson's checks read the same worked titles many times."""
    original, (text, where) = text, spaced(normalise(text))
    matches = _spans(claim, text)
    if not matches:
        return _doubted_denial(claim, original, context)
    inner = not claim.negation_is_claim
    read = [_asserted(text, start, end, inner, headline=claim.headline_asserts, asked=asked, context=context,
                      titled=titled)
            for start, end, asked in matches]
    denied = [(start, end) for (start, end, _asked), ok in zip(matches, read) if not ok]
    # words asked in a question that presumes the claim stay a claim though the plain reading of the same words is
    # "asked" ("Is Guangxi falling behind?"); their own denials were read by ``_asserted``
    asserted = [(start, end) for (start, end, asked), ok in zip(matches, read)
                if ok and (asked or not any(d_start <= start and end <= d_end for d_start, d_end in denied))]
    if not asserted:
        return _doubted_denial(claim, original, context)
    first = min(asserted, key=lambda span: (span[0], -(span[1] - span[0])))
    start, end = (where[first[0]], where[first[1] - 1] + 1) if where else first
    return original[start:end].strip()


# A denial doubted or asked rhetorically asserts what it denies (round 13, #19): "Who says the crackdown is not
# working?", "Nobody can say the campaign did not work", "谁说专项打击没有成效？", "难道网络犯罪没有减少吗？". Where the
# claim's own patterns do not admit the negator ("is not working"), the sentence is read again without its frame and
# negator ("the crackdown is working"); the verdict quotes the student's whole sentence.
DOUBT_FRAME = re.compile(
    r"(?P<frame>\b(?:who (?:says|said|claims|thinks|can say|could say|would say|dares? (?:to )?say)|"
    # sarcasm (review round 18, W3): "And they say crackdowns don't work", "so much for those who say it didn't work"
    r"(?:^|(?<=[.!?;:]\s))\W*and (?:they|people|some|critics|sceptics|skeptics|you) (?:say|said|claim|claimed|told us)|"
    r"so much for (?:those|people|critics|sceptics|skeptics) who (?:say|said|claim|claimed)|(?:nobody|no one) "
    r"(?:can |could |would |will )?(?:says?|claims?|thinks?|believes?))(?: that)?\s+)(?P<body>[^.!?;]*?)"
    r"(?P<neg>\s+(?:not|never)\b|n't\b)(?P<rest>[^.!?;]*)"
    r"|(?P<zframe>谁说|谁能说|怎能说|怎么能说|难道|岂能说)(?P<zbody>[^。！？!?；]*?)(?P<zneg>并没有|没有|并未|没|未|不)"
    r"(?P<zrest>[^。！？!?；]*?)(?:吗|么|呢)?(?=[。！？!?；]|$)", re.IGNORECASE)
_DID_NOT = re.compile(r"\b(?:did|does|do)\s+(work|succeed|pay off|deliver|help|bite)\b", re.IGNORECASE)


def _doubted_denial(claim: "Claim", text: str, context: str) -> str | None:
    for doubt in DOUBT_FRAME.finditer(normalise(text)):
        if doubt.group("frame"):
            reread = [_DID_NOT.sub(lambda m: {"pay off": "paid off", "bite": "bit"}.get(m.group(1).lower(),
                                                                                         m.group(1) + "ed"),
                                   doubt.group("body") + doubt.group("rest")) + "."]
        else:
            body, rest = doubt.group("zbody"), doubt.group("zrest")
            reread = [body + rest + "。", body + "有" + rest + "。"]
        if NEGATION.search(text[doubt.end():]):
            continue  # the question is followed by its doubt: "Who says it is not working? These counts cannot tell"
        if any(_find(claim, sentence, context) for sentence in reread):
            return text[doubt.start():doubt.end()].strip()
    return None


@lru_cache(maxsize=16384)
def _spans(claim: "Claim", text: str) -> tuple[tuple[int, int, bool], ...]:
    """Where the claim's patterns match the (normalised, spaced) text, as (start, end, asked), in ``_find``'s order,
    those right after a ``not_after`` word left out. Apart from ``_find`` for speed only: it does not depend on the
    chart's other words (``context``), and the same title is read with many contexts (about 30% of the scans)."""
    free, anchored = _split(claim.patterns, claim.anchors)
    lowered = text.lower() if text.isascii() else None  # a pattern none of whose words the text holds is not scanned
    matches = [(m, False) for pattern, literals in free if admits(literals, lowered) for m in pattern.finditer(text)]
    for finder, group in anchored:
        places = [m.start() for m in finder.finditer(text)]
        group = [pattern for pattern, literals in group if admits(literals, lowered)] if places else ()  # the gate
        for pos in places if group else ():
            matches += [(m, False) for pattern in group if (m := pattern.match(text, pos))]
    asked = _compile(claim.asked_patterns)
    matches += [(m, True) for pattern in asked for m in pattern.finditer(text)]
    if matches and claim.not_after:
        object_of = _object_of(claim.not_after)
        matches = [(m, a) for m, a in matches if not object_of.search(text[max(0, m.start() - 60):m.start()])]
    return tuple((m.start(), m.end(), a) for m, a in matches)


@lru_cache(maxsize=None)
def _split(patterns: tuple[str, ...], anchors: tuple[str, ...]) -> tuple[list, list]:
    """The patterns to scan the whole text with, and (anchor finder, patterns that begin with that anchor) pairs: a
    pattern that begins with an anchor can only match where the anchor does (``Claim.anchors``). Each pattern comes
    with the literals one of which its every match contains (``required_literals``): a text holding none of them is
    not scanned with it, whether it is free or anchored (issue #15: the anchored ones were tried at every place
    their anchor matched, 166,000 tries in `make check`, most of them on texts without their words)."""
    compiled = dict(zip(patterns, _compile(patterns)))
    needed = dict(zip(patterns, required_kept([WORD_HYPHEN.sub("[- ]", p) for p in patterns], re.IGNORECASE,
                                              name="claims")))
    anchored, taken = [], set()
    for anchor in anchors:
        group = [p for p in patterns if p.startswith(anchor) and p not in taken]
        taken.update(group)
        if group:
            finder, = compile_kept(["(?=" + WORD_HYPHEN.sub("[- ]", anchor) + ")"], re.IGNORECASE, name="claims")
            anchored.append((finder, [(compiled[p], needed[p]) for p in group]))
    return [(compiled[p], needed[p]) for p in patterns if p not in taken], anchored


@lru_cache(maxsize=None)
def _object_of(not_after: str) -> re.Pattern:
    return re.compile(not_after + r"\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _compile(patterns: tuple[str, ...]) -> list[re.Pattern]:
    # the text's hyphens between words are spaces (``normalise``): a pattern's "trap-loan" reads both. Compiled
    # programs are kept between processes (``kept_patterns``: compiling the vocabulary costs seconds per process)
    return compile_kept([WORD_HYPHEN.sub("[- ]", p) for p in patterns], re.IGNORECASE, name="claims")


WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z?])")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-",
                         # a tick is punctuation to the reader ("Online gangs: \u2714 dealt with"), one character for one
                         "\u2714": " ", "\u2713": " ", "\u2705": " ", "\u2611": " ", "\ufe0f": " "})


def normalise(text: str) -> str:
    """The text as the patterns read it, character for character (so positions still quote the original):
    curly quotes straight, a hyphen between two words a space ("Province-by-province", "trap-loan")."""
    return WORD_HYPHEN.sub(" ", text.translate(_QUOTES))


_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "CrimeIsFalling": a word boundary without a space
_HASHTAG = re.compile(r"#\w+")


@lru_cache(maxsize=1024)
def spaced(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The text with the words of a hashtag or a camelCase run apart ("#CrimeIsFalling" -> "#Crime Is Falling",
    "#TrapLoansDown86" -> "#Trap Loans Down 86", "OnlineCrimeDown" -> "Online Crime Down"), so they are read as
    words are; and, when a space was put in, where each character of the spaced text was in ``text`` (a space put
    in stands where the next character was), so a verdict still quotes the student's own characters."""
    cuts = {m.start() for m in _JOINED.finditer(text)}
    for tag in _HASHTAG.finditer(text):
        body = tag.group(0)
        cuts.update(tag.start() + i for i in range(2, len(body))
                    if body[i - 1].isdigit() != body[i].isdigit() and (body[i - 1].isalpha() or body[i].isalpha()))
    if not cuts:
        return text, None
    out, where = [], []
    for i, char in enumerate(text):
        if i in cuts:
            out.append(" ")
            where.append(i)
        out.append(char)
        where.append(i)
    return "".join(out), tuple(where)


@lru_cache(maxsize=256)
def _blanked(text: str) -> str:
    """``text`` with the words that affirm blanked out (same length): idioms with a negator that affirm
    ("without doubt", "not a guess", ", didn't it"), and a counterfactual on the campaign with its
    negators ("Without the campaign, crime would not have fallen" credits the campaign with a fall)."""
    def blank(match: re.Match) -> str:
        return " " * len(match.group(0))

    out = AFFIRMING_IDIOMS.sub(blank, text)
    out = RISE_DENIED_AFTER.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    out = DOUBTED_DENIAL.sub(blank, out)
    for sentence in re.finditer(r"[^.!?;\n]+", out):
        frame = re.search(COUNTERFACTUAL, sentence.group(0), re.IGNORECASE)
        if frame:
            start = sentence.start()
            part = re.sub(COUNTERFACTUAL, blank, sentence.group(0), flags=re.IGNORECASE)
            part = re.sub(r"(?<=\b(?:would|could|might))(?:\s+(?:not|never)\b|n't\b)|(?<='d)\s+(?:not|never)\b",
                          blank, part, flags=re.IGNORECASE)
            out = out[:start] + part + out[start + len(part):]
    return out


def _question_shaped(text: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """Whether the question ending at ``sentence_end`` is in a question's shape where it holds the claim's words
    (which begin at ``start``): an interrogative opening at the sentence's start, inside the claim's own words ("Has
    online crime fallen?"), or after a headline's topic and a colon or dash before them ("Crackdown - is it paying
    off?"); or a Chinese question's particle. A statement with a question mark and no such opening is a headline."""
    if INTERROGATIVE.search(text[sentence_start:start]) or INTERROGATIVE.match(text, start):
        return True
    if CHINESE_QUESTION.search(text[sentence_start:sentence_end]):
        return True
    return any(INTERROGATIVE.match(text[cut.end():sentence_end])
               for cut in HEADLINE_TOPIC.finditer(text, sentence_start, start + 1))


# A question a chart's title leaves open suggests what it asks (round 17 FINAL, #19): a title that asks whether crime
# fell or ended ("No more online scams? The campaign's totals", "Trap loans: beaten? Index", "Is online gang crime
# shrinking? 32,000 then 18,000") beside figures that cannot answer it puts the claim in the reader's mind, as a
# headline does. The question asks, and claims nothing, when the title goes on to answer, deny or doubt it ("Did crime
# fall? These counts cannot say", "Crime fell? The release does not say", "... only other data could tell", "Hard to
# say"), or when the chart's other words say the figures cannot answer it ("Counts of police work; they cannot answer
# it"). Read so for the claims of an effect (``Claim.headline_asserts``: crime fell, ended, was beaten); a question
# about anything else ("How busy were the police?", "Crime? Cases solved") still only asks, and so does a question
# in a description, which a reader takes as one the chart goes on to discuss.
TITLED = ("the title", "the subtitle")  # where a question left open suggests its claim
OPEN_ANSWERED = re.compile(
    r"\b(?:hard|impossible|too early|difficult) to (?:say|tell|know)|\b(?:who knows|unclear|unknown|an open question|"
    r"open question)\b|\b(?:cannot|can't|can not|do not|don't|does not|doesn't|could not|couldn't|will not|won't|"
    r"not enough to|no way to|nothing to)\s+(?:\w+\s+)?(?:say|tell|show|answer|settle|know|prove|confirm|establish|reveal|"
    r"judge|decide|measure)\b|不能|无法|不足以|看不出|说明不了|回答不了|无从"
    # answered by saying what the figure counts instead (review round 18, W5): "Did trap loans fall 86%? The release
    # counts suspected institutions, as an index", "... They are counts of police work"
    r"|\b(?:the|this|these|its|our)\s+(?:release|ministry|figures?|data|bars?|chart|index|numbers?)\s+(?:only\s+|just\s+|"
    r"actually\s+|really\s+)?(?:counts?|measures?|tracks?|records?)\b|\b(?:these|they|this|it)\s+(?:are|is)\s+(?:only\s+|"
    r"just\s+|merely\s+)?(?:counts?|an index|police work|police activity)\b", re.IGNORECASE)


def _left_open(rest: str, context: str) -> bool:
    return not (NEGATION.search(rest) or DISTANCE.search(rest) or HEDGE.search(rest) or OPEN_ANSWERED.search(rest)
                or OPEN_ANSWERED.search(context))


def _asserted(text: str, start: int, end: int, inner: bool = True, *, headline: bool = False,
              asked: bool = False, context: str = "", titled: bool = False) -> bool:
    """False when the words text[start:end] are denied, doubted or asked.

    Deliberately local: a negator denies the claim only when it governs the
    claim's words (at most ``GOVERNS`` words before them in their clause, inside
    them, or right after them), so "Without doubt, online crime fell" and
    "Online crime fell, not by chance" are claims; a question mark asks only
    the sentence it ends.
    """
    sentence_end = SENTENCE_END.search(text, end)
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    rhetorical = RHETORICAL.search(text[sentence_start:start])
    if rhetorical and CONTRACTED.match(rhetorical.group(0)) and not (
            sentence_end is not None and sentence_end.group(0) in QUESTION_MARKS):
        rhetorical = None  # "Can't compare: four operations" is a denial, not "Can't you see ...?" (round 12)
    rhetorical = rhetorical or DOUBTED_DENIAL.match(text, sentence_start, sentence_end.end() if sentence_end else len(text))
    rest = text[sentence_end.end():] if sentence_end is not None else ""
    open_question = headline and titled
    headline = (asked and not NEGATION.search(rest) and not DISTANCE.search(rest)) or (
        headline and sentence_end is not None and not re.search(r"\w", rest)
        and not _question_shaped(text, sentence_start, start, sentence_end.end())
        and HEADLINE_PRESUMES.search(text, start, sentence_end.end()) is not None)
    asserting = rhetorical or headline or (sentence_end is not None and RHETORICAL_SENTENCE.search(
        text[sentence_start:sentence_end.end()]))
    if sentence_end is not None and sentence_end.group(0) in QUESTION_MARKS and not asserting \
            and not ANSWERED_YES.search(text[sentence_end.end():]) \
            and not TAG_QUESTION.search(text[end:sentence_end.end()]) \
            and not (open_question and _left_open(rest, context)):
        return False  # a question claims nothing, unless answered at once, asked to assert, a tag's, or left open
    blanked = _blanked(text)
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    if rhetorical:  # "Didn't crime fall?": the negator asks, it does not deny
        opening = max(opening, sentence_start + rhetorical.end())
    if (PURPOSE.search(blanked[opening:start]) and not NOT_PURPOSE.search(blanked[opening:start])
            and not FROM_TO.search(blanked[sentence_start:start])) \
            or MISREAD.search(text[sentence_start:start]):
        return False
    before = blanked[opening:start]
    quote = re.search(r"(['\"])[^'\"]*$", text[sentence_start:start])
    if quote and quote.group(1) in text[end:end + 80] and MENTIONED.search(text):
        return False  # the claim quoted to be discussed: "'Crime down 86%' was the draft's claim"
    if NEAR_ATTRIBUTION.search(text[end:end + 40]) or INLINE_ATTRIBUTION.search(text[sentence_start:start]):
        return False  # the claim given as the ministry's, beside it: "(as reported)", ", it says,"
    if DENIAL_FRAME.search(before):
        return False
    if ATTRIBUTION.search(blanked[sentence_start:start]) and (DISTANCE.search(text, end) or DISTANCE.search(context)):
        return False  # another's claim, reported and held at a distance
    negators = list(NEGATION.finditer(before))
    if negators and len(before[negators[-1].end():].split()) <= GOVERNS:
        return False
    if negators and LISTED_AFTER_NEGATOR.match(before[negators[-1].end():]):
        return False  # the claim's words are the second item of a list the negator governs
    if NEGATED_SUBJECT.search(before) or NEGATED_LIST.search(blanked[sentence_start:start]):
        return False
    if inner and NEGATION.search(blanked[start:end]):
        return False
    clause_end = CLAUSE_END.search(text, end)
    for hedge in NEGATION.finditer(blanked, opening, clause_end.start() if clause_end else len(text)):
        if hedge.start() < end and hedge.end() > start and hedge.end() - hedge.start() > end - start:
            return False  # the claim's words are inside a hedge: "can rise or fall", "ups and downs"
    closing = CLAUSE_END.search(text, end)
    after = blanked[end:closing.start()] if closing else blanked[end:]
    if INDIRECT_QUESTION.search(blanked[opening:end]) and HEDGE_THEN_UNSHOWN.match(text, end):
        return False  # the claim as an indirect question its sentence says the figure cannot settle (round 16): "How
        # common online crime is, these counts cannot say", "Whether crime fell, the bars do not show"
    if HEDGE.search(blanked[opening:end]) and HEDGE_THEN_UNSHOWN.match(text, end):
        return False  # a hedge the sentence itself says the figure cannot settle: "Crime may have fallen, but these
        # counts cannot show it"
    return not DENIED_AFTER.search(after) and not LIMITATION_AFTER.match(after)


def asserted(text: str, start: int, end: int, *, context: str = "") -> bool:
    """Whether the words ``text[start:end]`` (of a ``normalise``d text) are asserted: not denied, asked, attributed at
    a distance or named as a purpose, as a claim's words are read (``supported_words`` reads any words this way)."""
    return _asserted(text, start, end, True, context=context)


def as_drawn(node, in_layer: bool = False):
    """A copy of a spec without the words Vega-Lite drops when it compiles a layered chart.

    Checked with vl_convert.vegalite_to_vega (tests/checks/test_chart_words_layers.py): a description set on a
    layer is dropped, and of the titles in a layer only one is drawn, the layered chart's own or else its first
    layer's; the others are dropped. A student who writes a claim where it is never drawn has not shown it, and a
    description there leaves screen readers nothing (``vegalite.has_description`` says where to put it).
    """
    if isinstance(node, list):
        return [as_drawn(item, in_layer) for item in node]
    if not isinstance(node, dict):
        return node
    drawn = {key: value if key in SKIPPED_KEYS else as_drawn(value, in_layer or key == "layer")
             for key, value in node.items() if not (in_layer and key == "description")}
    titled = bool(drawn.get("title"))
    for child in drawn.get("layer") if isinstance(drawn.get("layer"), list) else []:
        if isinstance(child, dict) and _layer_title(child):
            if titled:
                _drop_layer_titles(child)
            titled = True
    return drawn


def _layer_title(node: dict) -> bool:
    """Whether a layer (already ``as_drawn``) draws a title: its own or its first layer's."""
    return bool(node.get("title")) or any(_layer_title(c) for c in node.get("layer") or [] if isinstance(c, dict))


def _drop_layer_titles(node: dict) -> None:
    node.pop("title", None)
    for child in node.get("layer") or []:
        if isinstance(child, dict):
            _drop_layer_titles(child)


def chart_texts(spec) -> list[tuple[str, str]]:
    """(where, text) for every title, subtitle and description in a chart's spec.

    Axis, legend and header titles count too: an axis titled "Fall in crime"
    claims as much as a chart titled so. Data values are not the chart's words
    and are left out, and so are the words Vega-Lite drops when it compiles a
    layered chart (``as_drawn``): the drawn chart never shows them. Within a judgement each spec is read once
    (``vegalite.read_once``): every claim rule of a question reads the same chart's words.
    """
    return list(read_once("texts", spec, _chart_texts))  # a new list each time: a caller may add to its own


def _chart_texts(spec) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []

    def add(key: str, value, where: str) -> None:
        text = " ".join(map(str, value)) if isinstance(value, list) else value
        if isinstance(text, str) and text.strip():
            found.append((f"the {where} title" if where and key == "title" else f"the {key}", text))

    def visit(node, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, where)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key in SKIPPED_KEYS:
                continue
            if key == "title" and isinstance(value, dict):  # alt.Title(text, subtitle=...)
                add("title", value.get("text"), where)
                add("subtitle", value.get("subtitle"), where)
            elif key in TEXT_KEYS and isinstance(value, (str, list)):
                add(key, value, where)
            elif key == "labelExpr" and isinstance(value, str):  # words added to an axis's labels
                for literal in expression_words(value):
                    found.append((f"the {where} axis labels" if where else "the axis labels", literal))
            else:
                visit(value, key if key in CHANNEL_KEYS else where)

    visit(as_drawn(spec), "")
    found.extend(("a text mark", text) for text in text_mark_words(spec))
    return tuple(found)


ANNOTATION_ROWS = 3
_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def expression_words(expression: str) -> list[str]:
    """The quoted words of a Vega expression (an axis's ``labelExpr``: ``datum.label + ' (crime down)'``):
    the text it adds to what it draws, one string per literal with letters in it."""
    found = [a or b for a, b in _LITERAL.findall(expression)]
    return [text.strip() for text in found if re.search(r"[A-Za-z]{2}", text)]


def text_mark_words(spec: dict) -> list[str]:
    """The words a chart writes on itself with text marks: ``mark_text(text=...)``, a constant
    ``text=alt.value(...)``/``alt.datum(...)``, a field made by a constant ``transform_calculate``, or a
    text field's values when the layer brings its own little frame (an annotation: at most
    ``ANNOTATION_ROWS`` rows); labels drawn from the lesson's data (q4's milestones) are data, not the
    student's words. Read through ``vegalite.views``."""
    words: list[str] = []

    def add(value) -> None:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip() and item not in words:
                words.append(item)

    for view in views(spec):
        if view.mark != "text":
            continue
        mark = view.spec.get("mark")
        if isinstance(mark, dict):
            add(mark.get("text"))
        given = view.encoding.get("text")
        for part in given if isinstance(given, list) else [given]:
            if not isinstance(part, dict):
                continue
            add(part.get("value"))
            add(part.get("datum"))
            field = part.get("field")
            if isinstance(field, str):
                add(_constant_calculated(view.spec, field))
                if view.spec.get("data") is not None and view.rows and len(view.rows) <= ANNOTATION_ROWS:
                    add([row.get(field) for row in view.rows if isinstance(row, dict)])
            condition = part.get("condition")
            for branch in condition if isinstance(condition, list) else [condition]:
                if isinstance(branch, dict):
                    add(branch.get("value"))
    return words


def _constant_calculated(view: dict, field: str) -> str | None:
    """The string a ``transform_calculate`` gives ``field`` when its expression is a quoted constant."""
    for step in view.get("transform") or []:
        if isinstance(step, dict) and step.get("as") == field and isinstance(step.get("calculate"), str):
            literal = re.fullmatch(r"\s*(['\"])(.*)\1\s*", step["calculate"], re.DOTALL)
            return literal.group(2) if literal else None
    return None


def without_labels(text: str, labels: Sequence[str]) -> str:
    """``text`` with the data's own labels blanked (same length): the name of a milestone the release reports
    ("Recorded sextortion starts to fall") is a label of the chart's data, not the student's claim."""
    for label in labels:
        text = re.sub(label, lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def claim_rule(claim: Claim, counts: str, labels: Sequence[str] = ()) -> Rule:
    """A rule that spots ``claim`` in a chart's words; ``counts`` says what this question's figure counts; ``labels``:
    patterns for the names the question's data gives its rows, which a chart may quote (``without_labels``)."""

    def spot(spec) -> str | None:
        texts = [(where, without_labels(text, labels)) for where, text in chart_texts(spec)] if isinstance(spec, dict) else []
        for i, (where, text) in enumerate(texts):
            words = claim.find(text, context=" ".join(other for j, (_w, other) in enumerate(texts) if j != i),
                               titled=where in TITLED)
            if words:
                return (f"The words '{words}' in {where} were read as the claim that {claim.claim}. The chart "
                        f"counts {counts}: {claim.why} Say only what the figure counts; a denial such as "
                        "'not a measure of crime' is fine.")
        return None

    return Rule(claim.code, claim.description, spot)


def claim_rules(claims: Sequence[Claim], counts: str, labels: Sequence[str] = ()) -> list[Rule]:
    return [claim_rule(claim, counts, labels) for claim in claims]


@dataclass(frozen=True)
class Required(Rule):
    """A statement a question asks a chart's words to make (a limitation, a scope), read both ways.

    As a ``Rule`` it fires when the words *deny* or ask the statement ("the periods hardly differ",
    "a real count, not an index"), and (round 12) when the words do not make it at all: the question asks
    for it, so a chart whose words say nothing of the kind is not finished. The verdict says what the
    question asks the words to state and quotes the words read. The vocabulary (``statement_words``) is
    measured against a corpus of fair ways of stating each (tests/checks/required_statements.py), so an
    honest paraphrase is read. ``ask``: what the question asks, said to the student; ``says``: the
    statement in a few words ("that this is an index (2019 peak = 100)"); ``patterns``: the words that make it.
    """

    ask: str = ""
    says: str = ""
    patterns: tuple = ()

    def __post_init__(self):
        object.__setattr__(self, "spot", self._not_stated)

    def reading(self, spec) -> tuple[str, str | None]:
        """("stated" | "denied" | "elsewhere" | "missing" | "silent", words): "silent" when the chart has no
        title, subtitle or description at all (the engine's "no title" verdict speaks first); "elsewhere" when
        only another text (an axis or legend title, a text mark) states it, with where ("the y axis title")."""
        texts = chart_texts(spec) if isinstance(spec, dict) else []
        if not any(where in MAIN_WORDS for where, _text in texts):
            return "silent", None
        denied, elsewhere = None, None
        for where, text in sorted(texts, key=lambda item: item[0] not in MAIN_WORDS):
            plain = normalise(text)
            for pattern in _compile(tuple(self.patterns)):
                for m in pattern.finditer(plain):
                    if _asserted(plain, m.start(), m.end(), inner=False) or CANNOT_TELL.match(plain, m.end()):
                        if where in MAIN_WORDS:
                            return "stated", None
                        elsewhere = elsewhere or f"{where} {quoted(text)}"
                    elif where in MAIN_WORDS:
                        denied = denied or text[m.start():m.end()]
        if denied:
            return "denied", denied
        return ("elsewhere", elsewhere) if elsewhere else ("missing", None)

    def _not_stated(self, spec) -> str | None:
        state, words = self.reading(spec)
        if state == "denied":
            return f"{self.ask} Your words deny or ask it rather than state it (read around '{words}'): say it plainly."
        if state == "elsewhere":
            return (f"{self.ask} Only {words} says it; the title and description ({_words_quoted(spec)}) do not, and "
                    "they are what a reader (and a screen reader) meets first. Say it there too.")
        if state == "missing":
            return (f"{self.ask} Your words do not say it: I read {_words_quoted(spec)}, and none of them says "
                    f"{self.says}. Add it, in your own words, to the title or the description.")
        return None


MAIN_WORDS = ("the title", "the subtitle", "the description")  # where a question asks its statements to be made


def _words_quoted(spec) -> str:
    """The chart's title, subtitle and description as a verdict quotes them (each cut to a line)."""
    shown = [f"{where} {quoted(text)}" for where, text in chart_texts(spec)
             if where in MAIN_WORDS]
    return "; ".join(shown) or "no title or description"


QUOTE = 90  # characters of each chart text a verdict quotes: enough to recognise it


def quoted(text, limit: int = QUOTE) -> str:
    """A chart text as a verdict quotes it: on one line, in quotes, cut to ``limit`` characters (claims, chart_words
    and supported_words quote the student's words this one way)."""
    text = " ".join(str(text).split())
    return f"'{text}'" if len(text) <= limit else f"'{text[:limit - 3].rstrip()}...'"


# The statement's words as the subject of what cannot be told: "These examples cannot say" states they are examples.
CANNOT_TELL = re.compile(r"\s+(?:cannot|can't|can not|do not|don't|does not|doesn't)\s+(?:say|tell|show|rank|answer|prove|"
                         r"measure|settle)\b", re.IGNORECASE)


def required_statement(code: str, description: str, patterns: Sequence[str], ask: str, says: str = "") -> Required:
    """A ``Required`` statement: words that deny or ask it, or do not make it, are named and rejected.

    The title, subtitle or description must make it, as the questions ask: an axis title that says it
    ("Index, 2019 peak = 100") alone is named as said in the wrong place. The statement must be made, not denied or
    asked: "The two periods do not differ" and "This is not an index" deny it (read as claims are, by
    ``_asserted``; a statement that is itself a denial, "not comparable", keeps its own negator).
    """
    return Required(code, description, None, ask=ask, says=says or "what the question asks the words to state",
                    patterns=tuple(patterns))
