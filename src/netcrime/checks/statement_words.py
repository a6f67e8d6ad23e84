"""The words that make lesson 02's required statements (round 12, issue #19), by class.

Three chart questions ask the chart's words to STATE something: q3 that the four provincial figures are a selection
the ministry chose (not every province, not a ranking), q5 that the chart is an index (the peak's count is not
given), q9 what a reader must know before comparing two releases (different periods and campaigns: not a trend).
Words that make none of these statements are not a finished answer (``claims.Required``), so the vocabulary must
read every fair way of making them: the lessons' own wording, paraphrases, short and hedged forms, Chinese. Each
tuple below is measured against a corpus of fair statements and of words that state nothing
(tests/checks/required_statements.py). A statement that is itself a denial ("not a ranking", "not mentioned")
carries its negator inside the pattern, so the negator is part of the statement, not a denial of it.
"""
from __future__ import annotations

# ----- q3: the four examples are a selection the ministry chose -------------------------------------------------
_CHOSE = (r"\b(?:ch[oa]se|chosen|choices?|select(?:ed|ion|s)?|hand[- ]?picked|cherry[- ]?picked|picked|picks|"
          r"featur(?:ed|es|ing)|highlight(?:ed|s|ing)?|singled out|spotlight(?:ed|s)?|showcas\w*|cited|"
          r"named in|mentioned|mentions)\b")
SELECTION = (
    r"\bexamples?\b", r"\binstances?\b", r"\billustrat\w*", r"\banecdot\w*", _CHOSE,
    # only these, not all: "Only four regions are reported", "The release reports only these four", "Not all provinces"
    r"\bonly (?:the |these |some |a few )?(?:four|4|some|a few)\b", r"\b(?:reports?|mentions?|names?|gives?|lists?) only\b",
    r"\bnot (?:all|every|each)\b", r"\bnon[- ]?exhaustive\b|\bnot exhaustive\b|\bnot (?:a )?(?:complete|full)\b",
    r"\bpartial\b", r"\bnot (?:mentioned|reported|shown|included|listed|covered)\b", r"\bothers?\b[^.;]{0,30}\bnot\b",
    # (round 12, a second batch written after the first widening) "Only the regions the ministry wrote about", "(others
    # unknown)", "Not representative of China", "Case studies from four regions"
    r"\bonly (?:the |these )?(?:regions|provinces|places|operations)\b", r"\bothers?\s+(?:are\s+)?unknown\b",
    r"\bnot (?:necessarily )?representative\b|\bunrepresentative\b", r"\bcase stud(?:y|ies)\b",
    r"\bthe rest\b",
    # not comparable, not a ranking: "Each bar is a separate operation; do not compare them"
    r"\bnot (?:a )?(?:rank\w*|league)", r"\bno rank\w*", r"\b(?:do not|don't|dont|never) (?:rank|compare)\b",
    r"\bnot (?:directly )?comparable\b", r"\b(?:cannot|can't|can not|should not|shouldn't) be (?:compared|ranked)\b",
    r"\b(?:different|separate|distinct) (?:operations?|scopes?|campaigns?|kinds?)\b", r"\bcounted differently\b",
    r"\bnot a (?:census|comparison)\b", r"\bhighlights\b",
    # each from its own operation: "Jiangsu's figure comes from one operation; Guangxi's from another"
    r"\bfrom (?:one|a single|its own|a different|a separate) operation\b", r"\bfrom another\b",
    # nothing outside the four: "The release gives no figures outside these four provinces"
    r"\bno (?:figures?|data|numbers?|counts?) (?:for|outside|beyond|on|about|from) (?:the |these |any )?(?:other|four|4|rest)",
    r"\boutside (?:these|the|those) (?:four|4)\b",
    # who did best is not told: "Which province did best? The release does not say"
    r"\bwhich (?:province|region)\b[^.]{0,40}\?\s*(?:the (?:release|ministry|figures?|data|chart|bars?) |it |they )?"
    r"(?:does not|doesn't|cannot|can't|do not|don't|won't) (?:say|tell|show)",
    # Chinese: 例子/举例/示例/案例, 选取/挑选/选出/列举/列出, 仅, 部分, 未提及, 不是排名/非排名, 不可比较, 非全国
    r"例子|举例|示例|例如|案例|选取|挑选|选出|选择|列举|列出|仅(?:为|列|有|是|限|选)|部分|未(?:提及|列出|报道|公布)|"
    r"(?:不是|并非|非|不宜|不作|无)排名|不(?:可|能|宜)(?:直接)?(?:比较|对比)|非全国|并非全部|不代表",
)

# ----- q5: the chart is an index (the peak's count is not given) -------------------------------------------------
_PEAK = r"(?:the |its |their )?(?:(?:2019(?:'s)? )?(?:peak|high|highest(?: level)?|maximum|top)(?: level)?|2019(?:'s)? level)"
INDEX = (
    r"\bindex\w*", r"\brebased\b", r"\bnormali[sz]\w*", r"\brelative\b",
    r"peak\s*(?:=|is|equals|set (?:to|at)|indexed at|at|as)\s*100\b", r"\b100\s*=", r"=\s*100\b",
    r"\b(?:set|scaled|drawn|shown|counted) (?:so (?:that )?the peak (?:equals|is) |as |to |at )100\b",
    rf"(?:%|\bper\s?cent|\bpercentages?|\bshare|\bproportion|\bfraction|\bpart)\s+of\s+{_PEAK}",
    rf"\b(?:against|compared (?:with|to)|measured (?:against|from)|from) {_PEAK}\s*\(", rf"\bmeasured against {_PEAK}",
    rf"\b(?:compared (?:with|to)|against|versus|vs\.?) {_PEAK}\b",
    r"\b(?:level|count|number|size|total)\b[^.]{0,40}\b(?:not given|unknown|not known|not stated|not reported|"
    r"not published|unpublished|not disclosed|undisclosed)",
    r"\bhow many\b[^.]{0,40}\b(?:not given|unknown|not known|not stated|not reported|not published|undisclosed)",
    r"\bno (?:absolute |actual |real )?(?:counts?|levels?|figures?|numbers?)\b", r"\bnot (?:a |the )?(?:counts?|numbers?)\b",
    r"\bonly the (?:percentage|per cent|%) (?:fall|drop|decline|change)\b",
    # Chinese: 指数, 峰值=100, 以…为100/基准, 相对, 占峰值, 百分比, 未公布具体数量, 非实际数量
    r"指数|峰值\s*(?:=|＝|为)\s*100|以.{0,10}为(?:100|基准|基数)|基准|相对|占.{0,6}峰值|百分比|"
    r"(?:未公布|未给出|没有公布|不详|未知).{0,6}数量|数量.{0,4}(?:未公布|未给出|不详|未知)|非(?:实际|具体|真实)?.{0,4}数量",
)

# ----- q9: the two releases cover different periods and campaigns ------------------------------------------------
PERIODS = (
    r"\bdiffer(?:s|ent|ence|ences|ing)?\b",
    r"\bunlike (?:the |its |a )?(?:\d{4}|period|campaign|release|first|second|earlier|later|other|one|2020|2023)",
    r"\bnot (?:directly )?comparable\b", r"\bincomparable\b", r"\bnot a trend\b", r"\bno trend\b",
    r"\bnot (?:a |one |the same )?(?:[\w-]+ )?series\b", r"\bnot like[- ]for[- ]like\b", r"\bapples (?:and|to|with) oranges\b",
    r"\b(?:cannot|can't|can not|should not|shouldn't) be compared\b", r"\b(?:do not|don't|dont) (?:read|compare)\b",
    r"\bnot the same (?:period|length|campaign|span|time)", r"\bunequal\b", r"\bmismatch\w*",
    r"\b(?:distinct|separate) (?:periods|campaigns|spans|time)\b", r"(?<!the )(?<!these )\btwo (?:periods|campaigns|spans)\b(?!\s+(?:do not|don.t|are (?:not|alike|the same)))", r"\btwo snapshots\b",
    r"\b(?:14|fourteen|1[3-5]) ?(?:-|\s)?months?\b", r"\b(?:more|longer) than (?:a|one) year\b", r"\bover a year\b",
    r"\b(?:a |another )?(?:new|different|later|other|second) campaign\b",
    # one figure a running total, the other a year's: "Campaign total vs annual total", "cumulative vs yearly",
    # "Nov 2019-Dec 2020 vs calendar 2023"
    r"\bcumulative\b", r"\b(?:campaign|running) total\b[^.]{0,40}\b(?:annual|yearly|one year|a year)\b",
    r"\b(?:annual|yearly)\b[^.]{0,40}\b(?:campaign|running) total\b", r"\bcalendar (?:year )?2023\b",
    r"\bnov(?:ember)?\.? 2019\s*(?:-|\u2013|\u2014|to|until)",
    # no change can be read between them (the conclusion the periods lead to): "whether crime fell between the
    # releases is unknown", "Did crime fall? Unknown", "两次发布的破获案件数，不能看出是否下降"
    r"\b(?:whether|if)\b[^.]{0,60}\b(?:fell|rose|fallen|risen|changed|declined|dropped|grew)\b[^.]{0,60}?"
    r"(?:\b(?:is|are|remains?) (?:unknown|unclear|not known)|\bcannot be (?:read|told|known|said|seen|shown))",
    r"\b(?:fall|fell|rise|rose|drop|dropped|change|changed|decline|declined)\?\s*(?:unknown|unclear|we cannot tell|"
    r"can't tell|no one knows|not known|impossible to say)",
    r"\b(?:to date|so far)\b.*\b(?:one|a single|calendar|a) year\b",
    r"\b(?:one|a single|calendar) year\b.*\b(?:to date|so far)\b",
    # Chinese: 周期不同, 时间范围不同, 口径不同, 不同的行动, 不可比较, 非同期, 并非趋势, 约14个月
    r"(?:周期|时间|时期|期间|范围|跨度|口径|长短|行动|阶段|统计)[^，。,.]{0,4}(?:不同|不一|各异)|不同的?(?:专项)?(?:行动|时期|阶段|周期|活动)|"
    r"两个不同|(?:不可|不能|不宜|无法)(?:直接)?(?:比较|对比)|非同期|(?:并非|不是|不构成|非)趋势|1[3-5]个月|十四个月|"
    r"(?:不能|无法|看不出)[^，。]{0,4}(?:是否)?(?:下降|减少|上升|增加|变化)|累计[^，。]{0,8}年度|年度[^，。]{0,8}累计",
)
