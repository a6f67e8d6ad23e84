"""A chart's words read the other way round (#19, round 17): every content word must be one the figures support.

A claim vocabulary (``claims.Claim``) names the overclaims it knows, and a chart whose words overclaim in wording it
does not know used to be RECORDED like a right one (review round 16's holdout: "32,000 crimes" for cases solved, "Only
600 suspects got away", "China's gang capitals", "Online harms cut at the source"). So each chart question with words
also declares what its figures can support (``Supports``: the things counted and what was done to them, the period,
the place, the source and the units, derived from the question's own data rows and the lesson's sentence of what
they count), and a chart's words are read as content words:

- a word is left aside when it is a function word, a chart word ("panel", "scale", "share", "index"), a number or a
  date written any way, a name of the source, or one of the few neutral words of honest titles (``NEUTRAL``, each
  group explained);
- a word the question's figures support is fine ("gangs", "broken up", "apprehended", "campaign", "2019-20");
- a TOPIC word (crime, fraud, scams, harm ...) names what the counted thing is about, and is supported only beside
  a counted noun: "online crime gangs", "cases of fraud", "a crackdown on crime" (not "32,000 crimes", "crime fell");
- every other word is read as a possible claim. The unsupported words of one clause are read together, and a clause
  that denies, asks or attributes them ("not a fall in crime", "Did crime fall?", "a campaign to cut crime") claims
  nothing: that is ``claims.asserted``, the same reading the claim vocabulary uses.

The verdict for unsupported words is INCORRECT (``WORDS_NOT_SUPPORTED``), quoting the words read and saying what the
figures count: the computer could not match them to the figures, so the student uses the figures' own terms or argues
the wording to the instructor, who sees every chart's words. A claim the vocabulary recognises is named by its own code
first (it says more).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .claims import AFFIRMING_IDIOMS, CLAUSE_END, CLAUSE_START, HEDGE, HEDGE_THEN_UNSHOWN, NEGATION, asserted, chart_texts, normalise, quoted, spaced
from .compare import Rule

WORDS_NOT_SUPPORTED = "words_not_supported"
DESCRIPTION = ("wrote words in a chart's title, description or labels that the question's figures do not support "
               "(they were read as a possible claim: the figures count police work, not crime, victims or effects)")

_ENGLISH = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")  # "won't" is one word, not "won" and "t"
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _bigrams(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(run[k:k + 2] for text in texts for run in _HAN.findall(text) for k in range(len(run) - 1))


# ----- how a word is compared: a light stem, British and American spellings together --------------------------
_SPELLING = ((re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
             (re.compile(r"our$"), "or"), (re.compile(r"ours$"), "ors"), (re.compile(r"tre$"), "ter"),
             (re.compile(r"tres$"), "ters"), (re.compile(r"ence$"), "ense"), (re.compile(r"mme$"), "m"),
             (re.compile(r"ll(ed|ing)$"), r"l\1"))
_KEEP = frozenset({"four", "hour", "your", "our", "ours", "pour", "tour", "sour", "yours", "otherwise", "wise", "rise",
                   "rises", "arise", "arises", "precise", "concise", "promise", "promises", "premise", "exercise",
                   "exercises", "raise", "raises", "noise", "praise", "since", "hence", "fence", "sense", "tense",
                   "licence", "offence", "evidence", "sentence", "centre", "metre", "programme", "whence", "once",
                   "analyse", "base", "bases", "case", "cases", "increase", "increases", "release", "releases",
                   "premises", "compromise", "surprise", "enterprise", "expertise", "disguise", "advise", "devise",
                   "revise", "supervise", "televise", "comprise", "despise", "surmise", "demise", "franchise",
                   "merchandise", "size", "seize"})


# Irregular forms of a verb read as the verb (round 18, #19: "How long each phase took", "what we know"): a list that
# holds "take" holds "took". Not the forms the claim vocabulary reads as an effect ("gone", "won", "beaten") nor those
# that are chart words in their own sense ("left", "led").
IRREGULAR = {form: base for base, forms in {
    "take": "took taken undertook undertaken", "know": "knew known", "hold": "held", "catch": "caught",
    "make": "made", "give": "gave given", "run": "ran", "bring": "brought", "find": "found", "fight": "fought",
    "begin": "began begun", "come": "came", "see": "saw seen", "show": "shown", "draw": "drew drawn",
    "rise": "rose risen", "fall": "fell fallen", "choose": "chose chosen", "write": "wrote written", "tell": "told",
    "say": "said", "send": "sent", "keep": "kept", "get": "got gotten", "break": "broke broken", "strike": "struck",
    "stand": "stood", "mean": "meant", "spend": "spent", "build": "built", "think": "thought", "seek": "sought",
    "understand": "understood", "grow": "grew grown", "hide": "hid hidden", "read": "read", "put": "put", "set": "set",
}.items() for form in forms.split()}


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word as the lists compare it: lower case, British spellings American ("organised", "centre", "labour"),
    a plural, past, -ing or -ly ending taken off ("gangs", "seized", "seizing" -> "gang", "seiz")."""
    w = word.lower().replace("\u2019", "'")
    w = re.sub(r"'s?$", "", w)
    if "'" in w:
        return w  # a contraction ("won't", "isn't") is compared whole
    w = IRREGULAR.get(w, w)
    if w not in _KEEP:
        for pattern, into in _SPELLING:
            w = pattern.sub(into, w)
    else:
        w = {"offence": "offense", "licence": "license", "centre": "center", "metre": "meter",
             "programme": "program", "analyse": "analyze"}.get(w, w)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("ly"):
        w = w[:-2]
    elif len(w) > 3 and re.search(r"(?:ss|x|z|ch|sh)es$", w):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]  # "dropped" -> "drop", "stopping" -> "stop"
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _ENGLISH.findall(normalise(text)) if len(w) > 1)


# ----- the general lists, kept small: each group says why its words claim nothing --------------------------------
# Function words: they join what a title says and say nothing of their own.
FUNCTION = stems("""
a an the this that these those it its they them their there here what which who whom whose when where why how
of in on at to from for with by as into onto over under between among about against per via through across
within without during before after since until till up down out off
and or nor but so yet than then also too both either neither each all any some no not none only just even
is are was were be been being am do does did done doing have has had having will would shall should can could may
might must ought
i we you he she one ones our your his her my me us him
very more most less least much many few fewer such same other another own
if whether because while though although unless
get gets got getting keep keeps kept keeping
now still already again ever never yes anything something nothing
""")
# Chart words: what a chart is made of and how it is read.
CHART = stems("""
light lighter lightest dark darker darkest white black grey gray blue red orange green purple colour colours
coloured shade shaded shading readable legible visible hidden slant placed place places position positions gap gaps
distance distances look looks looked like unlike compare care careful carefully thing things way ways aside computed
calculated calculation derived worked translated translation render renders rendered original wording word words name names named marked
display displays displayed appear appears eye stay stays honest honestly misleading mislead
chart charts graph plot figure figures bar bars cell cells grid heatmap pie donut line lines area tick ticks rule
rules circle circles square rect mark marks field fields channel channels encoding encoded typed nominal ordinal
quantitative temporal domain truncated clipped log logarithmic flat angled slanted rotated horizontal vertical
written column columns row rows panel panels small multiples multiple facet
axis axes scale scales scaled independent shared common separate own label labels labelled legend colour colored
colour-coded key title subtitle description tooltip point points dot dots line mark marks text layer layers
nested inside outside overlap overlapping overlaid beside alongside side stacked stack stacking sorted sort order
ordered largest smallest first second third last left right top bottom lengths length width height size
value values number numbers count counts counted counting total totals tally tallies sum share shares shared
proportion proportions percent percentage percentages fraction fractions part parts whole index indexed indices
level levels peak baseline zero start starts starting starting-point unit units metric metrics measure measures
measured quantity quantities amount amounts data dataset table tables series sample
show shows shown showing drawn draw draws plotted plotting compare compared comparing comparison side-by-side
read reads reading readers reader view see note notes course lesson exercise draft drafts version versions rewrite rewritten
timeline timelines dates date time times month months year years yearly annual annually day days week weeks
period periods span spans range ranges quarter quarters decade calendar moment moments latest recent current
sit sits sitting stand stands lie lies spaced spacing arranged grouped organised split portion portions slice slices piece pieces match matches agree agrees
elsewhere redrawn fixed corrected output outputs status export exported excel spreadsheet csv eventually
""")
# Numbers and dates in words, and the units and forms they are written in.
NUMBERS = stems("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
millions billion billions bn mn m k st nd rd th approx approximately about around roughly some nearly almost
seventh sevenths sixth sixths eighth eighths ninth ninths hundredth bound bounds least twice once thrice double over under above below more less than exactly precisely circa ca percent pct per cent pp points
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 h1 h2 fy ad
yuan rmb cny renminbi usd dollars wan yi
""")
# The source and who reports: the release's own names for itself and its issuer.
SOURCE = stems("""
ministry mps public security police policing officers force forces authority authorities official officials
government state chinese china's prc beijing release releases released press conference statement statements
report reports reported reporting according source sources said says say stated states announced announcement
issued publishes published publication chinanews xinhua cctv news agency agencies bulletin
call calls called calling describe describes described present presents presented hail hails hailed credit credits
credited tout touts touted portray portrays frame frames framed claim claims claimed boast boasts term terms termed
tell tells told dub dubs dubbed label labels labelled cite cites cited mention mentions mentioned wrote write writes written
""")
# Neutral words of honest titles (the fair corpora of tests/checks): words that describe what a chart shows without
# claiming an effect, whatever a question counts. Kept small: every word here was met in an honest title and claims
# nothing about crime, victims or effects.
NEUTRAL = stems("""
campaign campaigns operation operations round-up crackdown effort efforts work activity activities action actions
enforcement drive special rectification struggle
police-reported reported recorded official officially stated given listed named printed
what did done do doing caught take taken
example examples chosen chose chooses picked selected selection showcase showcased showcases highlighted
illustrative illustrate illustrates
region regions province provinces provincial regional local localities locality national nationwide country
countrywide mainland
month's year's campaign's
key main headline headlines result results figure outcome outcomes
roughly about approximately nearly rounded exact exactly estimated
new different differ differs differing difference distinct unlike various varying apart similar
small smaller larger large big bigger tiny modest most half majority minority
rose rise fall fell fewer lower higher down up change changed changes
what how where
plainly simply honest honestly fair fairly
only just merely
not never cannot can't doesn't don't isn't aren't wasn't weren't didn't won't
measure gauge claim claims
whether unknown unclear
note caution careful warning
""") | stems("""
relative relatively normalised rebased versus vs equal equals set expressed scaled mismatch mismatched unequal
incomparable comparable differ limited limit cover covers covering scope scopes duration durations window windows
frame frames definition definitions snapshot snapshots apples oranges like-for-like
featured spotlighted singled hand-picked cherry-picked handpicked illustration illustrations instance instances case
study studies anecdotal handful partial exhaustive non-exhaustive incomplete complete happen happens appear appears
choice choices wrote describes mapped dominate dominates follow follows come comes came found
later late early earlier launch launched launches began begin begins started start end ended ends then since until
mean means meaning reflect reflects tempting anyway implied imply implies known actual actually precision precise
exact rough crude
fallen risen sharp sharply steep steeply drop dropped drops decline declined declines declining falling rising high highest low
lowest
online internet cyber cyberspace web website websites digital social media
aim aims aimed aiming seek seeks sought intend intends intended designed meant goal goals purpose
probably likely perhaps maybe possibly unlikely
give gives given include includes included including contain contains state states kind kinds reason reasons
half halves third thirds quarter quarters fifth fifths tenth tenths
longer shorter bigger smaller wider narrower taller
catch catches catched caught
people persons individuals held custody arrest arrests arrested bust busts raid raids broke handle handled dealt smash smashed busted dismantle dismantled disband disbanded crack cracked freeze frozen seizure seizures send sent
detention detentions apprehension apprehensions act acted acts acting watch watched monitor monitors monitoring investigate investigated investigation
pursue pursued reach reached steps step stage stages court
courts decide decides guilt guilty sentence sentences tried trial convicted
""")
# Words that describe figures, reports and charts in plain English (round 17: a batch of honest titles in newsroom,
# statistical and casual registers): what a figure is, how it was put together and shown, and the steps of an
# operation in time. None of them says what the work changed.
DESCRIBING = stems("""
statistics stats briefing briefings volume volumes scorecard overview summary snapshot breakdown glance brief picture
pipeline funnel rate rates outer inner chronology chronological schedule phase phases sequence sequences timing
flagged flag reading readings represent represents represented contribution contributions sweep sweeps attributable
account accounts accounted full coverage clearance clearances preventive preventative rescale rescaled redraw
redrew unseen performance moved move moves push pushes respective respectively corresponding related associated
relevant particular specific certain several individual overall aggregate aggregated combined subtotal earliest final
initial interim provisional preliminary updated revised tallied logged noted listed quoted posted provided supplied
shared disclosed conducted carried undertook undertaken ran run runs organised organized coordinated mounted led
plotted charted visualised visualized depicted depicts depict illustrated presented context background
gave put forward unranked unsorted unordered groundwork
""")
# Plain words a fair teacher accepts in any chart's title (round 18, #19, measured on a new corpus): what is known or
# asked of figures, how long or how busy the work was, how simple a method is, mix-ups. None of them says what the work
# changed, and a claim beside them keeps its own words ("Online crime is simply gone": 'gone' is still read).
PLAIN = stems("""
know knows knew known knowable learn learns learned learnt ask asks asked question questions questioned answer
answers answered unanswered open
busy busier workload long lengthy brief briefly short duration durations took
simple simpler simplest basic naive plain straightforward complex complicated crude
ups mix-up mix-ups mixup mixups confusion confusions
make makes made build builds built infer infers inferred inference inferences assume assumed assumption guess guessed
formal formally basis bases
""")
# Topic words name what the counted thing is about: supported beside a counted noun ("online crime gangs", "cases of
# fraud", "a crackdown on crime"), not as what is counted ("32,000 crimes", "crime fell").
TOPIC = stems("""
crime crimes criminal criminality fraud frauds scam scams scammer scammers extortion sextortion blackmail harassment
offence offences offense offenses offending harm harms lawbreaking illegal illicit underworld mafia
racket rackets loan-sharking cybercrime cybercrimes gang gangs fraudster fraudsters
""")
# Words a topic word may stand among on its way to a counted noun: "online gang crime suspects", "cases of online fraud".
MODIFIERS = TOPIC | stems("""
online internet cyber web network networks information organised organized violent naked chat trap loan loans
routine vicious mafia-type type
""")
# Nouns of police work a topic word may name the field of, in every question: "fraud prevention work", "online crime
# campaign", "fraud arrests", "crime-fighting". They claim nothing themselves (read as GENERAL too).
ACTIVITY = stems("""
campaign campaigns crackdown crackdowns operation operations work prevention activity activities police unit units
squad squads team teams enforcement action actions strike strikes bust busts arrest arrests raid raids
detention detentions apprehension apprehensions custody investigation investigations trial trials fighting fight
""")
# ... and nouns of what may be counted, beside which a topic word names a kind ("fraud cases", "crime types").
WORK_HEADS = ACTIVITY | stems("""
case cases type types category categories suspect suspects gang gangs group groups network networks clue clues centre
center
""")
# Words before a topic word that make it the topic of something else: "a crackdown on crime", "work against fraud".
TOPIC_BEFORE = stems("""
against on targeting targeted target targets tackling tackle tackled fighting fight combating combatting combat
countering counter into about involving involve involved related linked concerning regarding over
classify classifying classified labelling labeling sorting
""")

# Words about the chart's own form (how it is drawn and read) and about what it leaves out (round 17 FINAL, #19): "a
# time axis that keeps the real gaps", "white or black for contrast", "other provinces go unmentioned", "left out".
# They say what the chart does, never what happened in the world; a claim beside them has its own unsupported words
# ("a real fall in crime": 'crime' is still read).
FORM = stems("""
contrast contrasting contrasts legibility readability emphasis emphasise emphasised bold font fonts typeface caption
captions annotation annotations annotated footnote footnotes gridline gridlines palette hue hues tone tones gradient
saturation opacity transparent faint thin thick narrow wide symbol symbols icon icons arrow arrows marker markers
interval intervals even evenly uneven unevenly proportional proportionally proportionate faithful faithfully real true
true-to-scale clutter cluttered uncluttered tidy neat pair pairs pairing combination combinations switch switches switched alternate alternates alternating flip flips
unmentioned mention omitted omit omits omission excluded exclude excludes exclusion missing absent unlisted unnamed
unshown undisclosed unstated unspecified uncounted unreported silent go goes left out beyond rest remainder others
""")
GENERAL = FUNCTION | CHART | NUMBERS | SOURCE | NEUTRAL | ACTIVITY | DESCRIBING | FORM | PLAIN

# Synonyms of the counted nouns (round 17 FINAL, #19): a student who calls the suspected institutions "firms" or
# "outfits", the gangs "rings", the suspects "detainees" names the same counted thing in other words. A question's
# counted noun (one of its ``heads``, or a word its figures support) brings its synonyms with it, as words and as
# heads (so "online scam rings" is a topic beside a counted noun). Each row: the counted noun, then words that name
# the same thing and nothing more (not "victims" for suspects, not "crimes" for cases: those say something else).
SYNONYMS = {
    "institutions": "firms companies outfits businesses operators enterprises entities organisations organizations "
                    "providers lenders apps shops outlets",
    "lenders": "firms companies outfits businesses operators lending-apps apps providers sharks",
    "gangs": "rings syndicates crews outfits bands groups networks cells organisations organizations",
    "suspects": "detainees individuals persons people suspicion",
    "cases": "files investigations matters",
    "items": "messages posts pieces entries",
    "reminders": "alerts notices notifications warnings texts",
    "platforms": "apps sites websites services portals",
    "solved": "closed cleared cracked resolved",
    # what was done, in the release's own English and plain synonyms (review round 18, W5): "1,759 gangs destroyed"
    # (the release's translation says "destroy"), "remanded in custody" for detained
    "eliminated": "destroyed dismantled smashed busted",
    "detained": "remanded",
    "apprehended": "captured",
    "intercepted": "blocked filtered screened stopped",
    "rectified": "fixed corrected remedied",
    "milestones": "landmarks events steps stages moments",
    "labels": "predictions guesses classifications calls",
    "vignettes": "stories scenarios examples",
}
SYNONYM_STEMS = {stem(noun): stems(words) for noun, words in SYNONYMS.items()}

# Chinese: the terms the course uses, and the characters that join them (read after the question's own terms).
CHINESE_NEUTRAL = ("公安机关", "公安部", "公安", "警方", "民警", "发布会", "新闻发布会", "通报", "数据", "图表", "图",
                   "数量", "数字", "总数", "合计", "共计", "累计", "占比", "比例", "份额", "指数", "峰值", "最高峰", "年",
                   "月", "日", "至今", "截至", "目前", "期间", "以来", "专项行动", "专项", "行动", "集中", "收网", "全国",
                   "各地", "地方", "省份", "省", "示例", "例子", "举例", "选取", "部分", "个", "名", "起", "条", "家", "万",
                   "亿", "元", "人民币", "和", "与", "及", "以及", "的", "了", "在", "中", "对", "按", "由", "为", "是",
                   "非", "不是", "并非", "不", "没有", "无法", "说明", "表明", "显示", "各", "类", "各类", "每", "共",
                   "约", "近", "超过", "余", "多", "下降", "上升", "比", "较", "从", "到", "相比", "打击", "工作")
CHINESE_NEUTRAL += ("工作量", "统计", "发布", "发布会", "斗争", "专项斗争", "地区", "列举", "顺序", "相互", "比较", "时间线",
                    "涉嫌", "嫌疑", "机构", "指数", "峰值", "水平", "公布", "具体", "百分比", "基准", "高峰期", "相对值",
                    "整改", "拦截", "信息", "提醒", "发送", "预防", "十一月", "周期", "时期", "长短", "不一", "口径",
                    "跨度", "趋势", "构成", "通报", "时间范围", "统计周期", "年度", "可比", "选出", "挑选", "案例", "示例",
                    "四地", "省份", "提及", "列出", "排名", "不宜", "看出", "是否", "直接", "案件", "资产", "团伙",
                    "嫌疑人", "打掉", "抓获", "刑拘", "破获", "查扣", "数量", "相对", "高峰", "里程碑", "事件", "日期",
                    "时间", "专项", "战果", "活动", "两次", "四个", "五项", "三项", "不同", "单位", "面板", "各自",
                    "刻度", "平台", "网站", "工作", "江苏", "浙江", "广东", "广西", "发布顺序", "选自", "仅为", "未提")
CHINESE_NEUTRAL += ("其他", "其它", "其余", "另外", "网络安全", "专项整治", "整治", "这些", "那些", "开展", "防范", "每个", "一个")
CHINESE_NEUTRAL += ("包含", "之内", "在内", "其中", "所占", "大事记", "黑恶势力", "网络黑恶", "打击网络黑恶势力")
# ... and the Chinese of the plain describing words (round 18): counts of people and cases, steps and stages, main.
CHINESE_NEUTRAL += ("人数", "次数", "件数", "起数", "破案", "破案数", "案数", "环节", "节点", "阶段", "步骤", "过程", "程序",
                    "主要", "重要", "关键", "先后", "依次", "分别", "同一", "一批", "批次", "简单", "基本", "已知", "未知")
# ... and the chart's own form in Chinese (review round 18, W5: "按单位分面"), as CHART holds it in English.
CHINESE_NEUTRAL += ("分面", "分组", "分栏", "小多图", "横轴", "纵轴", "坐标", "坐标轴", "轴", "柱状图", "条形图", "柱形图", "折线图",
                    "饼图", "热力图", "散点图", "时间轴", "标题", "副标题", "说明", "图例", "颜色", "排序", "对数", "标签", "数值",
                    "单位", "分别", "并列", "嵌套", "堆叠", "从零开始", "零点", "起点", "基线", "比例尺")
CHINESE_PAIRS = _bigrams(CHINESE_NEUTRAL)
# Characters that join Chinese words and claim nothing alone (particles, measure words, numbers).
CHINESE_SINGLE = frozenset("这那些此其它们我也都只还就而但或的了和与及在中对按由为是非不无未仅各每共约近余多个名起条家万亿元年月日号：（）一二三四五六七八九十百千两")


_EVERY = stems("everyone everybody every everything")
_EVERYONE = stems("everyone everybody")
NEAR_ALL = re.compile(r"\b(?:almost|nearly|virtually|practically|not quite|close to)\s+$", re.IGNORECASE)
# "Hardly any", "almost no": a quantity said to be near none, not a denial of the words after it.
NEAR_NONE = re.compile(r"\b(?:hardly|barely|scarcely|almost|virtually|practically|next to)\s+(?:any|no|none)\b",
                       re.IGNORECASE)
IDIOMS = re.compile(r"\b(?:(?:safe|hard|fair|needless|easy|true) to say|so to speak|to be sure|in short|in sum)\b",
                    re.IGNORECASE)
DENIED_PART = re.compile(r"\b(?:not|nor|no|never|rather than|instead of)\b[^,;:.()]*", re.IGNORECASE)


@dataclass(frozen=True)
class Supports:
    """What one chart question's figures can support, beside its claims.

    ``counted``: what the figures count, said to a student ("criminal cases solved (破获), a count of police work,
    not crimes"); ``terms``: the figures' own terms, a few, to suggest ("cases solved, gangs broken up");
    ``words``: the stems the figures support; ``heads``: the stems of the counted nouns, beside which a TOPIC word
    is supported; ``chinese_pairs``: the pairs of Chinese characters the figures' Chinese texts hold; ``names``: the
    names of operations, supported only whole ("'Blue Sword' series of concentrated strikes": not "concentrated").
    """

    counted: str
    terms: str
    words: frozenset[str]
    heads: frozenset[str]
    chinese_pairs: frozenset[str]
    names: tuple[str, ...] = ()


def supports(*, counted: str, terms: str, texts: Iterable[str] = (), heads: Iterable[str] = (),
             place: str = "", period: str = "", source: str = "", units: str = "", names: Iterable[str] = ()) -> Supports:
    """A question's declaration: ``texts`` are its data's own words (each row's id, unit, what it counts, its
    operation and scope, its Chinese original) and the lesson's sentence of what they count; ``heads`` the counted
    nouns (a row's unit is one); ``place``, ``period``, ``source`` and ``units`` what the figures cover, in words;
    ``names`` the operations' names, each read whole and taken out of ``texts``."""
    names = tuple(dict.fromkeys(re.sub(r"\s*\([^)]*\)\s*$", "", str(n)).strip() for n in names
                                if n is not None and str(n) not in ("nan", "None", "")))
    texts = [str(t) for t in texts if t is not None and str(t) not in ("nan", "None")]
    for name in names:
        texts = [t.replace(name, " ") for t in texts]
    english = " ".join([terms, *texts, place, period, source, units]).replace("_", " ")
    english = DENIED_PART.sub(" ", english)  # "caught, not formally arrested", "not crimes, not people": not supported
    words = stems(english) - TOPIC  # a topic word in the data's text ("gang crime") stays a topic word
    head_stems = frozenset(stem(h) for text in heads for h in _ENGLISH.findall(str(text)))
    synonyms = frozenset(s for noun, same in SYNONYM_STEMS.items() if noun in head_stems for s in same)
    acts = frozenset(s for noun, same in SYNONYM_STEMS.items() if noun in words and noun not in head_stems for s in same)
    words, head_stems = words | synonyms | acts, head_stems | synonyms
    return Supports(counted=counted, terms=terms, words=frozenset(words), heads=head_stems,
                    chinese_pairs=_bigrams([*texts, *names]), names=tuple(normalise(n) for n in names))


# ----- reading a text ----------------------------------------------------------------------------------------
def _english_unsupported(text: str, given: Supports) -> list[tuple[int, int]]:
    matches = list(_ENGLISH.finditer(text))
    tokens = [(m.start(), m.end(), m.group(0), text[m.end():matches[n + 1].start() if n + 1 < len(matches) else len(text)])
              for n, m in enumerate(matches)]  # (start, end, word, the text up to the next word)
    found = []
    for i, (start, end, word, _gap) in enumerate(tokens):
        if len(word) < 2 or word.isupper() and len(word) <= 5 and stem(word) not in TOPIC:
            continue  # an abbreviation ("MPS", "PRC", "Q4") or a letter
        s = stem(word)
        if s in GENERAL or s in given.words or s in given.heads or _derived(s, given):
            continue
        if s in _EVERY and NEAR_ALL.search(text, max(0, start - 20), start):
            continue  # "almost everyone apprehended was detained": a quantity near all, not a sweep of the world
        if s in _EVERYONE and i + 1 < len(tokens) and tokens[i + 1][2].lower().endswith("ed") \
                and stem(tokens[i + 1][2]) in given.words:
            continue  # "everyone detained was first apprehended": the counted people, named by what was done to them
        if s in ("every", "each") and (re.match(r"\s+(?:\d|other\b)", text[end:]) or (
                i + 1 < len(tokens) and stem(tokens[i + 1][2]) in CHART)):
            continue  # "14 left of every 100", "every other cell", "every count readable": not a sweep of the world
        if s in TOPIC and _topic_supported(tokens, i, given):
            continue
        found.append((start, end))
    return found


DERIVING = ("", "ion", "ions", "ation", "ations", "ure", "ures", "ment", "ments", "al", "er", "ers", "or", "ors", "ive")


def _derived(s: str, given: Supports) -> bool:
    """A word made from one the figures support by a suffix that names the same act ("interceptions" from
    "intercepted", "rectification" from "rectified", "detainee" is not one): the supported stem has five letters at
    least, and the rest of the word is one of ``DERIVING`` ("under" does not make "underworld" supported)."""
    for w in given.words:
        if len(w) < 5:
            continue
        if s.startswith(w) and s[len(w):] in DERIVING or w.startswith(s) and w[len(s):] in DERIVING:
            return True
        if w.endswith("y") and s.startswith(w[:-1]) and s[len(w) - 1:] in ("ication", "ications"):
            return True
    return False


def _topic_supported(tokens, i: int, given: Supports) -> bool:
    """A topic word beside a counted noun or a noun of police work, past other modifiers: after it ("online crime
    gangs", "fraud prevention work"), or before it with 'of', 'for' or 'in' ("cases of online fraud", "suspects in
    online gang crime"), or after a word that makes it a topic ("a crackdown on crime", "work against online fraud")."""
    def head(s: str) -> bool:
        return s in given.heads or s in WORK_HEADS

    k = i + 1
    while k < len(tokens) and k <= i + 3 and _adjacent(tokens, i, k):
        if head(stem(tokens[k][2])):
            return True
        if stem(tokens[k][2]) in stems("in among of within across") and k + 1 < len(tokens):
            if any(head(stem(tokens[n][2])) and _adjacent(tokens, k, n) for n in range(k + 1, min(k + 4, len(tokens)))):
                return True  # "the commonest crime in the test cases"
            break
        if stem(tokens[k][2]) not in MODIFIERS:
            break
        k += 1
    k = i - 1
    while k >= 0 and k >= i - 3 and stem(tokens[k][2]) in MODIFIERS:
        k -= 1
    if k < 0:
        return False
    if not _adjacent(tokens, k, i):
        return False  # "suspects: underworld routed" is not one phrase
    before = stem(tokens[k][2])
    if before in TOPIC_BEFORE or tokens[k][2].lower() in ("suspected", "alleged"):
        return True  # "a crackdown on crime", "suspected fraudsters" (compared whole: "suspects" is not "suspected")
    return before in stems("of for in involving") and k >= 1 and head(stem(tokens[k - 1][2]))


_PUNCTUATION = re.compile(r"[.;:!?,()\[\]\u2014\u2013|]")


def _adjacent(tokens, i: int, k: int) -> bool:
    """No punctuation between tokens i and k ("crime: suspects" are not one noun phrase)."""
    return True if k == i else not any(_PUNCTUATION.search(tokens[j][3]) for j in range(i, k))


def _chinese_unsupported(text: str, given: Supports) -> list[tuple[int, int]]:
    """Chinese has no spaces between words: a character is read as supported when it is in a pair of characters the
    question's Chinese texts or the course's neutral Chinese terms hold; two or more characters in a row outside every
    such pair are read as unsupported words ("明显减少")."""
    known = given.chinese_pairs | CHINESE_PAIRS
    found = []
    for run in _HAN.finditer(text):
        body = run.group(0)
        covered = [False] * len(body)
        for k in range(len(body) - 1):
            if body[k:k + 2] in known:
                covered[k] = covered[k + 1] = True
        k = 0
        while k < len(body):
            if covered[k] or body[k] in CHINESE_SINGLE:
                k += 1
                continue
            j = k
            while j < len(body) and not covered[j] and body[j] not in CHINESE_SINGLE:
                j += 1
            if j - k >= 2:
                found.append((run.start() + k, run.start() + j))
            k = j
    return found


def _clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unsupported words of each clause as one span, first to last (read together, as a claim is)."""
    cuts = [m.end() for m in CLAUSE_START.finditer(text)]
    grouped: dict[int, list[tuple[int, int]]] = {}
    for start, end in spans:
        clause = sum(1 for c in cuts if c <= start)
        grouped.setdefault(clause, []).append((start, end))
    return [(min(s for s, _e in group), max(e for _s, e in group)) for group in grouped.values()]


@lru_cache(maxsize=4096)
def unsupported_in(text: str, given: Supports, context: str = "") -> tuple[str, ...]:
    """The words of ``text`` read as possible claims: each clause's unsupported content words, asserted (not denied,
    asked, attributed at a distance or named as a purpose), quoted in the student's own characters."""
    plain, where = spaced(normalise(text))
    plain = IDIOMS.sub(lambda m: " " * len(m.group(0)), plain)  # "safe to say" says nothing of safety
    for name in given.names:  # an operation's name is read whole (same length: positions still quote the student)
        plain = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), plain, flags=re.IGNORECASE)
    spans = sorted(_english_unsupported(plain, given) + _chinese_unsupported(plain, given))
    read = []
    for start, end in _clauses(plain, spans):
        if not asserted(plain, start, end, context=context) or _denied_in_clause(plain, start) \
                or not asserted(plain, _clause_first(plain, start), end, context=context) \
                or (HEDGE.search(plain, start, _clause_end(plain, start)) and HEDGE_THEN_UNSHOWN.match(plain, end)):
            continue  # denied, asked, or a hedge its own sentence says the figures cannot settle
        words = [plain[s:e] for s, e in spans if start <= s and e <= end and asserted(plain, s, e, context=context)]
        if not words:
            continue
        first, last = (where[start], where[end - 1] + 1) if where else (start, end)
        read.append(_whole_words(text, first, last))
    return tuple(read)


def _whole_words(text: str, first: int, last: int) -> str:
    """The student's words from ``first`` to ``last``, quoted as whole words: a span that starts or ends inside a run of
    Chinese characters is widened to the whole run, up to the punctuation or space around it (Chinese has no spaces
    between words, so any cut inside the run may cut a word: round 17 quoted '器准确' of 分类器准确无误, across 分类器
    and 准确). English spans are whole tokens already."""
    while first > 0 and _HAN.match(text[first - 1]) and _HAN.match(text[first]):
        first -= 1
    while last < len(text) and _HAN.match(text[last]) and _HAN.match(text[last - 1]):
        last += 1
    return text[first:last].strip()


def _clause_end(text: str, start: int) -> int:
    closing = CLAUSE_END.search(text, start)
    return closing.start() if closing else len(text)


def _clause_first(text: str, start: int) -> int:
    """Where the clause of the words at ``start`` begins (its first word): an attribution or a frame before the
    clause is read from there, however many supported words stand between ("According to the release, the operation
    made the internet safer; shares cannot show that": 'safer' is the release's, held at a distance)."""
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    return opening + len(text[opening:start]) - len(text[opening:start].lstrip())


def _denied_in_clause(text: str, start: int) -> bool:
    """A negator anywhere in the words' clause ("Do not read the bars as a fall in fraud", "No count of people who
    were scammed", "crime may or may not have fallen"): looser than a claim's reading (a negator at most four words
    before), because these are words no vocabulary knows, and a reading that leans to the student is the fair one."""
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    clause = NEAR_NONE.sub(lambda m: " " * len(m.group(0)), text[opening:_clause_end(text, start)])
    return NEGATION.search(AFFIRMING_IDIOMS.sub(lambda m: " " * len(m.group(0)), clause)) is not None


def reading(spec, given: Supports) -> list[tuple[str, str, str]]:
    """(where, the text, the words read as a possible claim) for every chart text whose words the figures do not
    support."""
    texts = chart_texts(spec) if isinstance(spec, dict) else []
    found = []
    for i, (where, text) in enumerate(texts):
        context = " ".join(other for j, (_w, other) in enumerate(texts) if j != i)
        for words in unsupported_in(str(text), given, context):
            found.append((where, str(text), words))
    return found


def message(found: list[tuple[str, str, str]], given: Supports) -> str:
    read = "; ".join(f"'{words}' in {where} {quoted(text)}" if words.strip() != " ".join(text.split()) else
                     f"{where} {quoted(text)}" for where, text, words in found[:3])
    return (f"The computer could not match these words to what the figures count: {read}. This chart counts "
            f"{given.counted}. Words the figures do not support may claim more than they show, so they are read as a "
            f"possible claim: say it in the figures' own terms ({given.terms}), or, if you think your wording is "
            "fair, argue it to your instructor, who sees every chart's words.")


def supported_rule(given: Supports) -> Rule:
    """The rule a chart question runs beside its claims: its words are all ones ``given`` supports."""
    def spot(spec) -> str | None:
        found = reading(spec, given)
        return message(found, given) if found else None

    return Rule(WORDS_NOT_SUPPORTED, DESCRIPTION, spot)
